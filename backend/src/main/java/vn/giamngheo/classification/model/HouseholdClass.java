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
    NOT_POOR;

    /** The name in Vietnamese documents and files. */
    public String label() {
        return switch (this) {
            case POOR -> "Hộ nghèo";
            case NEAR_POOR -> "Hộ cận nghèo";
            case AVERAGE_LIVING -> "Hộ có mức sống trung bình";
            case NOT_POOR -> "Không nghèo";
        };
    }
}
