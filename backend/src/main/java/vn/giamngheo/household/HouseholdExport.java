package vn.giamngheo.household;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.classification.model.IndicatorNames;
import vn.giamngheo.household.HouseholdQueries.Filter;
import vn.giamngheo.household.HouseholdQueries.FilterSql;
import vn.giamngheo.reporting.ReportViews.ExportFormat;

/**
 * A household list as the list API filters it, whole, as XLSX or CSV, streamed: rows come from a server-side cursor
 * (a fetch of {@link #FETCH} at a time) and go out as they are read (the XLSX sheet is flushed every
 * {@link #FLUSH} rows; a household's own text is written inline, only repeated names go to the shared strings), so
 * the heap does not grow with the number of households. An XLSX sheet holds at most
 * {@link #ROWS_PER_SHEET} households; a longer list goes on in further sheets.
 */
@ApplicationScoped
public class HouseholdExport {

    static final int FETCH = 2_000;
    static final int FLUSH = 1_000;
    static final int ROWS_PER_SHEET = 1_000_000;

    static final String[] HEADERS = {"Mã hộ", "Xã, phường", "Thôn, tổ dân phố", "Họ và tên chủ hộ", "Số nhân khẩu",
        "Địa chỉ", "Điện thoại", "Trạng thái", "Năm", "Phân loại", "Chỉ số thiếu hụt", "Không có khả năng lao động",
        "Có người có công", "Dân tộc thiểu số"};
    static final String[] CSV_HEADERS = {"household_code", "commune", "village", "head_name", "members", "address",
        "phone", "status", "year", "classification", "deprived_indicators", "no_labour_capacity",
        "meritorious_member", "ethnic_minority"};

    private static final Pattern NAMED = Pattern.compile(":([A-Za-z][A-Za-z0-9]*)");

    @Inject
    HouseholdQueries queries;

    @Inject
    AgroalDataSource dataSource;

