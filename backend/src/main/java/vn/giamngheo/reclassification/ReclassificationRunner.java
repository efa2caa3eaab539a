package vn.giamngheo.reclassification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.classification.engine.ClassificationColumns;
import vn.giamngheo.classification.engine.Classifier;
import vn.giamngheo.classification.engine.CompiledStandard;
import vn.giamngheo.classification.engine.HouseholdColumns;
import vn.giamngheo.classification.model.ClassificationInput;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.classification.model.HouseholdFacts;
import vn.giamngheo.classification.model.MemberFacts;
import vn.giamngheo.common.audit.AuditLog;
import vn.giamngheo.common.jobs.JobLeases;
import vn.giamngheo.common.audit.AuditLog.Changes;
import vn.giamngheo.reclassification.Reclassification.Phase;
import vn.giamngheo.standard.StandardService;

/**
 * Works the re-classification jobs off their table (a DB-backed queue driven by the Quarkus scheduler, claimed with
 * {@code FOR UPDATE SKIP LOCKED} and a lease renewed while it runs). A job streams the year's current records of
 * the province from a server-side cursor, in survey-date order so that each batch is classified on its households'
 * own reference date, through the bulk columnar path of the classifier ({@link Classifier#classifyAll}), and COPYs
 * each batch's classes into reclassification_household; at the end it counts the movements per commune. Nothing
 * official is read for writing or written. A job whose backend stopped is started again from the beginning.
 */
@ApplicationScoped
public class ReclassificationRunner {

    private static final Logger LOG = Logger.getLogger(ReclassificationRunner.class);
    /** Households classified (and copied) per batch. */
    static final int BATCH = 20_000;

    static final String RECORDS = "SELECT r.household_id, h.commune_code, r.area_type, r.monthly_income, r.score_a,"
            + " r.given_deprivations::text, r.household_facts::text, r.member_facts::text, r.classification,"
            + " r.survey_date, s.classification"
            + " FROM household_record r JOIN household h ON h.id = r.household_id"
            + " LEFT JOIN household_status s ON s.household_id = r.household_id AND s.year = r.survey_year"
            + " WHERE h.province_code = ? AND r.survey_year = ? AND r.current AND h.status = 'ACTIVE'";

    private final String owner = "backend-" + UUID.randomUUID();
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    @ConfigProperty(name = "giamngheo.reclassifications.lease", defaultValue = "PT30S")
    Duration lease;

    @Inject
    EntityManager em;

    @Inject
    JobLeases leases;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    StandardService standards;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditLog audit;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(every = "{giamngheo.reclassifications.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        UUID job;
        while (!stopping && (job = claim()) != null) {
            running.add(job);
            try {
                run(job);
            } catch (RuntimeException | SQLException | IOException e) {
                LOG.errorf(e, "Re-classification %s stopped", job);
                fail(job, "reclassification.internal", "The re-classification stopped on an unexpected error: "
                        + e.getMessage());
            } finally {
                running.remove(job);
                release(job);
            }
        }
    }

    @Scheduled(every = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renew() {
        leases.renew("reclassification", running, owner, lease);
    }

    UUID claim() {
        return leases.claim("reclassification", "'QUEUED', 'RUNNING'", owner, lease);
    }

    private void release(UUID job) {
        leases.release("reclassification", job, owner);
    }

    void run(UUID id) throws SQLException, IOException {
        Reclassification job = QuarkusTransaction.requiringNew().call(() -> Reclassification.<Reclassification>findById(id));
        if (job == null || !job.phase.running()) {
            return;
        }
        CompiledStandard standard = QuarkusTransaction.requiringNew().call(() -> standards.compiled(job.standardCode));
        ObjectReader facts = mapper.readerFor(HouseholdFacts.class);
        ObjectReader members = mapper.readerForListOf(MemberFacts.class);
        ObjectReader ticks = mapper.readerForMapOf(Boolean.class);
        String jobId = id.toString();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            int total;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM reclassification_household WHERE job_id = ?");
                    PreparedStatement count = c.prepareStatement("SELECT count(*) FROM (" + RECORDS + ") x")) {
                ps.setObject(1, id);
                ps.executeUpdate();
                count.setString(1, job.provinceCode);
                count.setInt(2, job.surveyYear);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getInt(1);
                }
                try (PreparedStatement start = c.prepareStatement("UPDATE reclassification SET phase = 'RUNNING',"
                        + " households_total = ?, households_done = 0, households_failed = 0, started_at = now()"
                        + " WHERE id = ?")) {
                    start.setInt(1, total);
                    start.setObject(2, id);
                    start.executeUpdate();
                }
                c.commit();
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            int done = 0;
            int failed = 0;
            // the records are read on a connection of their own: the writer commits every batch, which would close
            // a cursor held in its transaction
            try (Connection reader = dataSource.getConnection()) {
                reader.setAutoCommit(false);
                reader.setReadOnly(true);
                try (PreparedStatement ps = reader.prepareStatement(RECORDS + " ORDER BY r.survey_date",
                        ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                    ps.setFetchSize(5_000);
                    ps.setString(1, job.provinceCode);
                    ps.setInt(2, job.surveyYear);
                    try (ResultSet rs = ps.executeQuery()) {
                        Batch batch = new Batch();
                        while (rs.next()) {
                            LocalDate date = rs.getObject(10, LocalDate.class);
                            if (stopping) {
                                return;
                            }
                            if (batch.size() == BATCH || (batch.size() > 0 && !date.equals(batch.date))) {
                                failed += batch.classify(standard, copy, jobId);
                                done += batch.size();
                                batch = new Batch();
                                progress(c, id, done, failed);
                            }
                            batch.date = date;
                            long income = rs.getLong(4);
                            Long monthlyIncome = rs.wasNull() ? null : income;
                            int score = rs.getInt(5);
                            Integer scoreA = rs.wasNull() ? null : score;
                            Map<String, Boolean> given = ticks.readValue(rs.getString(6));
                            batch.add(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(11), rs.getString(9),
                                    new ClassificationInput(AreaType.valueOf(rs.getString(3)), monthlyIncome, scoreA,
                                            given.isEmpty() ? null : given, facts.readValue(rs.getString(7)),
                                            members.readValue(rs.getString(8))));
                        }
                        if (batch.size() > 0) {
                            failed += batch.classify(standard, copy, jobId);
                            done += batch.size();
                            progress(c, id, done, failed);
                        }
                    }
                } finally {
                    reader.rollback();
                }
            }
            c.commit();
            if (stopping) {
                return;
            }
            finish(c, id, failed);
        }
    }

