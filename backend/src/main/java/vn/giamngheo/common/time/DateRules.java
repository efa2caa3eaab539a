package vn.giamngheo.common.time;

import java.time.LocalDate;
import vn.giamngheo.common.problem.BusinessRuleException;

/**
 * The two rules for a date of something that already happened (a request, a meeting, a visit, a
 * delivery…): it is not after today in Vietnam ({@link AppClock#today()}), and not before the thing it
 * belongs to existed. Each feature passes its own stable codes ({@code review.date_in_future},
 * {@code support.date_before_start}…), so that the SPA can translate them; every message has the same shape.
 */
public final class DateRules {

    private DateRules() {
    }

    /** Refuses {@code day} when it is after {@code today}: only what already happened is recorded. */
    public static void notInFuture(String code, LocalDate day, LocalDate today, String what) {
        if (day.isAfter(today)) {
            throw new BusinessRuleException(code, what + " is dated " + day + ", after today (" + today
                    + "): only what already happened is recorded");
        }
    }

    /**
     * Refuses {@code day} when it is before {@code start}, the day the thing it belongs to existed from
     * ({@code since} names it, e.g. "the campaign opened").
     */
    public static void notBefore(String code, LocalDate day, LocalDate start, String what, String since) {
        if (day.isBefore(start)) {
            throw new BusinessRuleException(code, what + " is dated " + day + ", before " + since + " (" + start
                    + ")");
        }
    }
}
