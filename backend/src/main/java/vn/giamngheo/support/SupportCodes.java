package vn.giamngheo.support;

/** The closed lists of support work (domain.md §2.5 and §4). */
public final class SupportCodes {

    private SupportCodes() {
    }

    /** What kind of body a helping agency is. */
    public enum AgencyKind {
        /** Cơ quan nhà nước: an office of the People's Committee or a department. */
        GOVERNMENT_OFFICE,
        /** Đảng, Mặt trận, đoàn thể. */
        PARTY_OR_MASS_ORGANISATION,
        /** Quân đội, công an. */
        ARMED_FORCES_OR_POLICE,
        /** Đơn vị sự nghiệp: a station, a centre, a school, a hospital. */
        PUBLIC_SERVICE_UNIT,
        /** Doanh nghiệp. */
        ENTERPRISE,
        OTHER
    }

    /** The level an agency belongs to. */
    public enum AgencyLevel { NATIONAL, PROVINCE, DISTRICT, COMMUNE }

    /**
     * How a household is poor, for support (the seed district's sorting): the last is the priority
     * group, the one that support can lift out of poverty.
     */
    public enum SupportType {
        /** Nghèo do già yếu, mất sức lao động. */
        OLD_AGE_OR_LOST_CAPACITY,
        /** Nghèo do bệnh tật. */
        ILLNESS,
        /** Nghèo có đất sản xuất và có nhân công lao động. */
        LAND_AND_LABOUR,
        OTHER
    }

    /** Where the money of an item comes from. */
    public enum FundingSource { STATE_BUDGET, AGENCY_CONTRIBUTIONS, DONORS, CREDIT }

    public enum ItemStatus { PLANNED, DELIVERED, CANCELLED }

    public enum CrossCheckMode {
        /** A checks B and B checks A, every household of the inspected group. */
        PAIRED,
        /** A random sample of another group's households. */
        SAMPLE
    }

    /** What the inspector found for a household or an item. */
    public enum FindingOutcome { DELIVERED, NOT_DELIVERED, NOT_USED }
}
