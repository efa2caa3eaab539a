package vn.giamngheo.review;

/** The closed lists of the review procedure (Quyết định 24/2021/QĐ-TTg). */
public final class ReviewCodes {

    private ReviewCodes() {
    }

    public enum CampaignKind {
        /** Rà soát định kỳ: once a year, 1 September to 14 December. */
        PERIODIC,
        /** Rà soát thường xuyên: every month from the 15th, on request. */
        REGULAR
    }

    public enum CampaignStatus {
        /** Listing, surveys and village meetings. */
        OPEN,
        /** The results are posted publicly; complaints are received and re-checked. */
        POSTING,
        /** The level above gave its opinion; the chairman may decide. */
        AWAITING_DECISION,
        /** The chairman decided: classes and transitions are fixed. */
        DECIDED
    }

    /** Why a household is on the list. */
    public enum ItemOrigin {
        /** Currently poor. */
        EXISTING_POOR,
        /** Currently near-poor. */
        EXISTING_NEAR_POOR,
        /** Asked to be reviewed (Mẫu 01). */
        REQUEST_REVIEW,
        /** Asked to be recognised as out of poverty (Mẫu 04). */
        REQUEST_EXIT
    }

    /** The request forms households file. */
    public enum RequestForm { MAU_01, MAU_04 }

    public enum ItemState {
        /** On the list, to be surveyed (again, after a refused meeting or an upheld complaint). */
        LISTED,
        /** Did not pass the quick screen (Phiếu A): not surveyed, with the reason. */
        SCREENED_OUT,
        /** Surveyed and scored; waits for its village meeting. */
        SURVEYED,
        /** Confirmed by the village meeting; waits for the posting. */
        MEETING_PASSED,
        /** Posted publicly. */
        POSTED,
        /** A complaint is being re-checked. */
        UNDER_RECHECK,
        /** Taken off the list with a recorded reason (moved away, dissolved…). */
        EXCLUDED,
        /** Decided by the chairman. */
        DECIDED
    }

    public enum ComplaintKind { WRONGLY_INCLUDED, WRONGLY_EXCLUDED, DATA_ERROR }

    public enum ComplaintOutcome {
        /** The complaint is right: the household is surveyed again. */
        UPHELD,
        /** The result stands. */
        REJECTED
    }

    /** How a household's class changed with the decision. */
    public enum Transition {
        NEWLY_POOR, RE_POOR, NEAR_POOR_TO_POOR, POOR_TO_NEAR_POOR, NEWLY_NEAR_POOR, ESCAPED_POVERTY,
        ESCAPED_NEAR_POVERTY, UNCHANGED, OTHER
    }

    /** How the days of a duration are counted. */
    public enum DayKind {
        /** Monday to Friday except public holidays (ngày làm việc). */
        WORKING,
        /** Every day (ngày); a period that ends on a day off ends on the next working day. */
        CALENDAR
    }

    /** The steps a campaign's deadlines apply to. */
    public enum Step { SURVEY, MEETINGS, POSTING, OPINION, DECISION }
}
