package vn.giamngheo.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.giamngheo.reporting.ReportViews.Count;
import vn.giamngheo.reporting.ReportViews.MovementFigures;
import vn.giamngheo.reporting.ReportViews.MovementKind;
import vn.giamngheo.reporting.ReportViews.MovementReport;
import vn.giamngheo.reporting.ReportViews.MovementRow;

/** Report contents as files: XLSX laid out like the official form, and CSV for machines. */
public final class ReportExports {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";

    private static final Locale VI = Locale.forLanguageTag("vi");

    private ReportExports() {
    }

    /** The form's names of the kinds of decrease and increase. */
    static String label(MovementKind kind, String code) {
        boolean poor = kind == MovementKind.POOR;
        return switch (code) {
            case "TO_NEAR_POOR" -> "Thoát nghèo, vào cận nghèo";
            case "TO_POOR" -> "Rơi xuống hộ nghèo";
            case "ESCAPED" -> poor ? "Thoát nghèo, vượt chuẩn cận nghèo" : "Thoát cận nghèo";
            case "FROM_NEAR_POOR" -> "Từ hộ cận nghèo";
            case "FROM_POOR" -> "Từ hộ nghèo";
            case "RE_POOR" -> "Tái nghèo";
            case "NEWLY_POOR", "NEWLY_NEAR_POOR" -> "Phát sinh mới";
            case "OTHER" -> "Khác";
            default -> code;
        };
    }

    static String title(MovementReport r) {
        return "BIỂU TỔNG HỢP DIỄN BIẾN " + (r.kind() == MovementKind.POOR ? "HỘ NGHÈO" : "HỘ CẬN NGHÈO") + " NĂM "
                + r.year();
    }

    /** The movement laid out like the form: group headers, kinds, then households (Hộ) and persons (Khẩu). */
    public static byte[] movementXlsx(MovementReport r) {
        List<String> decreases = Movement.decreaseKinds(r.kind());
        List<String> increases = Movement.increaseKinds(r.kind());
        String noun = r.kind() == MovementKind.POOR ? "hộ nghèo" : "hộ cận nghèo";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "GiamNgheo", "1.0");
            Worksheet ws = wb.newWorksheet("Diễn biến");
            int last = 2 + 2 + (decreases.size() + 1) * 2 + (increases.size() + 1) * 2 + 2 - 1;
            ws.value(0, 0, "ỦY BAN NHÂN DÂN " + r.areaName().toUpperCase(VI));
            ws.style(0, 0).bold().set();
            ws.value(1, 0, title(r));
            ws.range(1, 0, 1, last).merge();
            ws.style(1, 0).bold().fontSize(13).horizontalAlignment("center").set();
            ws.value(2, 0, "(Từ kết quả rà soát năm " + r.fromYear() + " đến kết quả rà soát năm " + r.year() + ")");
            ws.range(2, 0, 2, last).merge();
            ws.style(2, 0).italic().horizontalAlignment("center").set();
            ws.value(3, 0, "Đơn vị: " + r.areaName());
            ws.style(3, 0).italic().set();

            int h1 = 5;
            int h2 = 6;
            int h3 = 7;
            ws.value(h1, 0, "STT");
            ws.range(h1, 0, h3, 0).merge();
            ws.value(h1, 1, r.areaCode().length() == 2
                    ? "Xã, phường" : "Thôn, tổ dân phố");
            ws.range(h1, 1, h3, 1).merge();
            int c = 2;
            c = group(ws, h1, h2, h3, c, "Số " + noun + " đầu kỳ", java.util.Arrays.asList((String) null));
            List<String> dec = new ArrayList<>();
            dec.add("Tổng số");
            decreases.forEach(k -> dec.add(label(r.kind(), k)));
            c = group(ws, h1, h2, h3, c, "Số " + noun + " giảm trong kỳ", dec);
            List<String> inc = new ArrayList<>();
            inc.add("Tổng số");
            increases.forEach(k -> inc.add(label(r.kind(), k)));
            c = group(ws, h1, h2, h3, c, "Số " + noun + " tăng trong kỳ", inc);
            group(ws, h1, h2, h3, c, "Số " + noun + " cuối kỳ", java.util.Arrays.asList((String) null));
            ws.range(h1, 0, h3, last).style().bold().wrapText(true).horizontalAlignment("center")
                    .verticalAlignment("center").fillColor("D9E1F2").borderStyle(BorderStyle.THIN).set();

