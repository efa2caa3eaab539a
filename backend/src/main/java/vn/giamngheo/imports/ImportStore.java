package vn.giamngheo.imports;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.giamngheo.imports.ImportCodes.FileFormat;
import vn.giamngheo.imports.ImportPlanner.Issue;
import vn.giamngheo.imports.ImportPlanner.Plan;
import vn.giamngheo.imports.ImportPlanner.StagedRow;

/**
 * The staging tables of an import, in plain JDBC: the file's rows go in with COPY (in one transaction: a staging
 * that stops half-way leaves nothing, and is done again), the households come out grouped for validation through a
 * server-side cursor, and the plans and issues go back in batches.
 */
@ApplicationScoped
public class ImportStore {

    static final int COPY_BATCH = 5_000;
    static final int FETCH = 2_000;

    @Inject
    AgroalDataSource dataSource;

    /** Copies every row of the file into import_row (row 0: the header row); the number of data rows. */
    public int stage(UUID job, Path file, FileFormat format, IntConsumer progress) throws IOException, SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM import_row WHERE job_id = ?")) {
                    ps.setObject(1, job);
                    ps.executeUpdate();
                }
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                StringBuilder batch = new StringBuilder(1 << 20);
                int[] counts = {0, 0};
                boolean[] header = {true};
                String id = job.toString();
                ImportFiles.read(file, format, row -> {
                    int number = header[0] ? 0 : row.number();
                    header[0] = false;
                    batch.append(id).append(',').append(number).append(',');
                    quoteCsv(batch, arrayLiteral(row.cells()));
                    batch.append('\n');
                    if (number > 0) {
                        counts[0]++;
                    }
                    if (++counts[1] % COPY_BATCH == 0) {
                        flush(copy, batch);
                        progress.accept(counts[0]);
                    }
                });
                flush(copy, batch);
                c.commit();
                return counts[0];
            } catch (IOException | SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void flush(CopyManager copy, StringBuilder batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        try {
            copy.copyIn("COPY import_row (job_id, row_number, cells) FROM STDIN (FORMAT csv)",
                    new StringReader(batch.toString()));
        } catch (SQLException e) {
            throw new IOException("staging failed", e);
        }
        batch.setLength(0);
    }

    /** {@code {"a",NULL,"b\"c"}}: a PostgreSQL array literal of the cells. */
    static String arrayLiteral(List<String> cells) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            String cell = cells.get(i);
            if (cell == null) {
                s.append("NULL");
            } else {
                s.append('"');
                for (int k = 0; k < cell.length(); k++) {
                    char ch = cell.charAt(k);
                    if (ch == '"' || ch == '\\') {
                        s.append('\\');
                    }
                    if (ch != 0) { // PostgreSQL text cannot hold NUL
                        s.append(ch);
                    }
                }
                s.append('"');
            }
        }
        return s.append('}').toString();
    }

    private static void quoteCsv(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '"') {
                out.append('"');
            }
            out.append(ch);
        }
        out.append('"');
    }

    /** The header row of a staged file. */
    public List<String> headers(UUID job) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT cells FROM import_row WHERE job_id = ? AND row_number = 0")) {
            ps.setObject(1, job);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Arrays.asList((String[]) rs.getArray(1).getArray()) : List.of();
            }
        }
    }

    /** Citizen IDs that more than one row of the file holds, with the first of those rows. */
    public Map<String, Integer> repeatedIds(UUID job, int column) throws SQLException {
        Map<String, Integer> repeated = new HashMap<>();
        if (column < 0) {
            return repeated;
        }
        String id = "regexp_replace(cells[" + (column + 1) + "], '[\\s.]', '', 'g')";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT " + id + ", min(row_number) FROM import_row"
                        + " WHERE job_id = ? AND row_number > 0 AND cells[" + (column + 1) + "] IS NOT NULL"
                        + " GROUP BY 1 HAVING count(*) > 1")) {
            ps.setObject(1, job);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    repeated.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return repeated;
    }

    public interface GroupSink {
        /** One household's rows, in file order; returns false to stop. */
        boolean accept(String key, List<StagedRow> rows) throws SQLException;
    }

    /**
     * The file's households, each with its rows: grouped by the household code, else by the household number, else
     * (neither given) a row alone; in the order of each household's first row.
     */
    public void groups(UUID job, int codeColumn, int numberColumn, GroupSink sink) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try {
                groups(c, job, codeColumn, numberColumn, sink);
            } finally {
                c.rollback();
            }
        }
    }

    /** The same on a connection of the caller's (a transaction's, for a commit that reads while it writes). */
    public void groups(Connection c, UUID job, int codeColumn, int numberColumn, GroupSink sink) throws SQLException {
        String code = codeColumn < 0 ? "NULL" : "nullif(btrim(cells[" + (codeColumn + 1) + "]), '')";
        String number = numberColumn < 0 ? "NULL" : "nullif(btrim(cells[" + (numberColumn + 1) + "]), '')";
        String key = "coalesce('C:' || " + code + ", 'N:' || " + number + ", 'R:' || row_number)";
        String sql = "SELECT k, row_number, cells FROM (SELECT " + key + " AS k, row_number, cells,"
                + " min(row_number) OVER (PARTITION BY " + key + ") AS first FROM import_row"
                + " WHERE job_id = ? AND row_number > 0) g ORDER BY first, row_number";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(FETCH);
            ps.setObject(1, job);
            try (ResultSet rs = ps.executeQuery()) {
                String current = null;
                List<StagedRow> rows = new ArrayList<>();
                while (rs.next()) {
                    String k = rs.getString(1);
                    if (current != null && !current.equals(k)) {
                        if (!sink.accept(current, rows)) {
                            return;
                        }
                        rows = new ArrayList<>();
                    }
                    current = k;
                    Array cells = rs.getArray(3);
                    rows.add(new StagedRow(rs.getInt(2), (String[]) cells.getArray()));
                }
                if (current != null) {
                    sink.accept(current, rows);
                }
            }
        }
    }

    /** Forgets what an earlier validation of the job found (it is done again whole). */
    public void clearResults(Connection c, UUID job) throws SQLException {
        for (String table : List.of("import_household", "import_issue")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE job_id = ?")) {
                ps.setObject(1, job);
                ps.executeUpdate();
            }
        }
    }

    /** Stores the plans of some households and their issues (numbered from {@code seq}); the next number. */
    public int savePlans(Connection c, UUID job, List<Plan> plans, int seq) throws SQLException {
        try (PreparedStatement h = c.prepareStatement("INSERT INTO import_household (job_id, household_key, first_row,"
                + " row_count, action, household_id, household_code, head_name, members_new, members_updated,"
                + " members_unchanged, survey_year, classification) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
                PreparedStatement i = c.prepareStatement("INSERT INTO import_issue (job_id, seq, row_number,"
                        + " column_key, code, message_vi, message_en) VALUES (?,?,?,?,?,?,?)")) {
            for (Plan p : plans) {
                h.setObject(1, job);
                h.setString(2, p.key());
                h.setInt(3, p.firstRow());
                h.setInt(4, p.rowCount());
                h.setString(5, p.action().name());
                h.setObject(6, p.householdId());
                h.setString(7, p.householdCode());
                h.setString(8, cut(p.headName(), 150));
                h.setInt(9, p.membersNew());
                h.setInt(10, p.membersUpdated());
                h.setInt(11, p.membersUnchanged());
                h.setObject(12, p.surveyYear());
                h.setString(13, p.classification());
                h.addBatch();
                for (Issue issue : p.issues()) {
                    i.setObject(1, job);
                    i.setInt(2, seq++);
                    i.setInt(3, issue.row());
                    i.setString(4, issue.column());
                    i.setString(5, issue.code());
                    i.setString(6, cut(issue.vi(), 500));
                    i.setString(7, cut(issue.en(), 500));
                    i.addBatch();
                }
            }
            h.executeBatch();
            i.executeBatch();
        }
        return seq;
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Drops a job's staged rows (a failed or cancelled job keeps only its issues). */
    public void dropRowsQuietly(UUID job) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM import_row WHERE job_id = ?")) {
            ps.setObject(1, job);
            ps.executeUpdate();
        } catch (SQLException e) {
            org.jboss.logging.Logger.getLogger(ImportStore.class).warnf("Staged rows of import %s not dropped", job);
        }
    }
}
