package vn.giamngheo.classification.model;

/** Closed lists used by the household and member facts. */
public final class Facts {

    private Facts() {
    }

    /** The ethnic group code of the Kinh majority in the official list of 54 groups. */
    public static final String KINH = "01";

    public enum Sex { MALE, FEMALE }

    public enum RelationToHead { HEAD, SPOUSE, CHILD, CHILD_IN_LAW, GRANDCHILD, PARENT, PARENT_IN_LAW, GRANDPARENT, SIBLING, OTHER_RELATIVE, OTHER }

    public enum LabourCapacity {
        /** Able to work fully. */
        FULL,
        /** Able to work partly. */
        PARTIAL,
        /** Not able to work. */
        NONE
    }

    public enum EmploymentStatus {
        /** Wage work with a labour contract. */
        WAGE_WITH_CONTRACT,
        /** Wage work without a labour contract. */
        WAGE_WITHOUT_CONTRACT,
        /** Own farm, business or household work. */
        SELF_EMPLOYED,
        /** Looking for work. */
        UNEMPLOYED,
        /** Studying, retired, caring for the home, not able to work. */
        NOT_IN_LABOUR_FORCE
    }

    public enum NutritionStatus { NORMAL, STUNTED, UNDERWEIGHT }

    /** Highest diploma or level completed. */
    public enum EducationLevel { NONE, PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY, VOCATIONAL, COLLEGE, UNIVERSITY }

    public enum WaterSource {
        PIPED, DRILLED_WELL, PROTECTED_DUG_WELL, UNPROTECTED_DUG_WELL, PROTECTED_SPRING, UNPROTECTED_SPRING,
        RAINWATER, BOTTLED, TANKER, SURFACE_WATER, OTHER
    }

    public enum LatrineType {
        SEPTIC, SEMI_SEPTIC, POUR_FLUSH, DOUBLE_VAULT, VENTILATED_PIT, SIMPLE_PIT, HANGING, NONE, OTHER
    }

    public enum WasteDisposal {
        /** Collected by a waste service. */
        COLLECTED,
        /** Sorted and treated at home (composting, controlled burning or burying). */
        ON_SITE_TREATMENT,
        /** Dumped in the open or into water. */
        DUMPED,
        OTHER
    }

    public enum InformationDevice { TV, RADIO, COMPUTER, SMARTPHONE, PHONE }

    public enum TelecomService { INTERNET, PHONE }
}
