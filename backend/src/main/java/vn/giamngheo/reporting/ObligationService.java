package vn.giamngheo.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
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
import vn.giamngheo.reporting.ReportingViews.ObligationView;

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
                changes(null, ReportingQueries.view(o)).list());
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
        ObligationView before = ReportingQueries.view(o);
        apply(o, r);
        ObligationView after = ReportingQueries.view(o);
        Changes changes = changes(before, after);
        if (changes.isEmpty()) {
            return o;
        }
        if (!schedule(before).equals(schedule(after))) {
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

    /** What decides which periods are owed and when: a change to it re-plans. */
    private static List<Object> schedule(ObligationView v) {
        return Arrays.asList(v.active(), v.periodType(), v.periods(), v.dueRule(), v.dueDay(), v.dueMonth(),
                v.opensDaysBeforeDue(), v.lockDays(), v.provinceCode());
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
        o.updatedAt = clock.now();
        o.updatedBy = user.username();
    }

    /** What differs between two readings of an obligation (none before it was created), its version aside. */
    private static Changes changes(ObligationView before, ObligationView after) {
        Changes changes = new Changes();
        for (RecordComponent field : ObligationView.class.getRecordComponents()) {
            if (!field.getName().equals("version")) {
                changes.field(field.getName(), before == null ? null : valueOf(field, before), valueOf(field, after));
            }
        }
        return changes;
    }

    private static Object valueOf(RecordComponent field, ObligationView view) {
        try {
            return field.getAccessor().invoke(view);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Audit entries name entities by UUID: an obligation's is derived from its code. */
    static UUID idOf(String code) {
        return UUID.nameUUIDFromBytes(("report_obligation:" + code).getBytes(StandardCharsets.UTF_8));
    }
}
