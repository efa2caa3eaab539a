package vn.giamngheo.classification.model;

/** The class of a household for a year. */
public enum HouseholdClass {
    /** Hộ nghèo. */
    POOR,
    /** Hộ cận nghèo. */
    NEAR_POOR,
    /** Hộ có mức sống trung bình. */
    AVERAGE_LIVING,
    /** Không nghèo. */
    NOT_POOR
}
