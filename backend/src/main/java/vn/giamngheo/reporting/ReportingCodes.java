package vn.giamngheo.reporting;

/** The closed lists of reporting obligations. */
public final class ReportingCodes {

    private ReportingCodes() {
    }

    public enum PeriodType { MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY }

    public enum DueRule {
        /** Day N of the month after the period. */
        DAY_OF_NEXT_MONTH,
        /** A fixed day and month of the period's year. */
        FIXED_DATE,
        /** N days after the period ends. */
        DAYS_AFTER_PERIOD
    }

    /** Which units owe a report. */
    public enum OwnerLevel { COMMUNE, PROVINCE, HELP_GROUP, AGENCY }

    /** Who receives it: the level above. */
    public enum RecipientLevel { PROVINCE, MINISTRY }

    /** What a submission carries, computed from the registry when it is sent. */
    public enum Content { REGULAR_REVIEW, PERIODIC_RESULTS, SUPPORT_RESULTS, BRIEFING }

    /** Stored status of a submission. */
    public enum Status { PENDING, SUBMITTED, RETURNED, ACCEPTED }

    /** Where a submission stands, from its status and today's date. */
    public enum State { NOT_YET_DUE, OPEN, OVERDUE, SUBMITTED_ON_TIME, SUBMITTED_LATE, RETURNED, ACCEPTED }
}
