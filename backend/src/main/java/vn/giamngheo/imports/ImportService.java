package vn.giamngheo.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.common.paging.Cursor;
import vn.giamngheo.common.paging.PageLimits;
import vn.giamngheo.common.problem.BadRequestException;
import vn.giamngheo.common.problem.ConflictException;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.problem.Problem;
import vn.giamngheo.common.problem.ProblemException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.common.time.AppClock;
import vn.giamngheo.imports.ImportCodes.Action;
import vn.giamngheo.imports.ImportCodes.FileFormat;
import vn.giamngheo.imports.ImportCodes.Kind;
import vn.giamngheo.imports.ImportCodes.Mode;
import vn.giamngheo.imports.ImportCodes.Phase;
import vn.giamngheo.imports.ImportViews.ImportHouseholdPage;
import vn.giamngheo.imports.ImportViews.ImportHouseholdView;
import vn.giamngheo.imports.ImportViews.ImportIssuePage;
import vn.giamngheo.imports.ImportViews.ImportIssueView;
import vn.giamngheo.imports.ImportViews.ImportJobPage;
import vn.giamngheo.imports.ImportViews.ImportJobView;
import vn.giamngheo.imports.ImportViews.ImportSummary;

/** The imports API's side of a job: upload, reading, commit and cancel (the runner does the work). */
@ApplicationScoped
public class ImportService {

    @ConfigProperty(name = "giamngheo.imports.dir")
    Path directory;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    AppClock clock;

    @Inject
    ImportUndo undoer;

    @Inject
    ImportStore store;

