package vn.giamngheo.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.common.audit.AuditLog;
import vn.giamngheo.common.audit.AuditLog.Changes;
import vn.giamngheo.common.http.EntityTags;
import vn.giamngheo.common.problem.BusinessRuleException;
import vn.giamngheo.common.problem.ConflictException;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.problem.ProblemException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.common.security.Roles;
import vn.giamngheo.common.time.AppClock;
import vn.giamngheo.reporting.ReportingCodes.DueRule;
import vn.giamngheo.reporting.ReportingCodes.OwnerLevel;
import vn.giamngheo.reporting.ReportingCodes.PeriodType;
import vn.giamngheo.reporting.ReportingCodes.RecipientLevel;
import vn.giamngheo.reporting.ReportingViews.ObligationRequest;

/**
 * Obligations are data the administrator keeps (and a province its own local ones): a new local
 * obligation, or a statutory one whose rule changed. A new schedule applies from the periods not yet due: their expected submissions that nobody
 * has sent are planned again; what was sent or is already overdue stays as it was. Audited.
 */
@ApplicationScoped
@Transactional
public class ObligationService {

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    SubmissionPlanner planner;

    @Inject
    Jurisdiction jurisdiction;

    /**
     * The administrator keeps every obligation; a province officer only the local ones of their province.
     */
    private void requireKeeper(String provinceCode, boolean statutory) {
        if (user.hasRole(Roles.ADMIN)) {
            return;
        }
        if (statutory || provinceCode == null) {
            throw new ProblemException(403, "reporting.not_keeper", "Statutory and national obligations are kept by"
                    + " the administrator; a province keeps its own local ones");
        }
        jurisdiction.require(provinceCode);
    }

    public Obligation create(ObligationRequest r) {
        if (r.code() == null || r.code().isBlank()) {
            throw new BusinessRuleException("reporting.code_required", "A new obligation needs a code");
        }
        if (Obligation.findById(r.code()) != null) {
            throw new ConflictException("reporting.obligation_exists", "Obligation " + r.code() + " exists already");
        }
        check(r);
        requireKeeper(r.provinceCode(), false);
        Obligation o = new Obligation();
        o.code = r.code();
        o.statutory = false;
        apply(o, r);
        o.persist();
        audit.record("obligation.created", "report_obligation", idOf(o.code), null, null,
                changes(null, o).field("code", null, o.code).list());
        planner.plan(o, clock.today());
        return o;
    }

    public Obligation update(String code, String ifMatch, ObligationRequest r) {
        Obligation o = Obligation.findById(code);
        if (o == null) {
            throw new NotFoundException("obligation", code);
        }
        requireKeeper(o.provinceCode, o.statutory);
        requireKeeper(r.provinceCode(), o.statutory);
        EntityTags.requireMatch(ifMatch, o.version);
        if (r.code() != null && !r.code().equals(code)) {
            throw new BusinessRuleException("reporting.code_fixed", "An obligation keeps its code");
        }
        check(r);
        boolean used = Submission.count("obligationCode", code) > 0;
        if (used && (o.ownerLevel != r.ownerLevel() || o.content != r.content())) {
            throw new ConflictException("reporting.obligation_in_use", "Submissions of " + code + " exist: its owners"
                    + " and content stay; deactivate it and create another obligation instead");
        }
        Obligation before = copy(o);
        apply(o, r);
        Changes changes = changes(before, o);
        if (changes.isEmpty()) {
            return o;
        }
        if (!sameSchedule(before, o)) {
            replan(o);
        }
        audit.record("obligation.updated", "report_obligation", idOf(o.code), null, null, changes.list());
        Obligation.getEntityManager().flush();  // the version the caller gets back is the new one
        return o;
    }

    /** Plans again the periods not yet due that nobody has sent (and forgets their reminders). */
    private void replan(Obligation o) {
        Obligation.getEntityManager().flush();
        String pending = "SELECT id FROM report_submission WHERE obligation_code = :code AND status = 'PENDING'"
                + " AND first_submitted_on IS NULL AND due_on >= :today";
        Obligation.getEntityManager().createNativeQuery("DELETE FROM report_reminder WHERE submission_id IN ("
                + pending + ")").setParameter("code", o.code).setParameter("today", clock.today()).executeUpdate();
        Obligation.getEntityManager().createNativeQuery("DELETE FROM report_submission WHERE id IN (" + pending + ")")
                .setParameter("code", o.code).setParameter("today", clock.today()).executeUpdate();
        planner.plan(o, clock.today());
    }

    private static boolean sameSchedule(Obligation a, Obligation b) {
        return a.active == b.active && a.periodType == b.periodType && List.of(a.periods).equals(List.of(b.periods))
                && a.dueRule == b.dueRule && a.dueDay == b.dueDay && Objects.equals(a.dueMonth, b.dueMonth)
                && a.opensDaysBeforeDue == b.opensDaysBeforeDue && a.lockDays == b.lockDays
                && Objects.equals(a.provinceCode, b.provinceCode);
    }

