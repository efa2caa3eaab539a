package vn.giamngheo.household;

/** A yearly record was created or corrected: the commune's figures of that year change. */
public record RecordWritten(String communeCode, int surveyYear) {
}
