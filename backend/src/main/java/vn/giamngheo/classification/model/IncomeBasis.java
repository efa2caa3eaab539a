package vn.giamngheo.classification.model;

/** Which income figure a classification used. */
public enum IncomeBasis {
    /** Measured average income per person per month. */
    MEASURED_INCOME,
    /** Score A of the survey form (Phiếu B), the income proxy. */
    SCORE_A
}