    /** The rules a schedule must follow to make sense (Bean Validation has checked each field alone). */
    static void check(ObligationRequest r) {
        if (r.provinceCode() != null) {
            AdminUnit province = AdminUnit.findById(r.provinceCode());
            if (province == null || !province.isProvince()) {
                throw new BusinessRuleException("reporting.unknown_province", "No province has the code "
                        + r.provinceCode());
            }
        }
        int last = switch (r.periodType()) {
            case MONTHLY -> 12;
            case QUARTERLY -> 4;
            case HALF_YEARLY -> 2;
            case YEARLY -> 1;
        };
        if (r.periods().stream().anyMatch(p -> p < 1 || p > last) || r.periods().stream().distinct().count()
                != r.periods().size()) {
            throw new BusinessRuleException("reporting.invalid_periods", "A " + r.periodType() + " obligation's periods"
                    + " are distinct numbers from 1 to " + last);
        }
        switch (r.dueRule()) {
            case DAY_OF_NEXT_MONTH -> {
                if (r.dueDay() < 1 || r.dueDay() > 31) {
                    throw new BusinessRuleException("reporting.invalid_due_date", "The day of the next month is 1 to 31");
                }
            }
            case FIXED_DATE -> {
                if (r.periodType() != PeriodType.YEARLY || r.dueMonth() == null || r.dueDay() < 1
                        || r.dueDay() > YearMonth.of(2023, r.dueMonth()).lengthOfMonth()) {
                    throw new BusinessRuleException("reporting.invalid_due_date", "A fixed due date is a day and month"
                            + " that every year has, for a yearly obligation");
                }
            }
            case DAYS_AFTER_PERIOD -> {
                // any number of days from 0
            }
        }
        RecipientLevel above = r.ownerLevel() == OwnerLevel.PROVINCE ? RecipientLevel.MINISTRY : RecipientLevel.PROVINCE;
        if (r.recipientLevel() != above) {
            throw new BusinessRuleException("reporting.invalid_recipient", "A " + r.ownerLevel() + " reports to the "
                    + above);
        }
        boolean fits = switch (r.content()) {
            case REGULAR_REVIEW -> r.ownerLevel() == OwnerLevel.COMMUNE;
            case PERIODIC_RESULTS -> r.ownerLevel() == OwnerLevel.PROVINCE;
            case BRIEFING -> r.ownerLevel() == OwnerLevel.COMMUNE || r.ownerLevel() == OwnerLevel.PROVINCE;
            case SUPPORT_RESULTS -> true;
        };
        if (!fits) {
            throw new BusinessRuleException("reporting.content_not_for_owner", "A " + r.ownerLevel()
                    + " cannot report " + r.content());
        }
    }

    private void apply(Obligation o, ObligationRequest r) {
        o.title = r.title().strip();
        o.titleEn = r.titleEn().strip();
        o.legalBasis = r.legalBasis() == null || r.legalBasis().isBlank() ? null : r.legalBasis().strip();
        o.periodType = r.periodType();
        o.periods = r.periods().stream().sorted().toArray(Integer[]::new);
        o.dueRule = r.dueRule();
        o.dueDay = r.dueDay();
        o.dueMonth = r.dueRule() == DueRule.FIXED_DATE ? r.dueMonth() : null;
        o.opensDaysBeforeDue = r.opensDaysBeforeDue();
        o.ownerLevel = r.ownerLevel();
        o.recipientLevel = r.recipientLevel();
        o.content = r.content();
        o.reminderOffsets = r.reminderOffsets().stream().sorted().toArray(Integer[]::new);
        o.lockDays = r.lockDays();
        o.provinceCode = r.provinceCode();
        o.active = r.active();
        o.updatedAt = Instant.now();
        o.updatedBy = user.username();
    }

    private static Obligation copy(Obligation o) {
        Obligation c = new Obligation();
        c.title = o.title;
        c.titleEn = o.titleEn;
        c.legalBasis = o.legalBasis;
        c.periodType = o.periodType;
        c.periods = o.periods.clone();
        c.dueRule = o.dueRule;
        c.dueDay = o.dueDay;
        c.dueMonth = o.dueMonth;
        c.opensDaysBeforeDue = o.opensDaysBeforeDue;
        c.ownerLevel = o.ownerLevel;
        c.recipientLevel = o.recipientLevel;
        c.content = o.content;
        c.reminderOffsets = o.reminderOffsets.clone();
        c.lockDays = o.lockDays;
        c.provinceCode = o.provinceCode;
        c.active = o.active;
        return c;
    }

    private static Changes changes(Obligation before, Obligation after) {
        Obligation b = before == null ? new Obligation() : before;
        return new Changes().field("title", b.title, after.title).field("titleEn", b.titleEn, after.titleEn)
                .field("legalBasis", b.legalBasis, after.legalBasis).field("periodType", b.periodType, after.periodType)
                .field("periods", before == null ? null : List.of(b.periods), List.of(after.periods))
                .field("dueRule", b.dueRule, after.dueRule)
                .field("dueDay", before == null ? null : b.dueDay, after.dueDay)
                .field("dueMonth", b.dueMonth, after.dueMonth)
                .field("opensDaysBeforeDue", before == null ? null : b.opensDaysBeforeDue, after.opensDaysBeforeDue)
                .field("ownerLevel", b.ownerLevel, after.ownerLevel)
                .field("recipientLevel", b.recipientLevel, after.recipientLevel)
                .field("content", b.content, after.content)
                .field("reminderOffsets", before == null ? null : List.of(b.reminderOffsets),
                        List.of(after.reminderOffsets))
                .field("lockDays", before == null ? null : b.lockDays, after.lockDays)
                .field("provinceCode", b.provinceCode, after.provinceCode)
                .field("active", before == null ? null : b.active, after.active);
    }

    /** Audit entries name entities by UUID: an obligation's is derived from its code. */
    static UUID idOf(String code) {
        return UUID.nameUUIDFromBytes(("report_obligation:" + code).getBytes(StandardCharsets.UTF_8));
    }
}
