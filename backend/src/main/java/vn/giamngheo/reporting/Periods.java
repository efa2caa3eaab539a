package vn.giamngheo.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;


/** The periods of an obligation in a year, with their opening, due and lock dates. Pure: no I/O. */
public final class Periods {

    /** One period that owes the report. */
    public record Period(LocalDate start, LocalDate end, String label, LocalDate opensOn, LocalDate dueOn,
            LocalDate locksOn) {
    }

    private Periods() {
    }

    public static List<Period> of(Obligation o, int year) {
        List<Period> list = new ArrayList<>();
        for (Integer n : o.periods) {
            LocalDate start;
            LocalDate end;
            String label;
            switch (o.periodType) {
                case MONTHLY -> {
                    start = LocalDate.of(year, n, 1);
                    end = start.plusMonths(1).minusDays(1);
                    label = "%d-%02d".formatted(year, n);
                }
                case QUARTERLY -> {
                    start = LocalDate.of(year, 3 * n - 2, 1);
                    end = start.plusMonths(3).minusDays(1);
                    label = year + "-Q" + n;
                }
                case HALF_YEARLY -> {
                    start = LocalDate.of(year, 6 * n - 5, 1);
                    end = start.plusMonths(6).minusDays(1);
                    label = year + "-H" + n;
                }
                default -> {
                    start = LocalDate.of(year, 1, 1);
                    end = LocalDate.of(year, 12, 31);
                    label = String.valueOf(year);
                }
            }
            LocalDate due = switch (o.dueRule) {
                case DAY_OF_NEXT_MONTH -> end.plusDays(1).withDayOfMonth(Math.min(o.dueDay,
                        end.plusDays(1).lengthOfMonth()));
                case FIXED_DATE -> LocalDate.of(year, o.dueMonth, o.dueDay);
                case DAYS_AFTER_PERIOD -> end.plusDays(o.dueDay);
            };
            LocalDate opens = o.opensDaysBeforeDue > 0 ? due.minusDays(o.opensDaysBeforeDue) : end.plusDays(1);
            list.add(new Period(start, end, label, opens, due, due.plusDays(o.lockDays)));
        }
        return list;
    }

}
