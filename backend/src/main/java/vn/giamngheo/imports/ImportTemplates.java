package vn.giamngheo.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.area.Village;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.imports.ImportColumns.Column;
import vn.giamngheo.imports.ImportColumns.Type;

/**
 * The files an officer fills: an XLSX workbook with the Vietnamese headers (a note on each), a sheet of
 * instructions, and a hidden sheet of the code lists behind the dropdowns (relation, sex, ethnicity, the yes/no
 * facts, the area's communes and, for a commune, its villages); or a CSV file with the headers only.
 */
@ApplicationScoped
public class ImportTemplates {

    /** Rows of the sheet that carry the dropdowns and the text format. */
    static final int ROWS = 5_000;
    static final String DATA_SHEET = "Hộ và thành viên";
    static final String LISTS_SHEET = "Danh mục";

    @Inject
    Jurisdiction jurisdiction;

    /** The area the template is for: the caller's commune or province (403 outside the caller's jurisdiction). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AdminUnit area(String areaCode) {
        AdminUnit unit = areaCode == null ? null : AdminUnit.findById(areaCode);
        if (unit == null || !(unit.isCommune() || unit.isProvince())) {
            throw new NotFoundException("area", areaCode);
        }
        jurisdiction.require(unit.code);
        return unit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] xlsx(AdminUnit area) {
        List<AdminUnit> communes = area.isCommune() ? List.of(area)
                : AdminUnit.<AdminUnit>list("provinceCode = ?1 and level = vn.giamngheo.area.UnitLevel.COMMUNE"
                        + " and validTo is null order by code", area.code);
        List<String> villages = area.isCommune()
                ? Village.<Village>list("communeCode = ?1 order by name", area.code).stream().map(v -> v.name).toList()
                : List.of();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out, area, communes, villages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void write(OutputStream out, AdminUnit area, List<AdminUnit> communes, List<String> villages)
            throws IOException {
        List<Column> columns = ImportColumns.HOUSEHOLDS;
        Workbook wb = new Workbook(out, "GiamNgheo", "1.0");
        Worksheet ws = wb.newWorksheet(DATA_SHEET);
        Worksheet help = wb.newWorksheet("Hướng dẫn");
        Worksheet lists = wb.newWorksheet(LISTS_SHEET);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            ws.value(0, c, column.header());
            ws.width(c, Math.max(14, Math.min(40, column.header().length() + 4)));
            if (column.hint() != null) {
                ws.comment(0, c, column.hint());
            }
        }
        ws.range(0, 0, 0, columns.size() - 1).style().bold().wrapText(true).fillColor("D9E1F2").set();
        ws.freezePane(0, 1);

        // the code lists, one column each, and the dropdown of every column that has one
        int listColumn = 0;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            List<String> options = switch (column.key()) {
                case "commune_code" -> communes.stream().map(u -> u.code + " - " + u.name).toList();
                case "village" -> villages;
                default -> column.options();
            };
            if (options.isEmpty()) {
                continue;
            }
            lists.value(0, listColumn, column.header());
            for (int i = 0; i < options.size(); i++) {
                lists.value(i + 1, listColumn, options.get(i));
            }
            String letter = letter(listColumn);
            ws.range(1, c, ROWS, c).validateWithListByFormula(
                    "'" + LISTS_SHEET + "'!$" + letter + "$2:$" + letter + "$" + (options.size() + 1))
                    .allowBlank(true).showErrorMessage(column.key().equals("village") || column.key().equals("commune_code")
                            ? false : true)
                    .errorTitle("Giá trị không hợp lệ").error("Chọn một giá trị trong danh sách của cột " + column.header());
            listColumn++;
        }
        // codes, citizen IDs and phone numbers are text: Excel must not drop their leading zeros
        for (String key : List.of("household_code", "household_number", "commune_code", "citizen_id", "phone")) {
            int c = ImportColumns.index(key);
            ws.range(1, c, ROWS, c).style().format("@").set();
        }
        for (String key : List.of("birth_date", "survey_date")) {
            int c = ImportColumns.index(key);
            ws.range(1, c, ROWS, c).style().format("dd/mm/yyyy").set();
        }
        lists.setVisibilityState(VisibilityState.HIDDEN);

        help.value(0, 0, "Mẫu nhập danh sách hộ gia đình và thành viên — " + area.fullName);
        help.style(0, 0).bold().fontSize(13).set();
        List<String> lines = new ArrayList<>(List.of(
                "Mỗi dòng là một thành viên. Các thành viên của một hộ có cùng \"Mã hộ\" (hộ đã có trong hệ thống) "
                        + "hoặc cùng \"Số thứ tự hộ\" (hộ mới).",
                "Mỗi hộ có đúng một người là \"Chủ hộ\"; hộ mới phải có số CCCD của chủ hộ để lần nhập sau nhận ra hộ.",
                "Kết quả rà soát của năm (từ cột \"Năm rà soát\") điền ở dòng của chủ hộ; để trống nếu chỉ nhập danh sách.",
                "Có/Không: chọn trong danh sách (cũng nhận x, 1, 0). Ngày: dd/mm/yyyy.",
                "Tải tệp lên trang \"Nhập dữ liệu\": hệ thống kiểm tra mọi dòng và cho xem kết quả trước khi ghi."));
        for (int i = 0; i < lines.size(); i++) {
            help.value(i + 2, 0, lines.get(i));
        }
        int r = lines.size() + 3;
        help.value(r, 0, "Cột");
        help.value(r, 1, "Bắt buộc");
        help.value(r, 2, "Giá trị");
        help.value(r, 3, "Mã cột (CSV)");
        help.range(r, 0, r, 3).style().bold().fillColor("D9E1F2").set();
        for (Column column : columns) {
            r++;
            help.value(r, 0, column.header());
            help.value(r, 1, column.required() ? "Có" : "");
            help.value(r, 2, describe(column));
            help.value(r, 3, column.key());
        }
        help.width(0, 45);
        help.width(1, 10);
        help.width(2, 70);
        help.width(3, 26);
        wb.finish();
    }

    private static String describe(Column column) {
        String values = switch (column.type()) {
            case CHOICE -> String.join("; ", column.options());
            case YES_NO -> "Có; Không";
            case ETHNICITY -> "Mã hoặc tên dân tộc (01 - Kinh …)";
            case DATE -> "dd/mm/yyyy";
            case INTEGER -> "Số nguyên";
            case DECIMAL -> "Số";
            case TEXT -> column.maxLength() > 0 ? "Tối đa " + column.maxLength() + " ký tự" : "";
        };
        return column.hint() == null || column.type() == Type.DATE ? values : values + ". " + column.hint();
    }

    /**
     * The CSV template: the Vietnamese headers, quoted, after a byte order mark (so that Excel opens it as UTF-8). A
     * system may use the column keys instead (see the instructions sheet).
     */
    public byte[] csv() {
        String header = java.util.Arrays.stream(ImportColumns.headers()).map(h -> '"' + h.replace("\"", "\"\"") + '"')
                .collect(java.util.stream.Collectors.joining(",")) + "\r\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = header.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        return all;
    }

    static String letter(int column) {
        StringBuilder s = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            s.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return s.toString();
    }
}
