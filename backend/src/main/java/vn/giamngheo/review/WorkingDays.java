package vn.giamngheo.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.giamngheo.common.audit.AuditLog;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.time.AppClock;
import vn.giamngheo.review.ReviewCodes.DayKind;

/**
 * Working days: Monday to Friday, except the public holidays of the calendar. Every duration of
 * the review procedure (posting, re-checking a complaint) counts them.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class WorkingDays {

    @Inject
    AppClock clock;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    /** Whether a day is a working day. */
    public boolean isWorkingDay(LocalDate day) {
        return isWeekday(day) && PublicHoliday.findById(day) == null;
    }

    /**
     * The last day of a period of {@code days} working days that starts on {@code start}: the start
     * counts as the first day when it is a working day, otherwise the period starts on the next one.
     */
    public LocalDate lastDayOf(LocalDate start, int days) {
        Set<LocalDate> holidays = holidaysFrom(start, days);
        LocalDate day = start;
        int counted = 0;
        while (true) {
            if (isWeekday(day) && !holidays.contains(day)) {
                counted++;
                if (counted == days) {
                    return day;
                }
            }
            day = day.plusDays(1);
        }
    }

    /** The day by which something received on {@code received} must be done, {@code days} working days later. */
    public LocalDate dueAfter(LocalDate received, int days) {
        return lastDayOf(received.plusDays(1), days);
    }

    /**
     * The day by which something must be done, {@code days} days of the given kind after {@code from}.
     * As Bộ luật Dân sự 2015 counts a period in days: {@code from} itself is not counted (art. 147), and a
     * period of calendar days whose last day is a weekend day or a public holiday ends on the next working
     * day (art. 148). Either way the result is a working day.
     */
    public LocalDate dueAfter(LocalDate from, int days, DayKind kind) {
        return kind == DayKind.WORKING ? dueAfter(from, days) : lastDayOf(from.plusDays(days), 1);
    }

    /** The calendar of a year, in date order. */
    public List<PublicHoliday> holidaysOf(int year) {
        return PublicHoliday.list("day >= ?1 and day <= ?2 order by day", LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }

    /** Adds a public holiday or renames one. */
    @Transactional
    public PublicHoliday putHoliday(LocalDate day, String name) {
        PublicHoliday holiday = PublicHoliday.findById(day);
        String before = holiday == null ? null : holiday.name;
        if (holiday == null) {
            holiday = new PublicHoliday();
            holiday.day = day;
        }
        holiday.name = name.strip();
        holiday.updatedAt = clock.now();
        holiday.updatedBy = user.username();
        holiday.persist();
        audit.record(before == null ? "holiday.added" : "holiday.renamed", "public_holiday", idOf(day), null, null,
                new AuditLog.Changes().field("day", null, day).field("name", before, holiday.name).list());
        return holiday;
    }

    /** Makes a day a working day again. */
    @Transactional
    public void removeHoliday(LocalDate day) {
        PublicHoliday holiday = PublicHoliday.findById(day);
        if (holiday == null) {
            throw new NotFoundException("holiday", day);
        }
        holiday.delete();
        audit.record("holiday.removed", "public_holiday", idOf(day), null, null,
                new AuditLog.Changes().field("day", day, null).field("name", holiday.name, null).list());
    }

    /** A stable audit id for a calendar day. */
    private static java.util.UUID idOf(LocalDate day) {
        return java.util.UUID.nameUUIDFromBytes(("public_holiday:" + day).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Set<LocalDate> holidaysFrom(LocalDate start, int days) {
        List<PublicHoliday> list = PublicHoliday.list("day >= ?1 and day <= ?2", start, start.plusDays(days * 3L + 30));
        Set<LocalDate> set = new HashSet<>();
        list.forEach(h -> set.add(h.day));
        return set;
    }

    private static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
