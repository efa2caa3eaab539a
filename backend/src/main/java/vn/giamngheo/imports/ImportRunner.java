package vn.giamngheo.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.common.audit.AuditLog;
import vn.giamngheo.common.jobs.JobLeases;
import vn.giamngheo.common.audit.AuditLog.Changes;
import vn.giamngheo.common.problem.ProblemException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.time.AppClock;
import vn.giamngheo.household.HouseholdService;
import vn.giamngheo.household.RecordService;
import vn.giamngheo.imports.ImportCodes.Action;
import vn.giamngheo.imports.ImportCodes.Mode;
import vn.giamngheo.imports.ImportCodes.Phase;
import vn.giamngheo.imports.ImportFiles.UnreadableFileException;
import vn.giamngheo.imports.ImportPlanner.Context;
import vn.giamngheo.imports.ImportPlanner.Issue;
import vn.giamngheo.imports.ImportPlanner.MemberChange;
import vn.giamngheo.imports.ImportPlanner.Plan;
import vn.giamngheo.imports.ImportPlanner.StagedRow;

/**
 * Works the import jobs off their table (a DB-backed queue driven by the Quarkus scheduler): claims a runnable
 * job with a lease ({@code FOR UPDATE SKIP LOCKED}, so two backends never run one job), renews the lease while it
 * works, and carries the job through its phases as its uploader (the uploader's roles and areas, so every read and
 * write is checked as if they made it). A backend that stops leaves the job's lease to run out; the next runner
 * takes it up: staging and validation are done again from the start (they wrote in one transaction, or only to the
 * staging tables), an all-or-nothing commit starts again (its one transaction was rolled back), a per-household
 * commit goes on with the households not yet written.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    /** Households written per transaction by a per-household commit (a failing chunk is redone one by one). */
    static final int CHUNK = 50;
    /** Households validated per (read-only) transaction. */
    static final int PLAN_BATCH = 200;

    private final String owner = "backend-" + UUID.randomUUID();
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    @ConfigProperty(name = "giamngheo.imports.lease", defaultValue = "PT30S")
    Duration lease;

    @ConfigProperty(name = "giamngheo.imports.commit-timeout", defaultValue = "PT6H")
    Duration commitTimeout;

    @Inject
    EntityManager em;

    @Inject
    JobLeases leases;

    @Inject
    ImportStore store;

    @Inject
    ImportPlanner planner;

    @Inject
    HouseholdService households;

    @Inject
    RecordService records;

    @Inject
    ImportUndo undoer;

    @Inject
    AuditLog audit;

    @Inject
    CurrentIdentityAssociation identity;

    @Inject
    CurrentUser user;

    @Inject
    AppClock clock;

    /** Thrown inside a job when somebody cancelled it meanwhile. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(every = "{giamngheo.imports.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        UUID job;
        while (!stopping && (job = claim()) != null) {
            running.add(job);
            try {
                run(job);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Import %s stopped", job);
                fail(job, "import.internal", "The import stopped on an unexpected error; it can be uploaded again");
            } finally {
                running.remove(job);
                release(job);
            }
        }
    }

    /** Keeps the leases of the jobs this backend runs (a long statement must not let another runner take one). */
    @Scheduled(every = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renew() {
        leases.renew("import_job", running, owner, lease);
    }

    /**
     * Staged rows are the error workbook's source while an import may still be looked at: they are dropped 30 days
     * after the job ended (its counts, issues and households stay).
     */
    @Scheduled(every = "6h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        int dropped = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("DELETE FROM import_row r"
                + " USING import_job j WHERE j.id = r.job_id AND j.phase IN ('COMMITTED', 'CANCELLED', 'FAILED', 'UNDONE')"
                + " AND j.updated_at < now() - interval '30 days'").executeUpdate());
        if (dropped > 0) {
            LOG.infof("Dropped %d staged rows of imports ended over 30 days ago", dropped);
        }
    }

    UUID claim() {
        return leases.claim("import_job", "'QUEUED', 'STAGING', 'VALIDATING', 'COMMITTING', 'UNDOING'", owner, lease);
    }

    private void release(UUID job) {
        leases.release("import_job", job, owner);
    }

    void run(UUID id) {
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(id));
        actAs(job);
        try {
            switch (job.phase) {
                case QUEUED, STAGING, VALIDATING -> stageAndValidate(job);
                case COMMITTING -> commit(job);
                case UNDOING -> undo(job);
                default -> {
                    // nothing to do
                }
            }
        } catch (Cancelled e) {
            LOG.infof("Import %s was cancelled while it ran", id);
        }
    }

    /** The job's reads and writes are checked as the uploader's: their name, roles and areas. */
    private void actAs(ImportJob job) {
        identity.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(job.createdBy))
                .addRoles(Set.of(job.actorRoles)).addAttribute(CurrentUser.AREA_CODES_CLAIM, List.of(job.actorAreaCodes))
                .build());
    }

    // ------------------------------------------------------------------ staging and validation

    private void stageAndValidate(ImportJob job) {
        Path file = Path.of(job.filePath);
        if (job.phase != Phase.VALIDATING) {
            phase(job.id, Phase.STAGING, null);
            int total;
            try {
                total = store.stage(job.id, file, job.fileFormat, done -> progress(job.id, done, null));
            } catch (UnreadableFileException e) {
                fail(job.id, e.code, e.getMessage());
                return;
            } catch (IOException | SQLException e) {
                if (e.getCause() instanceof Cancelled c) {
                    throw c;
                }
                LOG.errorf(e, "Import %s: staging failed", job.id);
                fail(job.id, "import.unreadable_file", "The file could not be read");
                return;
            }
            if (total == 0) {
                fail(job.id, "import.empty_file", "The file has a header row but no data rows");
                return;
            }
            phase(job.id, Phase.VALIDATING, total);
            deleteFile(file);
        }
        validate(job);
    }

    private void validate(ImportJob job) {
        int[] columns;
        Context ctx;
        try {
            columns = ImportColumns.mapHeaders(store.headers(job.id));
            List<String> missing = new ArrayList<>();
            for (String key : List.of("commune_code", "full_name", "relation_to_head")) {
                if (indexOf(columns, ImportColumns.index(key)) < 0) {
                    missing.add(ImportColumns.HOUSEHOLDS.get(ImportColumns.index(key)).header());
                }
            }
            if (indexOf(columns, ImportColumns.index("household_code")) < 0
                    && indexOf(columns, ImportColumns.index("household_number")) < 0) {
                missing.add("Mã hộ / Số thứ tự hộ");
            }
            if (!missing.isEmpty()) {
                fail(job.id, "import.missing_columns", "The file has no column " + String.join(", ", missing)
                        + " (the first row must hold the template's headers)");
                return;
            }
            AdminUnit area = QuarkusTransaction.requiringNew().call(() -> AdminUnit.<AdminUnit>findById(job.areaCode));
            ctx = new Context(columns, area, job.fileName,
                    store.repeatedIds(job.id, indexOf(columns, ImportColumns.index("citizen_id"))));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        int[] counts = new int[9]; // households new, updated, unchanged, rejected; members new, updated, unchanged, rejected; issues
        try (Connection c = store.connection()) {
            c.setAutoCommit(false);
            try {
                validateInto(c, job, columns, ctx, counts);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob j = ImportJob.findById(job.id);
            if (j.phase != Phase.VALIDATING) {
                return;
            }
            j.householdsNew = counts[0];
            j.householdsUpdated = counts[1];
            j.householdsUnchanged = counts[2];
            j.householdsRejected = counts[3];
            j.householdsTotal = counts[0] + counts[1] + counts[2] + counts[3];
            j.membersNew = counts[4];
            j.membersUpdated = counts[5];
            j.membersUnchanged = counts[6];
            j.membersRejected = counts[7];
            j.issueCount = counts[8];
            j.rowsDone = j.rowsTotal == null ? 0 : j.rowsTotal;
            enter(j, Phase.VALIDATED);
        });
    }

    private void validateInto(Connection c, ImportJob job, int[] columns, Context ctx, int[] counts) throws SQLException {
        store.clearResults(c, job.id);
        int[] seq = {0};
        int[] rowsDone = {0};
        List<Plan> batch = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<List<StagedRow>> groups = new ArrayList<>();
        store.groups(job.id, indexOf(columns, ImportColumns.index("household_code")),
                indexOf(columns, ImportColumns.index("household_number")), (key, rows) -> {
                    keys.add(key);
                    groups.add(rows);
                    rowsDone[0] += rows.size();
                    if (keys.size() >= PLAN_BATCH) {
                        batch.addAll(planAll(ctx, keys, groups, counts));
                        seq[0] = store.savePlans(c, job.id, batch, seq[0]);
                        batch.clear();
                        progress(job.id, rowsDone[0], null);
                    }
                    return true;
                });
        batch.addAll(planAll(ctx, keys, groups, counts));
        seq[0] = store.savePlans(c, job.id, batch, seq[0]);
        counts[8] = seq[0];
        QuarkusTransaction.requiringNew().run(() -> requirePhase(job.id, Phase.VALIDATING));
        c.commit();
    }

    /** Plans some households in one read-only transaction (and forgets what it loaded). */
    private List<Plan> planAll(Context ctx, List<String> keys, List<List<StagedRow>> groups, int[] counts) {
        List<Plan> plans = QuarkusTransaction.requiringNew().call(() -> {
            List<Plan> p = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                p.add(planner.plan(ctx, keys.get(i), groups.get(i)));
            }
            em.clear();
            return p;
        });
        plans.forEach(p -> count(counts, p));
        keys.clear();
        groups.clear();
        return plans;
    }

    private static void count(int[] counts, Plan plan) {
        switch (plan.action()) {
            case NEW -> counts[0]++;
            case UPDATED -> counts[1]++;
            case UNCHANGED -> counts[2]++;
            case REJECTED -> counts[3]++;
        }
        if (plan.action() == Action.REJECTED) {
            counts[7] += plan.rowCount();
        } else {
            counts[4] += plan.membersNew();
            counts[5] += plan.membersUpdated();
            counts[6] += plan.membersUnchanged();
        }
    }

    private static int indexOf(int[] columns, int column) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] == column) {
                return i;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ commit

    private void commit(ImportJob job) {
        int[] columns;
        Context ctx;
        try {
            columns = ImportColumns.mapHeaders(store.headers(job.id));
            AdminUnit area = QuarkusTransaction.requiringNew().call(() -> AdminUnit.<AdminUnit>findById(job.areaCode));
            ctx = new Context(columns, area, job.fileName,
                    store.repeatedIds(job.id, indexOf(columns, ImportColumns.index("citizen_id"))));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Boolean> todo = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT household_key, committed FROM import_household"
                    + " WHERE job_id = :id AND action IN ('NEW', 'UPDATED')").setParameter("id", job.id).getResultList();
            Map<String, Boolean> m = new HashMap<>();
            rows.forEach(r -> m.put((String) r[0], (Boolean) r[1]));
            return m;
        });
        int codeColumn = indexOf(columns, ImportColumns.index("household_code"));
        int numberColumn = indexOf(columns, ImportColumns.index("household_number"));
        if (job.mode == Mode.ALL_OR_NOTHING) {
            commitAll(job, ctx, todo, codeColumn, numberColumn);
        } else {
            commitEach(job, ctx, todo, codeColumn, numberColumn);
        }
    }

    /** The whole file in one transaction: every household written, or (a household refused) none. */
    private void commitAll(ImportJob job, Context ctx, Map<String, Boolean> todo, int codeColumn, int numberColumn) {
        Issue[] refused = {null};
        String[] refusedKey = {null};
        try {
            QuarkusTransaction.requiringNew().timeout((int) commitTimeout.toSeconds()).run(() -> {
                int[] done = {0};
                int[] n = {0};
                // the transaction's own connection (Agroal hands the enlisted one out): the cursor reads as the commit writes
                try (Connection c = store.connection()) {
                    store.groups(c, job.id, codeColumn, numberColumn, (key, rows) -> {
                        done[0] += rows.size();
                        if (todo.containsKey(key)) {
                            refusedKey[0] = key;
                            Plan plan = planner.plan(ctx, key, rows);
                            if (plan.action() == Action.REJECTED) {
                                refused[0] = plan.issues().get(0);
                                throw new IllegalStateException("refused");
                            }
                            apply(job, plan);
                            if (++n[0] % CHUNK == 0) {
                                em.flush();
                                em.clear();
                                progress(job.id, done[0], null);
                            }
                        }
                        return true;
                    });
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                requirePhase(job.id, Phase.COMMITTING);
                finish(job);
            });
        } catch (ProblemException | IllegalStateException e) {
            if (e instanceof IllegalStateException && refused[0] == null) {
                throw e;
            }
            Issue issue = refused[0] != null ? refused[0]
                    : new Issue(0, null, ((ProblemException) e).code(), e.getMessage(), e.getMessage());
            back(job.id, refusedKey[0], issue);
        }
    }

    /** Each household whole or not at all: chunks of {@link #CHUNK} in a transaction, a failing chunk redone one by one. */
    private void commitEach(ImportJob job, Context ctx, Map<String, Boolean> todo, int codeColumn, int numberColumn) {
        List<String> keys = new ArrayList<>();
        List<List<StagedRow>> groups = new ArrayList<>();
        int[] done = {0};
        try {
            store.groups(job.id, codeColumn, numberColumn, (key, rows) -> {
                done[0] += rows.size();
                if (Boolean.FALSE.equals(todo.get(key))) {
                    keys.add(key);
                    groups.add(rows);
                }
                if (keys.size() >= CHUNK) {
                    writeChunk(job, ctx, keys, groups);
                    keys.clear();
                    groups.clear();
                    progress(job.id, done[0], null);
                }
                return true;
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        writeChunk(job, ctx, keys, groups);
        QuarkusTransaction.requiringNew().run(() -> {
            requirePhase(job.id, Phase.COMMITTING);
            finish(job);
        });
    }

    private void writeChunk(ImportJob job, Context ctx, List<String> keys, List<List<StagedRow>> groups) {
        if (keys.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                requirePhase(job.id, Phase.COMMITTING);
                for (int i = 0; i < keys.size(); i++) {
                    Plan plan = planner.plan(ctx, keys.get(i), groups.get(i));
                    if (plan.action() == Action.REJECTED) {
                        throw new ProblemException(409, plan.issues().get(0).code(), plan.issues().get(0).en());
                    }
                    apply(job, plan);
                }
                em.flush();
                em.clear();
            });
        } catch (ProblemException | jakarta.persistence.PersistenceException e) {
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i);
                List<StagedRow> rows = groups.get(i);
                Plan[] planned = {null};
                try {
                    QuarkusTransaction.requiringNew().run(() -> {
                        planned[0] = planner.plan(ctx, key, rows);
                        if (planned[0].action() == Action.REJECTED) {
                            throw new ProblemException(409, planned[0].issues().get(0).code(),
                                    planned[0].issues().get(0).en());
                        }
                        apply(job, planned[0]);
                    });
                } catch (ProblemException | jakarta.persistence.PersistenceException x) {
                    Issue issue = planned[0] != null && !planned[0].issues().isEmpty() ? planned[0].issues().get(0)
                            : new Issue(rows.get(0).number(), null, x instanceof ProblemException p ? p.code()
                                    : "import.write_failed", x.getMessage(), x.getMessage());
                    reject(job.id, key, issue);
                }
            }
        }
    }

    /** Carries out one household's plan, in the caller's transaction, and marks it written. */
    private void apply(ImportJob job, Plan plan) {
        UUID householdId = plan.householdId();
        if (plan.action() == Action.UPDATED) {
            // what an undo puts back
            em.flush();
            em.createNativeQuery("UPDATE import_household SET before = household_image(:h) WHERE job_id = :job"
                    + " AND household_key = :key").setParameter("h", householdId).setParameter("job", job.id)
                    .setParameter("key", plan.key()).executeUpdate();
        }
        if (plan.action() == Action.NEW) {
            householdId = households.create(plan.create()).id;
        } else if (plan.action() == Action.UPDATED) {
            if (plan.update() != null) {
                households.update(householdId, "*", plan.update());
            }
            UUID newHead = plan.newHeadMemberId();
            for (MemberChange m : plan.newMembers()) {
                var r = m.request();
                boolean head = r.relationToHead() == vn.giamngheo.classification.model.Facts.RelationToHead.HEAD;
                var added = households.addMember(householdId, head ? withRelation(r,
                        vn.giamngheo.classification.model.Facts.RelationToHead.OTHER_RELATIVE) : r);
                if (head) {
                    newHead = added.id;
                }
            }
            if (newHead != null) {
                households.changeHead(householdId, "*", newHead);
            }
            for (MemberChange m : plan.changedMembers()) {
                households.updateMember(householdId, m.memberId(), "*", m.request());
            }
        }
        UUID recordId = null;
        if (plan.record() != null && plan.action() != Action.UNCHANGED) {
            recordId = records.create(householdId, plan.record()).id;
        }
        em.flush();
        // the fingerprint of what the commit left: an undo goes ahead only while it is unchanged
        em.createNativeQuery("UPDATE import_household SET committed = true, household_id = :h, household_code ="
                + " (SELECT code FROM household WHERE id = :h), version_after = (SELECT version FROM household"
                + " WHERE id = :h), record_id = :record, fingerprint = household_fingerprint(:h)"
                + " WHERE job_id = :job AND household_key = :key").setParameter("h", householdId)
                .setParameter("record", recordId).setParameter("job", job.id).setParameter("key", plan.key())
                .executeUpdate();
    }

    private static vn.giamngheo.household.HouseholdViews.MemberRequest withRelation(
            vn.giamngheo.household.HouseholdViews.MemberRequest r,
            vn.giamngheo.classification.model.Facts.RelationToHead relation) {
        return new vn.giamngheo.household.HouseholdViews.MemberRequest(r.fullName(), r.sex(), r.birthDate(),
                r.ethnicity(), r.citizenId(), relation, r.labourCapacity(), r.employment(), r.monthlySocialAllowance(),
                r.disabled(), r.nutrition(), r.healthInsurance(), r.attendingSchool(), r.highestEducation(),
                r.meritorious(), r.sickWithoutCare());
    }

    /** The commit's end, in its (last) transaction: the job committed, with one audit entry of the whole import. */
    private void finish(ImportJob job) {
        ImportJob j = ImportJob.findById(job.id);
        Object[] written = (Object[]) em.createNativeQuery("SELECT count(*) FILTER (WHERE committed AND action = 'NEW'),"
                + " count(*) FILTER (WHERE committed AND action = 'UPDATED'), count(*) FILTER (WHERE action = 'REJECTED')"
                + " FROM import_household WHERE job_id = :id").setParameter("id", job.id).getSingleResult();
        j.committedAt = clock.now();
        j.rowsDone = j.rowsTotal == null ? 0 : j.rowsTotal;
        enter(j, Phase.COMMITTED);
        audit.record("import.committed", "import", j.id, null, j.areaCode, new Changes()
                .field("file", null, j.fileName).field("sha256", null, j.fileSha256).field("mode", null, j.mode)
                .field("householdsNew", null, ((Number) written[0]).intValue())
                .field("householdsUpdated", null, ((Number) written[1]).intValue())
                .field("householdsRejected", null, ((Number) written[2]).intValue()).list());
    }

    // ------------------------------------------------------------------ undo

    /**
     * The whole import undone in one transaction, or (something newer touched one of its households since the
     * request) nothing: the job is COMMITTED again, with the households named in its failure.
     */
    private void undo(ImportJob job) {
        List<String> touched = new ArrayList<>();
        QuarkusTransaction.requiringNew().timeout((int) commitTimeout.toSeconds()).run(() -> {
            requirePhase(job.id, Phase.UNDOING);
            int[] done = {0, 0};
            touched.addAll(undoer.touched(job.id, 6));
            if (touched.isEmpty()) {
                done = undoer.undo(job.id, job.undoneBy == null ? job.createdBy : job.undoneBy);
            }
            ImportJob j = ImportJob.findById(job.id);
            if (!touched.isEmpty()) {
                j.failureCode = "import.undo_blocked";
                j.failureMessage = ImportStore.cut("Nothing was undone: newer changes touched household(s) "
                        + String.join(", ", touched.subList(0, Math.min(5, touched.size())))
                        + (touched.size() > 5 ? ", …" : ""), 1000);
                j.undoneBy = null;
                enter(j, Phase.COMMITTED);
                return;
            }
            j.undoneAt = clock.now();
            j.rowsDone = j.rowsTotal == null ? 0 : j.rowsTotal;
            enter(j, Phase.UNDONE);
            audit.record("import.undone", "import", j.id, null, j.areaCode, new Changes()
                    .field("file", null, j.fileName).field("sha256", null, j.fileSha256)
                    .field("householdsRemoved", null, done[0]).field("householdsRestored", null, done[1]).list());
        });
    }

    /** An all-or-nothing commit that met a refused household: nothing was written; the job is validated again. */
    private void back(UUID id, String key, Issue issue) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob j = ImportJob.findById(id);
            if (key != null) {
                markRejected(j, key, issue);
            }
            j.failureCode = "import.commit_refused";
            j.failureMessage = ImportStore.cut("Nothing was written: " + issue.en(), 1000);
            enter(j, Phase.VALIDATED);
        });
    }

    private void reject(UUID id, String key, Issue issue) {
        QuarkusTransaction.requiringNew().run(() -> markRejected(ImportJob.findById(id), key, issue));
    }

    private void markRejected(ImportJob j, String key, Issue issue) {
        em.createNativeQuery("UPDATE import_household SET action = 'REJECTED' WHERE job_id = :id AND household_key = :k")
                .setParameter("id", j.id).setParameter("k", key).executeUpdate();
        em.createNativeQuery("INSERT INTO import_issue (job_id, seq, row_number, column_key, code, message_vi,"
                + " message_en) VALUES (:id, :seq, :row, :col, :code, :vi, :en)").setParameter("id", j.id)
                .setParameter("seq", j.issueCount).setParameter("row", issue.row()).setParameter("col", issue.column())
                .setParameter("code", issue.code()).setParameter("vi", ImportStore.cut(issue.vi(), 500))
                .setParameter("en", ImportStore.cut(issue.en(), 500)).executeUpdate();
        j.issueCount++;
        j.householdsRejected = (j.householdsRejected == null ? 0 : j.householdsRejected) + 1;
    }

    // ------------------------------------------------------------------ the job's row

    private void phase(UUID id, Phase phase, Integer total) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob j = ImportJob.findById(id);
            if (j.phase == Phase.CANCELLED) {
                throw new Cancelled();
            }
            if (total != null) {
                j.rowsTotal = total;
            }
            j.rowsDone = 0;
            enter(j, phase);
        });
    }

    private void enter(ImportJob j, Phase phase) {
        j.phase = phase;
        j.phaseStartedAt = clock.now();
        j.updatedAt = clock.now();
        j.version++;
    }

    /** Records progress (and stops the job if it was cancelled meanwhile). */
    void progress(UUID id, int done, Integer total) {
        int updated = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("UPDATE import_job SET"
                + " rows_done = :done, rows_total = coalesce(:total, rows_total), updated_at = now(),"
                + " lease_until = now() + cast(:lease AS interval) WHERE id = :id AND phase <> 'CANCELLED'")
                .setParameter("done", done).setParameter("total", total).setParameter("id", id)
                .setParameter("lease", JobLeases.interval(lease)).executeUpdate());
        if (updated == 0) {
            throw new Cancelled();
        }
    }

    private void requirePhase(UUID id, Phase phase) {
        Object current = em.createNativeQuery("SELECT phase FROM import_job WHERE id = :id").setParameter("id", id)
                .getSingleResult();
        if (!phase.name().equals(current)) {
            throw new Cancelled();
        }
    }

    void fail(UUID id, String code, String message) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob j = ImportJob.findById(id);
            if (j == null || !j.phase.running()) {
                return;
            }
            j.failureCode = code;
            j.failureMessage = ImportStore.cut(message, 1000);
            enter(j, Phase.FAILED);
        });
        store.dropRowsQuietly(id);
    }

    private static void deleteFile(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Could not delete the uploaded file %s", file.getFileName());
        }
    }
}
