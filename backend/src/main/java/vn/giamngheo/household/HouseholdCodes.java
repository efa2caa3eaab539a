package vn.giamngheo.household;

/** The closed lists of the registry. */
public final class HouseholdCodes {

    private HouseholdCodes() {
    }

    public enum HouseholdStatus { ACTIVE, CLOSED }

    /** Why a household was closed. */
    public enum CloseReason {
        /** Chuyển đi: the household left the commune. */
        MOVED_AWAY,
        /** Giải thể: no member left (died, scattered). */
        DISSOLVED,
        /** Nhập hộ: merged into another household. */
        MERGED,
        /** Tách hộ: its members were split into new households. */
        SPLIT
    }

    public enum MemberStatus { ACTIVE, LEFT }

    /** Why a member is no longer in the household. */
    public enum LeftReason {
        /** Chuyển đi nơi khác. */
        MOVED_OUT,
        /** Qua đời. */
        DIED,
        /** Chuyển sang hộ khác trong danh sách (history kept on both sides). */
        MOVED_TO_HOUSEHOLD
    }

    /** Nguyên nhân nghèo (domain.md §2.5), several per household. */
    public enum PovertyCause {
        LACK_OF_LAND, LACK_OF_CAPITAL, LACK_OF_LABOUR, LACK_OF_TOOLS, LACK_OF_KNOW_HOW, LACK_OF_SKILLS,
        ILLNESS_OR_ACCIDENT, OLD_AGE_OR_LOST_CAPACITY, OTHER
    }

    /** Nhu cầu hỗ trợ (domain.md §2.5). */
    public enum SupportNeed { HEALTH, EDUCATION, PRODUCTION, CREDIT, HOUSING, OTHER }

    /** Subgroups reports break out (domain.md §2.5). */
    public enum Subgroup { NO_LABOUR_CAPACITY, MERITORIOUS_MEMBER, ETHNIC_MINORITY }
}