    /**
     * The file of the list: the filter is checked (jurisdiction, 403 for a foreign area) now, in the request; the
     * rows are read while the answer is written.
     */
    public StreamingOutput export(Filter f, ExportFormat format) {
        FilterSql filter = queries.where(f);
        boolean byYear = f.year() != null;
        String sql = "SELECT h.code, cu.full_name, v.name, h.head_name,"
                + " (SELECT count(*) FROM household_member c WHERE c.household_id = h.id AND c.status = 'ACTIVE'),"
                + " h.address, h.phone, h.status, " + (byYear ? "st.year" : "h.latest_year") + ", "
                + (byYear ? "st.classification" : "h.latest_class") + ", "
                + (byYear ? "r.deprived_indicators" : "h.latest_deprived")
                + ", h.no_labour_capacity, h.meritorious_member, h.ethnic_minority"
                + " FROM household h LEFT JOIN village v ON v.id = h.village_id"
                + " LEFT JOIN admin_unit cu ON cu.code = h.commune_code"
                + (byYear ? " JOIN household_status st ON st.household_id = h.id AND st.year = :year"
                        + " JOIN household_record r ON r.id = st.record_id" : "")
                + filter.where() + " ORDER BY h.code, h.id";
        List<Object> values = new ArrayList<>();
        String positional = positional(sql, filter.params(), values);
        return out -> {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false); // a cursor, not the whole result at once
                c.setReadOnly(true);
                try (PreparedStatement ps = c.prepareStatement(positional)) {
                    ps.setFetchSize(FETCH);
                    for (int i = 0; i < values.size(); i++) {
                        Object v = values.get(i);
                        if (v instanceof String[] strings) {
                            ps.setArray(i + 1, c.createArrayOf("varchar", strings));
                        } else {
                            ps.setObject(i + 1, v);
                        }
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        if (format == ExportFormat.csv) {
                            csv(rs, out);
                        } else {
                            xlsx(rs, out);
                        }
                    }
                } finally {
                    c.rollback();
                }
            } catch (SQLException e) {
                throw new IOException("the household list could not be read", e);
            }
        };
    }

    /** The SQL with {@code ?} for each named parameter, and the values in their order. */
    static String positional(String sql, Map<String, Object> params, List<Object> values) {
        Matcher m = NAMED.matcher(sql);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            if (!params.containsKey(m.group(1))) {
                throw new IllegalStateException("no value for :" + m.group(1));
            }
            values.add(params.get(m.group(1)));
            m.appendReplacement(sb, "?");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static void xlsx(ResultSet rs, OutputStream out) throws SQLException, IOException {
        Workbook wb = new Workbook(out, "GiamNgheo", "1.0");
        Worksheet ws = null;
        int row = 0;
        int sheet = 0;
        double[] widths = {14, 20, 18, 24, 9, 30, 14, 12, 7, 22, 36, 10, 10, 10};
        while (rs.next()) {
            if (ws == null || row > ROWS_PER_SHEET) {
                if (ws != null) {
                    ws.finish();
                }
                ws = wb.newWorksheet(++sheet == 1 ? "Danh sách hộ" : "Danh sách hộ (" + sheet + ")");
                for (int c = 0; c < HEADERS.length; c++) {
                    ws.value(0, c, HEADERS[c]);
                    ws.width(c, widths[c]);
                }
                ws.range(0, 0, 0, HEADERS.length - 1).style().bold().wrapText(true).fillColor("D9E1F2").set();
                ws.freezePane(0, 1);
                row = 1;
            }
            // text of each household inline, not in the workbook's shared strings, which stay in memory to the end
            inline(ws, row, 0, rs.getString(1));
            ws.value(row, 1, rs.getString(2));
            ws.value(row, 2, rs.getString(3));
            inline(ws, row, 3, rs.getString(4));
            ws.value(row, 4, rs.getInt(5));
            inline(ws, row, 5, rs.getString(6));
            inline(ws, row, 6, rs.getString(7));
            ws.value(row, 7, statusLabel(rs.getString(8)));
            int year = rs.getInt(9);
            if (!rs.wasNull()) {
                ws.value(row, 8, year);
            }
            ws.value(row, 9, classLabel(rs.getString(10)));
            ws.value(row, 10, String.join("; ", indicators(rs.getArray(11)).stream().map(IndicatorNames::name)
                    .toList()));
            ws.value(row, 11, yes(rs.getBoolean(12)));
            ws.value(row, 12, yes(rs.getBoolean(13)));
            ws.value(row, 13, yes(rs.getBoolean(14)));
            if (++row % FLUSH == 0) {
                ws.flush();
            }
        }
        if (ws == null) {
            ws = wb.newWorksheet("Danh sách hộ");
            for (int c = 0; c < HEADERS.length; c++) {
                ws.value(0, c, HEADERS[c]);
            }
        }
        wb.finish();
    }

    private static void inline(Worksheet ws, int row, int column, String text) {
        if (text != null) {
            ws.inlineString(row, column, text);
        }
    }

    private static void csv(ResultSet rs, OutputStream out) throws SQLException, IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF'); // Excel reads UTF-8 with a BOM
        w.write(String.join(",", CSV_HEADERS));
        w.write("\r\n");
        while (rs.next()) {
            int year = rs.getInt(9);
            String yearText = rs.wasNull() ? "" : String.valueOf(year);
            List<String> cells = List.of(quote(rs.getString(1)), quote(rs.getString(2)), quote(rs.getString(3)),
                    quote(rs.getString(4)), String.valueOf(rs.getInt(5)), quote(rs.getString(6)),
                    quote(rs.getString(7)), nz(rs.getString(8)), yearText, nz(rs.getString(10)),
                    quote(String.join(";", indicators(rs.getArray(11)))), String.valueOf(rs.getBoolean(12)),
                    String.valueOf(rs.getBoolean(13)), String.valueOf(rs.getBoolean(14)));
            w.write(String.join(",", cells));
            w.write("\r\n");
        }
        w.flush();
    }

    private static List<String> indicators(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    static String classLabel(String code) {
        return code == null ? "" : HouseholdClass.valueOf(code).label();
    }

    static String statusLabel(String code) {
        return switch (code) {
            case "ACTIVE" -> "Đang quản lý";
            case "CLOSED" -> "Đã đóng hồ sơ";
            default -> code;
        };
    }

    private static String yes(boolean value) {
        return value ? "Có" : "";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Text a spreadsheet would run as a formula (a phone number such as +84 … is not). */
    static boolean formulaLike(String s) {
        char first = s.charAt(0);
        return first == '=' || first == '@'
                || ((first == '+' || first == '-') && (s.length() == 1 || !Character.isDigit(s.charAt(1))));
    }

    /** A CSV cell (RFC 4180), and formula-like text defused for spreadsheets. */
    static String quote(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String text = formulaLike(s) ? "'" + s : s;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || !text.equals(s)) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