    /** The households of one batch (one survey date), column by column once complete. */
    private static final class Batch {
        LocalDate date;
        final List<UUID> households = new ArrayList<>();
        final List<String> communes = new ArrayList<>();
        final List<String> official = new ArrayList<>();
        final List<String> recorded = new ArrayList<>();
        final List<ClassificationInput> inputs = new ArrayList<>();

        int size() {
            return inputs.size();
        }

        void add(UUID household, String commune, String officialClass, String recordClass, ClassificationInput input) {
            households.add(household);
            communes.add(commune);
            official.add(officialClass);
            recorded.add(recordClass);
            inputs.add(input);
        }

        /** Classifies the batch in bulk and copies the classes out; the number that could not be classified. */
        int classify(CompiledStandard standard, CopyManager copy, String jobId) throws SQLException, IOException {
            ClassificationColumns results = Classifier.classifyAll(standard, HouseholdColumns.of(inputs), date);
            StringBuilder out = new StringBuilder(inputs.size() * 110);
            int failed = 0;
            for (int i = 0; i < inputs.size(); i++) {
                HouseholdClass cls = results.classification(i);
                String error = results.error(i);
                if (cls == null) {
                    failed++;
                }
                out.append(jobId).append('\t').append(households.get(i)).append('\t').append(communes.get(i))
                        .append('\t').append(official.get(i) == null ? "\\N" : official.get(i)).append('\t')
                        .append(recorded.get(i)).append('\t').append(cls == null ? "\\N" : cls.name()).append('\t')
                        .append(error == null ? "\\N" : error).append('\n');
            }
            copy.copyIn("COPY reclassification_household (job_id, household_id, commune_code, official_class,"
                    + " record_class, what_if_class, error) FROM STDIN", new StringReader(out.toString()));
            return failed;
        }
    }

    private void progress(Connection c, UUID id, int done, int failed) throws SQLException {
        // on the job's own connection and transaction: its rows and its progress are committed together
        try (PreparedStatement ps = c.prepareStatement("UPDATE reclassification SET households_done = ?,"
                + " households_failed = ?, lease_until = now() + cast(? AS interval) WHERE id = ?")) {
            ps.setInt(1, done);
            ps.setInt(2, failed);
            ps.setString(3, JobLeases.interval(lease));
            ps.setObject(4, id);
            ps.executeUpdate();
        }
        c.commit();
    }

    /** The movements per commune, and the job done (audited). */
    private void finish(Connection c, UUID id, int failed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reclassification_movement SELECT job_id,"
                + " commune_code, coalesce(official_class, 'NONE'), coalesce(what_if_class, 'ERROR'), count(*)"
                + " FROM reclassification_household WHERE job_id = ? GROUP BY 1, 2, 3, 4");
                PreparedStatement done = c.prepareStatement("UPDATE reclassification SET phase = 'DONE',"
                        + " finished_at = now(), households_failed = ?, households_moved = (SELECT coalesce(sum(households),"
                        + " 0) FROM reclassification_movement WHERE job_id = ? AND from_class <> to_class)"
                        + " WHERE id = ?")) {
            try (PreparedStatement clear = c.prepareStatement("DELETE FROM reclassification_movement WHERE job_id = ?")) {
                clear.setObject(1, id);
                clear.executeUpdate();
            }
            ps.setObject(1, id);
            ps.executeUpdate();
            done.setInt(1, failed);
            done.setObject(2, id);
            done.setObject(3, id);
            done.executeUpdate();
            c.commit();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Reclassification j = Reclassification.findById(id);
            audit.record("reclassification.done", "reclassification", j.id, null, j.provinceCode, new Changes()
                    .field("standard", null, j.standardCode).field("year", null, j.surveyYear)
                    .field("households", null, j.householdsTotal).field("moved", null, j.householdsMoved).list());
        });
    }

    void fail(UUID id, String code, String message) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE reclassification SET phase = 'FAILED',"
                + " failure_code = :code, failure_message = left(:message, 1000), finished_at = now() WHERE id = :id"
                + " AND phase IN ('QUEUED', 'RUNNING')").setParameter("code", code).setParameter("message", message)
                .setParameter("id", id).executeUpdate());
    }
}