    /**
     * A new job for the uploaded file (kept in the imports directory until it is staged), queued for the runner.
     * The area is the caller's commune or a province of theirs.
     */
    @Transactional
    public ImportJob upload(Kind kind, String areaCode, Mode mode, Path uploaded, String fileName) {
        if (uploaded == null) {
            throw new BadRequestException("import.file_required", "Send the file in the multipart part 'file'");
        }
        AdminUnit area = areaCode == null || areaCode.isBlank() ? null : AdminUnit.findById(areaCode.strip());
        if (area == null || !(area.isCommune() || area.isProvince())) {
            throw new NotFoundException("area", areaCode);
        }
        jurisdiction.require(area.code);
        String name = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
        name = name.replaceAll("[\\p{Cc}/\\\\]", "_");
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        UUID id = UUID.randomUUID();
        Path target;
        String sha;
        long size;
        FileFormat format;
        try {
            Files.createDirectories(directory);
            target = directory.resolve(id + ".upload");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(uploaded), digest)) {
                size = Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            sha = HexFormat.of().formatHex(digest.digest());
            if (size == 0) {
                Files.deleteIfExists(target);
                throw new BadRequestException("import.empty_file", "The file is empty");
            }
            format = ImportFiles.detect(target, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (BadRequestException e) {
            try {
                Files.deleteIfExists(directory.resolve(id + ".upload"));
            } catch (IOException ignored) {
                // the directory is cleaned with the job's table anyway
            }
            throw e;
        }
        ImportJob job = new ImportJob();
        job.id = id;
        job.kind = kind == null ? Kind.HOUSEHOLDS : kind;
        job.areaCode = area.code;
        job.mode = mode == null ? Mode.PER_HOUSEHOLD : mode;
        job.phase = Phase.QUEUED;
        job.fileName = name;
        job.fileFormat = format;
        job.fileSize = size;
        job.fileSha256 = sha;
        job.filePath = target.toAbsolutePath().toString();
        job.phaseStartedAt = clock.now();
        job.actorRoles = user.roles().toArray(String[]::new);
        job.actorAreaCodes = user.areaCodes().toArray(String[]::new);
        job.createdAt = clock.now();
        job.createdBy = user.username();
        job.updatedAt = job.createdAt;
        job.persist();
        return job;
    }

    /** A job the caller may see: one of their jurisdiction's areas (404 otherwise, as if it did not exist). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportJob visible(UUID id) {
        ImportJob job = id == null ? null : ImportJob.findById(id);
        if (job == null || !jurisdiction.covers(job.areaCode)) {
            throw new NotFoundException("import", id);
        }
        return job;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportJobView view(ImportJob job) {
        AdminUnit area = AdminUnit.findById(job.areaCode);
        Double progress = null;
        Double rate = null;
        Long eta = null;
        if (job.phase.running() && job.rowsTotal != null && job.rowsTotal > 0) {
            progress = Math.min(1.0, job.rowsDone / (double) job.rowsTotal);
        } else if (!job.phase.running()) {
            progress = job.phase == Phase.FAILED || job.phase == Phase.CANCELLED ? null : 1.0;
        }
        if (job.phase.running() && job.rowsDone > 0) {
            double seconds = Math.max(0.001, Duration.between(job.phaseStartedAt, Instant.now()).toMillis() / 1000.0);
            rate = Math.round(job.rowsDone / seconds * 10) / 10.0;
            if (job.rowsTotal != null && rate > 0) {
                eta = Math.max(0, Math.round((job.rowsTotal - job.rowsDone) / rate));
            }
        }
        ImportSummary summary = job.householdsTotal == null ? null : new ImportSummary(job.householdsTotal,
                job.householdsNew, job.householdsUpdated, job.householdsUnchanged, job.householdsRejected,
                job.membersNew, job.membersUpdated, job.membersUnchanged, job.membersRejected);
        UUID same = (UUID) em.createNativeQuery("SELECT id FROM import_job WHERE file_sha256 = :sha AND area_code ="
                + " :area AND phase = 'COMMITTED' AND id <> :id AND created_at < :created ORDER BY committed_at DESC LIMIT 1",
                UUID.class).setParameter("sha", job.fileSha256).setParameter("area", job.areaCode).setParameter("id", job.id)
                .setParameter("created", job.createdAt)
                .getResultStream().findFirst().orElse(null);
        return new ImportJobView(job.id, job.kind, job.areaCode, area == null ? null : area.fullName, job.mode,
                job.phase, job.fileName, job.fileFormat, job.fileSize, job.fileSha256, job.rowsTotal, job.rowsDone,
                progress, rate, eta, job.phaseStartedAt, summary, job.issueCount, job.failureCode, job.failureMessage,
                same, job.createdAt, job.createdBy, job.committedAt, job.committedBy, job.undoneBy, job.undoneAt);
    }

    /** The imports of the caller's areas (or of one area), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportJobPage list(String areaCode, String after, Integer limit) {
        int size = clamp(limit);
        StringBuilder q = new StringBuilder("FROM ImportJob j WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (areaCode != null && !areaCode.isBlank()) {
            jurisdiction.require(areaCode.strip());
            params.add(areaCode.strip());
            q.append(" AND (j.areaCode = ?").append(params.size()).append(" OR j.areaCode IN (SELECT u.code FROM AdminUnit u"
                    + " WHERE u.provinceCode = ?").append(params.size()).append("))");
        } else if (!user.isNational()) {
            List<String> areas = List.copyOf(user.areaCodes());
            if (areas.isEmpty()) {
                return new ImportJobPage(List.of(), null);
            }
            params.add(areas);
            q.append(" AND (j.areaCode IN ?").append(params.size()).append(" OR j.areaCode IN (SELECT u.code FROM AdminUnit u"
                    + " WHERE u.provinceCode IN ?").append(params.size()).append("))");
        }
        if (after != null) {
            List<String> keys = Cursor.decode(after, 2);
            params.add(Instant.parse(keys.get(0)));
            params.add(UUID.fromString(keys.get(1)));
            q.append(" AND (j.createdAt < ?").append(params.size() - 1).append(" OR (j.createdAt = ?")
                    .append(params.size() - 1).append(" AND j.id < ?").append(params.size()).append("))");
        }
        q.append(" ORDER BY j.createdAt DESC, j.id DESC");
        List<ImportJob> jobs = ImportJob.find(q.toString(), params.toArray()).page(0, size + 1).list();
        boolean more = jobs.size() > size;
        List<ImportJob> page = more ? jobs.subList(0, size) : jobs;
        ImportJob last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new ImportJobPage(page.stream().map(this::view).toList(),
                more ? Cursor.encode(last.createdAt.toString(), last.id.toString()) : null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportIssuePage issues(UUID id, String code, String column, String after, Integer limit) {
        ImportJob job = visible(id);
        int size = clamp(limit);
        List<String> keys = after == null ? List.of("0", "-1") : Cursor.decode(after, 2);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT seq, row_number, column_key, code, message_vi, message_en"
                + " FROM import_issue WHERE job_id = :id AND (row_number, seq) > (:row, :seq)"
                + " AND (cast(:code AS varchar) IS NULL OR code = :code)"
                + " AND (cast(:col AS varchar) IS NULL OR column_key = :col) ORDER BY row_number, seq LIMIT :n")
                .setParameter("id", job.id).setParameter("row", parseInt(keys.get(0)))
                .setParameter("seq", parseInt(keys.get(1))).setParameter("code", blank(code))
                .setParameter("col", blank(column)).setParameter("n", size + 1).getResultList();
        boolean more = rows.size() > size;
        List<Object[]> page = more ? rows.subList(0, size) : rows;
        List<ImportIssueView> items = page.stream().map(r -> new ImportIssueView(((Number) r[1]).intValue(),
                (String) r[2], header((String) r[2]), (String) r[3], (String) r[4], (String) r[5])).toList();
        Object[] last = more ? page.get(page.size() - 1) : null;
        return new ImportIssuePage(items, more ? Cursor.encode(String.valueOf(((Number) last[1]).intValue()),
                String.valueOf(((Number) last[0]).intValue())) : null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportHouseholdPage households(UUID id, Action action, String after, Integer limit) {
        ImportJob job = visible(id);
        int size = clamp(limit);
        int from = after == null ? 0 : parseInt(Cursor.decode(after, 1).get(0));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT household_key, first_row, row_count, action, household_id,"
                + " household_code, head_name, members_new, members_updated, members_unchanged, survey_year,"
                + " classification, committed FROM import_household WHERE job_id = :id AND first_row > :from"
                + " AND (cast(:action AS varchar) IS NULL OR action = :action) ORDER BY first_row LIMIT :n")
                .setParameter("id", job.id).setParameter("from", from)
                .setParameter("action", action == null ? null : action.name()).setParameter("n", size + 1)
                .getResultList();
        boolean more = rows.size() > size;
        List<Object[]> page = more ? rows.subList(0, size) : rows;
        List<ImportHouseholdView> items = page.stream().map(r -> new ImportHouseholdView((String) r[0],
                ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), Action.valueOf((String) r[3]), (UUID) r[4],
                (String) r[5], (String) r[6], ((Number) r[7]).intValue(), ((Number) r[8]).intValue(),
                ((Number) r[9]).intValue(), r[10] == null ? null : ((Number) r[10]).intValue(),
                r[11] == null ? null : HouseholdClass.valueOf((String) r[11]), (Boolean) r[12])).toList();
        return new ImportHouseholdPage(items, more ? Cursor.encode(String.valueOf(((Number) page.get(page.size() - 1)[1])
                .intValue())) : null);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int clamp(Integer limit) {
        return limit == null ? PageLimits.DEFAULT : Math.max(1, Math.min(PageLimits.MAX, limit));
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new BadRequestException("paging.invalid_cursor",
                    "The 'after' cursor is not one this API returned; start again without it");
        }
    }

    private static String header(String key) {
        if (key == null) {
            return null;
        }
        try {
            return ImportColumns.HOUSEHOLDS.get(ImportColumns.index(key)).header();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Queues the commit of a validated job (409 in another phase, or all-or-nothing with rejected households). */
    @Transactional
    public ImportJob commit(UUID id, Mode mode) {
        ImportJob job = visible(id);
        if (job.phase != Phase.VALIDATED) {
            throw new ConflictException("import.not_validated", "Only a validated import can be committed; this one is "
                    + job.phase);
        }
        Mode chosen = mode == null ? job.mode : mode;
        if (chosen == Mode.ALL_OR_NOTHING && job.householdsRejected != null && job.householdsRejected > 0) {
            throw new ConflictException("import.has_rejected", job.householdsRejected + " household(s) of the file are"
                    + " rejected; fix the rows and upload again, or commit per household");
        }
        job.mode = chosen;
        job.phase = Phase.COMMITTING;
        job.phaseStartedAt = clock.now();
        job.rowsDone = 0;
        job.failureCode = null;
        job.failureMessage = null;
        job.committedBy = user.username();
        job.updatedAt = clock.now();
        job.version++;
        return job;
    }

    /**
     * Queues the undo of a committed import (409 import.undo_blocked, naming the households, while anything newer
     * touched one of them: a later edit, survey, decision, review item or support plan).
     */
    @Transactional
    public ImportJob undo(UUID id) {
        ImportJob job = visible(id);
        if (job.phase != Phase.COMMITTED) {
            throw new ConflictException("import.not_committed", "Only a committed import can be undone; this one is "
                    + job.phase);
        }
        List<String> touched = undoer.touched(job.id, 6);
        if (!touched.isEmpty()) {
            List<String> shown = touched.subList(0, Math.min(5, touched.size()));
            throw new ProblemException(409, "import.undo_blocked", "Newer changes touched household(s) "
                    + String.join(", ", shown) + (touched.size() > 5 ? ", …" : "")
                    + " since this import; it can no longer be undone",
                    shown.stream().map(code -> new Problem.Violation("householdCode", code)).toList());
        }
        job.phase = Phase.UNDOING;
        job.phaseStartedAt = clock.now();
        job.rowsDone = 0;
        job.failureCode = null;
        job.failureMessage = null;
        job.undoneBy = user.username();
        job.updatedAt = clock.now();
        job.version++;
        return job;
    }

    /** Gives up a job before its commit: its staged rows are dropped; nothing was written to the registry. */
    @Transactional
    public ImportJob cancel(UUID id) {
        ImportJob job = visible(id);
        if (!(job.phase == Phase.QUEUED || job.phase == Phase.STAGING || job.phase == Phase.VALIDATING
                || job.phase == Phase.VALIDATED)) {
            throw new ConflictException("import.not_cancellable", "An import can be cancelled until its commit starts;"
                    + " this one is " + job.phase);
        }
        job.phase = Phase.CANCELLED;
        job.phaseStartedAt = clock.now();
        job.updatedAt = clock.now();
        job.version++;
        em.createNativeQuery("DELETE FROM import_row WHERE job_id = :id").setParameter("id", job.id).executeUpdate();
        try {
            Files.deleteIfExists(Path.of(job.filePath));
        } catch (IOException e) {
            // left for the operator: the job no longer reads it
        }
        return job;
    }

    /**
     * The error workbook: the file's rows as they were (the template's columns in the file's order), with a last
     * column that says what is wrong with each row; rows with an issue are marked. Streamed from the staging table.
     */
    public StreamingOutput errorWorkbook(UUID id) {
        ImportJob job = visible(id);
        if (job.phase == Phase.QUEUED || job.phase == Phase.STAGING || job.phase == Phase.VALIDATING
                || job.phase == Phase.CANCELLED || job.phase == Phase.FAILED) {
            throw new ConflictException("import.not_validated", "The error workbook exists once the file is validated");
        }
        UUID jobId = job.id;
        return out -> writeErrorWorkbook(jobId, out);
    }

    private void writeErrorWorkbook(UUID job, OutputStream out) throws IOException {
        try (Connection c = store.connection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (PreparedStatement ps = c.prepareStatement("SELECT r.row_number, r.cells, (SELECT string_agg("
                    + " coalesce(i.column_key || ': ', '') || i.message_vi, '; ' ORDER BY i.seq) FROM import_issue i"
                    + " WHERE i.job_id = r.job_id AND i.row_number = r.row_number) FROM import_row r WHERE r.job_id = ?"
                    + " ORDER BY r.row_number")) {
                ps.setFetchSize(ImportStore.FETCH);
                ps.setObject(1, job);
                Workbook wb = new Workbook(out, "GiamNgheo", "1.0");
                Worksheet ws = wb.newWorksheet(ImportTemplates.DATA_SHEET);
                int r = 0;
                int errorColumn = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String[] cells = (String[]) rs.getArray(2).getArray();
                        String issues = rs.getString(3);
                        if (r == 0) {
                            errorColumn = Math.max(cells.length, ImportColumns.HOUSEHOLDS.size());
                            for (int i = 0; i < cells.length; i++) {
                                ws.value(0, i, cells[i]);
                            }
                            ws.value(0, errorColumn, "Lỗi");
                            ws.range(0, 0, 0, errorColumn).style().bold().fillColor("D9E1F2").set();
                            ws.width(errorColumn, 60);
                            ws.freezePane(0, 1);
                        } else {
                            for (int i = 0; i < cells.length; i++) {
                                if (cells[i] != null) {
                                    ws.value(r, i, cells[i]);
                                }
                            }
                            if (issues != null) {
                                ws.value(r, errorColumn, "Dòng " + rs.getInt(1) + ": " + issues);
                                ws.style(r, errorColumn).fontColor("9C0006").fillColor("FFC7CE").wrapText(true).set();
                            }
                        }
                        r++;
                        if (r % 1000 == 0) {
                            ws.flush();
                        }
                    }
                }
                wb.finish();
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IOException("the error workbook could not be read", e);
        }
    }
}
