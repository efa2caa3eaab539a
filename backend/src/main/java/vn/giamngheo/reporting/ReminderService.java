package vn.giamngheo.reporting;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.giamngheo.common.time.AppClock;

/**
 * Reminds the units that owe a report: on each of the obligation's offsets from the due date (5 days
 * before, the day after…), once, in the app and, when an SMTP server is configured, by e-mail to the
 * unit's contacts. Runs every morning, after creating the expected submissions.
 */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What a run did. */
    public record Run(LocalDate on, int created, int inApp, int emails) {
    }

    @Inject
    AppClock clock;

    @Inject
    SubmissionPlanner planner;

    @Inject
    Mailer mailer;

    @ConfigProperty(name = "giamngheo.reminders.email", defaultValue = "false")
    boolean email;

    @Scheduled(cron = "{giamngheo.reminders.cron}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        Run run = run();
        LOG.infof("Reporting: %d submissions created, %d reminders in the app, %d e-mails (%s)", run.created(),
                run.inApp(), run.emails(), run.on());
    }

    public Run run() {
        LocalDate today = clock.today();
        int created = planner.plan(today);
        int inApp = remindInApp(today);
        int emails = email ? remindByEmail(today) : 0;
        return new Run(today, created, inApp, emails);
    }

    private static EntityManager em() {
        return Submission.getEntityManager();
    }

    /** The submissions still owed with an offset reached today or before (and, before the due date, not past it). */
    private static final String DUE_REMINDERS = "SELECT s.id, o.offset_days, s.unit_code, s.unit_name, s.period_label,"
            + " s.due_on, ob.title"
            + " FROM report_submission s JOIN report_obligation ob ON ob.code = s.obligation_code AND ob.active"
            + " CROSS JOIN LATERAL unnest(ob.reminder_offsets) AS o(offset_days)"
            + " WHERE s.status IN ('PENDING', 'RETURNED') AND s.due_on BETWEEN :from AND :to"
            + " AND s.due_on + o.offset_days <= :today AND (o.offset_days >= 0 OR :today <= s.due_on)";

    int remindInApp(LocalDate today) {
        return QuarkusTx.call(() -> em().createNativeQuery("INSERT INTO report_reminder (id, submission_id, offset_days, channel, recipient,"
                + " sent_on, sent_at) SELECT gen_random_uuid(), d.id, d.offset_days, 'APP', d.unit_code, :today, :at"
                + " FROM (" + DUE_REMINDERS + ") d ON CONFLICT DO NOTHING")
                .setParameter("today", today).setParameter("from", today.minusDays(60))
                .setParameter("to", today.plusDays(31)).setParameter("at", clock.now()).executeUpdate());
    }

    @SuppressWarnings("unchecked")
    int remindByEmail(LocalDate today) {
        List<Object[]> due = QuarkusTx.call(() -> em().createNativeQuery("SELECT d.id, d.offset_days, c.email,"
                + " d.unit_name, d.period_label, d.due_on, d.title FROM (" + DUE_REMINDERS + ") d"
                + " JOIN report_contact c ON c.unit_code = d.unit_code"
                + " WHERE NOT EXISTS (SELECT 1 FROM report_reminder r WHERE r.submission_id = d.id"
                + "   AND r.offset_days = d.offset_days AND r.channel = 'EMAIL' AND r.recipient = c.email)")
                .setParameter("today", today).setParameter("from", today.minusDays(60))
                .setParameter("to", today.plusDays(31)).getResultList());
        int sent = 0;
        for (Object[] r : due) {
            LocalDate dueOn = r[5] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[5];
            int offset = ((Number) r[1]).intValue();
            String subject = "[Giảm Nghèo] " + (offset < 0 ? "Sắp đến hạn" : "Quá hạn") + " báo cáo: " + r[6] + " — "
                    + r[3] + ", kỳ " + r[4];
            String body = "Kính gửi " + r[3] + ",\n\n"
                    + (offset < 0 ? "Báo cáo \"" + r[6] + "\" kỳ " + r[4] + " đến hạn ngày " + DATE.format(dueOn) + "."
                            : "Báo cáo \"" + r[6] + "\" kỳ " + r[4] + " đã quá hạn ngày " + DATE.format(dueOn)
                                    + " mà chưa được gửi.")
                    + "\n\nVui lòng đăng nhập hệ thống Giảm Nghèo để lập và gửi báo cáo.\n";
            if (!send(Mail.withText((String) r[2], subject, body))) {
                continue; // not recorded: the next run tries again
            }
            QuarkusTx.run(() -> em().createNativeQuery("INSERT INTO report_reminder (id, submission_id, offset_days,"
                    + " channel, recipient, sent_on, sent_at) VALUES (:id, :s, :o, 'EMAIL', :e, :today, :at)"
                    + " ON CONFLICT DO NOTHING").setParameter("id", UUID.randomUUID()).setParameter("s", r[0])
                    .setParameter("o", offset).setParameter("e", r[2]).setParameter("today", today).setParameter("at", clock.now()).executeUpdate());
            sent++;
        }
        return sent;
    }

    /** Sends a mail, once more at once if the mail server failed or did not answer in time. */
    private boolean send(Mail mail) {
        for (int attempt = 1; ; attempt++) {
            try {
                mailer.send(mail);
                return true;
            } catch (RuntimeException e) {
                LOG.warnf("Reporting: reminder e-mail not sent, attempt %d (%s)", attempt, e.getClass().getSimpleName());
                if (attempt == 2) {
                    return false;
                }
            }
        }
    }

    /** Short transactions around the mail server's calls, which must not hold one open. */
    static final class QuarkusTx {
        private QuarkusTx() {
        }

        static <T> T call(java.util.function.Supplier<T> work) {
            return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(work::get);
        }

        static void run(Runnable work) {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(work);
        }
    }
}
