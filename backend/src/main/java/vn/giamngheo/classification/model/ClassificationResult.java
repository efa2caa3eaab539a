package vn.giamngheo.classification.model;

/**
 * The classifier's answer, kept compact so that millions can be computed per second: indicator
 * sets are bit masks over the standard's indicators in form order. Explanations are built on
 * demand from the same rules.
 *
 * @param deprivedMask indicators found deprived
 * @param givenMask indicators whose value was given by the officer
 * @param unknownMask indicators neither given nor derivable
 * @param noLabourCapacity no working-age member able to work; null without members
 * @param meritoriousMember a member has meritorious status; null without members
 * @param ethnicMinority the head belongs to an ethnic minority; null when the head's ethnicity is unknown
 */
public record ClassificationResult(
        HouseholdClass classification,
        IncomeBasis incomeBasis,
        long deprivedMask,
        long givenMask,
        long unknownMask,
        int deprivationCount,
        int scoreB,
        Boolean noLabourCapacity,
        Boolean meritoriousMember,
        Boolean ethnicMinority) {
}