            int row = h3;
            int n = 0;
            for (MovementRow line : r.rows()) {
                row++;
                ws.value(row, 0, ++n);
                ws.value(row, 1, line.name());
                figures(ws, row, line.figures(), decreases, increases);
            }
            row++;
            ws.value(row, 1, "Tổng cộng");
            figures(ws, row, r.total(), decreases, increases);
            ws.range(h3 + 1, 0, row, last).style().borderStyle(BorderStyle.THIN).set();
            ws.range(row, 0, row, last).style().bold().borderStyle(BorderStyle.THIN).set();
            ws.width(0, 6);
            ws.width(1, 26);
            for (int col = 2; col <= last; col++) {
                ws.width(col, 9);
            }
            ws.freezePane(2, h3 + 1);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A group of columns: its title over one header per kind (or none), each split into Hộ and Khẩu. */
    private static int group(Worksheet ws, int h1, int h2, int h3, int c, String title, List<String> kinds) {
        int width = kinds.size() * 2;
        ws.value(h1, c, title);
        if (kinds.size() == 1 && kinds.get(0) == null) {
            ws.range(h1, c, h2, c + 1).merge();
        } else {
            ws.range(h1, c, h1, c + width - 1).merge();
            for (int i = 0; i < kinds.size(); i++) {
                ws.value(h2, c + i * 2, kinds.get(i));
                ws.range(h2, c + i * 2, h2, c + i * 2 + 1).merge();
            }
        }
        for (int i = 0; i < kinds.size(); i++) {
            ws.value(h3, c + i * 2, "Hộ");
            ws.value(h3, c + i * 2 + 1, "Khẩu");
        }
        return c + width;
    }

    private static void figures(Worksheet ws, int row, MovementFigures f, List<String> decreases,
            List<String> increases) {
        int c = 2;
        c = count(ws, row, c, f.start());
        c = count(ws, row, c, f.decreasesTotal());
        for (String k : decreases) {
            c = count(ws, row, c, f.decreases().get(k));
        }
        c = count(ws, row, c, f.increasesTotal());
        for (String k : increases) {
            c = count(ws, row, c, f.increases().get(k));
        }
        count(ws, row, c, f.end());
    }

    private static int count(Worksheet ws, int row, int c, Count count) {
        ws.value(row, c, count.households());
        ws.value(row, c + 1, count.persons());
        return c + 2;
    }

    /** The movement as CSV (UTF-8 with a byte-order mark, so that spreadsheets read the names). */
    public static byte[] movementCsv(MovementReport r) {
        List<String> decreases = Movement.decreaseKinds(r.kind());
        List<String> increases = Movement.increaseKinds(r.kind());
        StringBuilder sb = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of("code", "name", "start_households", "start_persons",
                "decreases_households", "decreases_persons"));
        decreases.forEach(k -> header.addAll(List.of("decrease_" + k + "_households", "decrease_" + k + "_persons")));
        header.addAll(List.of("increases_households", "increases_persons"));
        increases.forEach(k -> header.addAll(List.of("increase_" + k + "_households", "increase_" + k + "_persons")));
        header.addAll(List.of("end_households", "end_persons"));
        sb.append(String.join(",", header)).append("\r\n");
        for (MovementRow line : r.rows()) {
            csvLine(sb, line.key() == null ? "" : line.key(), line.name(), line.figures(), decreases, increases);
        }
        csvLine(sb, "TOTAL", r.areaName(), r.total(), decreases, increases);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void csvLine(StringBuilder sb, String code, String name, MovementFigures f, List<String> decreases,
            List<String> increases) {
        List<Object> cells = new ArrayList<>(List.of(code, quote(name)));
        add(cells, f.start());
        add(cells, f.decreasesTotal());
        decreases.forEach(k -> add(cells, f.decreases().get(k)));
        add(cells, f.increasesTotal());
        increases.forEach(k -> add(cells, f.increases().get(k)));
        add(cells, f.end());
        sb.append(String.join(",", cells.stream().map(String::valueOf).toList())).append("\r\n");
    }

    private static void add(List<Object> cells, Count c) {
        cells.add(c.households());
        cells.add(c.persons());
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    // ------------------------------------------------------------------ table reports

    /** A table report laid out like the form: committee, title, unit and year, headers, rows, total. */
    public static byte[] tableXlsx(ReportViews.TableReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "GiamNgheo", "1.0");
            Worksheet ws = wb.newWorksheet("Biểu");
            int last = r.columns().size() + 1;
            header(ws, r.areaName(), r.title(), "Năm " + r.year(), last);
            int h = 5;
            ws.value(h, 0, "STT");
            ws.value(h, 1, r.areaCode().length() == 2 ? "Xã, phường" : "Thôn, tổ dân phố");
            for (int c = 0; c < r.columns().size(); c++) {
                ws.value(h, c + 2, r.columns().get(c).label());
            }
            ws.range(h, 0, h, last).style().bold().wrapText(true).horizontalAlignment("center")
                    .verticalAlignment("center").fillColor("D9E1F2").borderStyle(BorderStyle.THIN).set();
            int row = h;
            int n = 0;
            for (ReportViews.ReportRow line : r.rows()) {
                row++;
                ws.value(row, 0, ++n);
                ws.value(row, 1, line.name());
                values(ws, row, r, line);
            }
            row++;
            ws.value(row, 1, r.total().name());
            values(ws, row, r, r.total());
            ws.range(h + 1, 0, row, last).style().borderStyle(BorderStyle.THIN).set();
            ws.range(row, 0, row, last).style().bold().borderStyle(BorderStyle.THIN).set();
            ws.width(0, 6);
            ws.width(1, 26);
            for (int col = 2; col <= last; col++) {
                ws.width(col, 12);
            }
            ws.freezePane(2, h + 1);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void header(Worksheet ws, String areaName, String title, String period, int last) {
        ws.value(0, 0, "ỦY BAN NHÂN DÂN " + areaName.toUpperCase(VI));
        ws.style(0, 0).bold().set();
        ws.value(1, 0, title);
        ws.range(1, 0, 1, last).merge();
        ws.style(1, 0).bold().fontSize(13).horizontalAlignment("center").wrapText(true).set();
        ws.value(2, 0, period);
        ws.range(2, 0, 2, last).merge();
        ws.style(2, 0).italic().horizontalAlignment("center").set();
        ws.value(3, 0, "Đơn vị: " + areaName);
        ws.style(3, 0).italic().set();
    }

    private static void values(Worksheet ws, int row, ReportViews.TableReport r, ReportViews.ReportRow line) {
        for (int c = 0; c < r.columns().size(); c++) {
            Number v = line.values().get(r.columns().get(c).key());
            if (v != null) {
                ws.value(row, c + 2, v);
            }
        }
    }

    public static byte[] tableCsv(ReportViews.TableReport r) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of("code", "name"));
        r.columns().forEach(c -> header.add(c.key()));
        sb.append(String.join(",", header)).append("\r\n");
        for (ReportViews.ReportRow line : r.rows()) {
            tableLine(sb, line.key() == null ? "" : line.key(), line.name(), r, line);
        }
        tableLine(sb, "TOTAL", r.areaName(), r, r.total());
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void tableLine(StringBuilder sb, String code, String name, ReportViews.TableReport r,
            ReportViews.ReportRow line) {
        List<String> cells = new ArrayList<>(List.of(code, quote(name)));
        r.columns().forEach(c -> cells.add(String.valueOf(line.values().getOrDefault(c.key(), 0))));
        sb.append(String.join(",", cells)).append("\r\n");
    }

