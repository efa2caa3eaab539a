package vn.giamngheo.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.giamngheo.common.audit.AuditLog;
import vn.giamngheo.common.audit.AuditLog.Changes;
import vn.giamngheo.common.problem.ConflictException;
import vn.giamngheo.common.problem.ProblemException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.time.AppClock;
import vn.giamngheo.reporting.ReportingCodes.State;
import vn.giamngheo.reporting.ReportingCodes.Status;
import vn.giamngheo.reporting.ReportingViews.SubmissionRequest;

/**
 * Sending, returning, accepting and reopening reports. A submission freezes the figures computed at that
 * moment; a re-submission after a return adds a version and keeps the earlier ones. Timeliness is
 * judged by the first submission against the due date.
 */
@ApplicationScoped
@Transactional
public class SubmissionService {

    @Inject
    CurrentUser user;

    @Inject
    ReportingAccess access;

    @Inject
    ReportFigures figures;

    @Inject
    AppClock clock;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper objectMapper;

    private Submission forChange(UUID id) {
        Submission s = access.visible(id);
        Submission.getEntityManager().lock(s, LockModeType.PESSIMISTIC_WRITE);
        return s;
    }

    public Submission submit(UUID id, SubmissionRequest r) {
        Submission s = forChange(id);
        if (!access.owes(s)) {
            throw new ProblemException(403, "reporting.not_owner", "Only the unit that owes the report sends it");
        }
        LocalDate today = clock.today();
        State state = s.state(today);
        if (state == State.NOT_YET_DUE) {
            throw new ConflictException("reporting.not_open", "The report opens on " + s.opensOn);
        }
        if (state == State.SUBMITTED_ON_TIME || state == State.SUBMITTED_LATE || state == State.ACCEPTED) {
            throw new ConflictException("reporting.already_submitted",
                    "The report is already sent; the recipient may return it for changes");
        }
        if (today.isAfter(s.locksOn) && (s.reopenedUntil == null || today.isAfter(s.reopenedUntil))) {
            throw new ConflictException("reporting.locked", "The report was locked on " + s.locksOn
                    + "; ask the recipient to reopen it");
        }
        Obligation o = Obligation.findById(s.obligationCode);
        String json;
        try {
            json = objectMapper.writeValueAsString(figures.compute(o, s));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        s.versions++;
        Submission.getEntityManager().createNativeQuery("INSERT INTO report_submission_version (id, submission_id,"
                + " number, figures, narrative, attachment_name, attachment, submitted_on, submitted_at, submitted_by)"
                + " VALUES (:id, :s, :n, CAST(:f AS jsonb), :narrative, :an, :a, :on, :at, :by)")
                .setParameter("id", UUID.randomUUID()).setParameter("s", s.id).setParameter("n", s.versions)
                .setParameter("f", json).setParameter("narrative", r == null ? null : r.narrative())
                .setParameter("an", r == null ? null : r.attachmentName())
                .setParameter("a", r == null || r.attachment() == null ? new byte[0] : r.attachment())
                .setParameter("on", today).setParameter("at", clock.now()).setParameter("by", user.username()).executeUpdate();
        if (s.firstSubmittedOn == null) {
            s.firstSubmittedOn = today;
            s.late = today.isAfter(s.dueOn);
        }
        s.status = Status.SUBMITTED;
        s.submittedAt = clock.now();
        s.submittedBy = user.username();
        audit.record("reporting.submitted", "report_submission", s.id, null, communeOf(s), new Changes()
                .field("version", null, s.versions).field("late", null, s.late).field("on", null, today).list());
        return s;
    }

    public Submission returnToUnit(UUID id, String reason) {
        Submission s = forChange(id);
        requireRecipient(s);
        if (s.status != Status.SUBMITTED) {
            throw new ConflictException("reporting.not_submitted", "Only a submitted report can be returned");
        }
        s.status = Status.RETURNED;
        s.returnedReason = reason.strip();
        s.returnedAt = clock.now();
        s.returnedBy = user.username();
        audit.record("reporting.returned", "report_submission", s.id, null, communeOf(s),
                new Changes().field("reason", null, s.returnedReason).list());
        return s;
    }

    public Submission accept(UUID id) {
        Submission s = forChange(id);
        requireRecipient(s);
        if (s.status != Status.SUBMITTED) {
            throw new ConflictException("reporting.not_submitted", "Only a submitted report can be accepted");
        }
        s.status = Status.ACCEPTED;
        s.acceptedAt = clock.now();
        s.acceptedBy = user.username();
        audit.record("reporting.accepted", "report_submission", s.id, null, communeOf(s), List.of());
        return s;
    }

    /** Lets a locked report still be sent, until the given date. */
    public Submission reopen(UUID id, LocalDate until) {
        Submission s = forChange(id);
        requireRecipient(s);
        if (until.isBefore(clock.today())) {
            throw new ProblemException(422, "reporting.reopen_in_past", "Reopen until today or later");
        }
        s.reopenedUntil = until;
        s.reopenedBy = user.username();
        audit.record("reporting.reopened", "report_submission", s.id, null, communeOf(s),
                new Changes().field("until", null, until).list());
        return s;
    }

    public void setContacts(String unitCode, List<String> emails) {
        Submission.getEntityManager().createNativeQuery("DELETE FROM report_contact WHERE unit_code = :u")
                .setParameter("u", unitCode).executeUpdate();
        for (String email : emails.stream().map(String::strip).distinct().toList()) {
            Submission.getEntityManager().createNativeQuery("INSERT INTO report_contact (unit_code, email)"
                    + " VALUES (:u, :e)").setParameter("u", unitCode).setParameter("e", email).executeUpdate();
        }
        audit.record("reporting.contacts_set", "report_contact", UUID.nameUUIDFromBytes(("report_contact:" + unitCode)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), null, unitCode.length() == 5 ? unitCode : null,
                new Changes().field("emails", null, String.join(", ", emails)).list());
    }

    private void requireRecipient(Submission s) {
        if (!access.receives(s)) {
            throw new ProblemException(403, "reporting.not_recipient", "Only the level that receives the report may "
                    + "return, accept or reopen it");
        }
    }

    private static String communeOf(Submission s) {
        return s.unitCode.length() == 5 ? s.unitCode : null;
    }
}