    // ------------------------------------------------------------------ detailed lists

    /** The detailed list: one line per member, the household's columns on its first line. */
    public static byte[] householdListXlsx(ReportViews.HouseholdList list) {
        String[] headers = {"STT", "Mã hộ", "Họ và tên chủ hộ", "Thôn", "Xã, phường", "Chỉ số thiếu hụt",
            "Họ và tên thành viên", "Năm sinh", "Giới tính", "Quan hệ với chủ hộ", "Dân tộc"};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "GiamNgheo", "1.0");
            Worksheet ws = wb.newWorksheet("Danh sách");
            int last = headers.length - 1;
            header(ws, list.areaName(), "DANH SÁCH " + (list.kind() == MovementKind.POOR ? "HỘ NGHÈO" : "HỘ CẬN NGHÈO")
                    + " NĂM " + list.year(), "Năm " + list.year(), last);
            int h = 5;
            for (int c = 0; c < headers.length; c++) {
                ws.value(h, c, headers[c]);
            }
            ws.range(h, 0, h, last).style().bold().wrapText(true).horizontalAlignment("center")
                    .fillColor("D9E1F2").borderStyle(BorderStyle.THIN).set();
            int row = h;
            int n = 0;
            for (ReportViews.ListedHousehold hh : list.households()) {
                row++;
                ws.value(row, 0, ++n);
                ws.value(row, 1, hh.code());
                ws.value(row, 2, hh.headName());
                ws.value(row, 3, hh.villageName());
                ws.value(row, 4, hh.communeName());
                ws.value(row, 5, String.join("; ", hh.deprivedIndicators().stream()
                        .map(vn.giamngheo.classification.model.IndicatorNames::name).toList()));
                boolean first = true;
                for (ReportViews.ListedMember m : hh.members()) {
                    if (!first) {
                        row++;
                    }
                    first = false;
                    ws.value(row, 6, m.name());
                    if (m.birthYear() != null) {
                        ws.value(row, 7, m.birthYear());
                    }
                    ws.value(row, 8, "FEMALE".equals(m.sex()) ? "Nữ" : "MALE".equals(m.sex()) ? "Nam" : "");
                    ws.value(row, 9, m.relationToHead());
                    ws.value(row, 10, m.ethnicity());
                }
            }
            if (row > h) {
                ws.range(h + 1, 0, row, last).style().borderStyle(BorderStyle.THIN).set();
            }
            double[] widths = {6, 14, 24, 18, 20, 30, 24, 9, 9, 14, 12};
            for (int c = 0; c < widths.length; c++) {
                ws.width(c, widths[c]);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] householdListCsv(ReportViews.HouseholdList list) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append("household_code,head_name,village,commune,deprived_indicators,member_name,birth_year,sex,"
                + "relation_to_head,ethnicity\r\n");
        for (ReportViews.ListedHousehold hh : list.households()) {
            for (ReportViews.ListedMember m : hh.members()) {
                sb.append(String.join(",", List.of(hh.code(), quote(nz(hh.headName())), quote(nz(hh.villageName())),
                        quote(hh.communeName()), quote(String.join(";", hh.deprivedIndicators())), quote(m.name()),
                        m.birthYear() == null ? "" : String.valueOf(m.birthYear()), nz(m.sex()),
                        nz(m.relationToHead()), quote(nz(m.ethnicity()))))).append("\r\n");
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
