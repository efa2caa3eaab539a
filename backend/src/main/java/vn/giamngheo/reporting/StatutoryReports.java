package vn.giamngheo.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.classification.model.IndicatorNames;
import vn.giamngheo.common.paging.Cursor;
import vn.giamngheo.common.sql.NativeValues;
import vn.giamngheo.common.text.VietnameseText;
import vn.giamngheo.household.Household;
import vn.giamngheo.reporting.ReportViews.HouseholdList;
import vn.giamngheo.reporting.ReportViews.ListedHousehold;
import vn.giamngheo.reporting.ReportViews.ListedMember;
import vn.giamngheo.reporting.ReportViews.MovementKind;
import vn.giamngheo.reporting.ReportViews.ReportColumn;
import vn.giamngheo.reporting.ReportViews.ReportRow;
import vn.giamngheo.reporting.ReportViews.TableReport;

/**
 * The statutory report contents of Thông tư 07/2021 (Phụ lục VII) from the yearly records of a year:
 * results summary, deprivation analysis, subgroups, ethnicity, causes of poverty, children's
 * deprivations and the detailed lists. A commune's report has a row per village, a province's a row
 * per commune, and both end with the total.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatutoryReports {

    /** The names of the table reports, as the API takes them. */
    public static final List<String> NAMES = List.of("summary", "deprivations", "subgroups", "ethnicity", "causes",
            "children");

    @Inject
    ReportQueries queries;

    private static EntityManager em() {
        return Household.getEntityManager();
    }

    /** A kept figure (V11__create_area_figures.sql) summed over a row: households and their amount. */
    private record Figure(String row, String classification, String item, long households, long amount) {
    }

    /**
     * The kept figures of a report for the year, summed by row (the villages of a commune, the communes of
     * a province), class and item; only the class's when one is given.
     */
    @SuppressWarnings("unchecked")
    private static List<Figure> figures(AdminUnit unit, int year, String report, MovementKind kind) {
        var query = em().createNativeQuery("SELECT " + ReportQueries.figureRow(unit) + ", classification, item,"
                + " sum(households), sum(amount) FROM area_year_figure WHERE " + ReportQueries.figureArea(unit)
                + " AND survey_year = :year AND report = :report"
                + (kind == null ? "" : " AND classification = :cls") + " GROUP BY 1, 2, 3")
                .setParameter("area", unit.code).setParameter("year", year).setParameter("report", report);
        if (kind != null) {
            query.setParameter("cls", kind.name());
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Figure((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }

    /** A row per village or commune with households of the class, the given values at zero. */
    private static Map<String, Map<String, Number>> rowsOf(AdminUnit unit, int year, MovementKind kind,
            String householdsKey, List<String> keys) {
        Map<String, Map<String, Number>> byRow = new LinkedHashMap<>();
        for (Figure f : figures(unit, year, "summary", kind)) {
            Map<String, Number> v = byRow.computeIfAbsent(f.row(), k -> {
                Map<String, Number> m = new LinkedHashMap<>();
                if (householdsKey != null) {
                    m.put(householdsKey, 0L);
                }
                keys.forEach(key -> m.put(key, 0L));
                return m;
            });
            if (householdsKey != null) {
                add(v, householdsKey, f.households());
            }
        }
        return byRow;
    }

    private static void add(Map<String, Number> values, String key, long n) {
        values.merge(key, n, (a, b) -> a.longValue() + b.longValue());
    }

    public TableReport table(String name, String areaCode, int year, MovementKind kind) {
        AdminUnit unit = queries.area(areaCode);
        return switch (name) {
            case "summary" -> summary(unit, year);
            case "deprivations" -> deprivations(unit, year, kind);
            case "subgroups" -> subgroups(unit, year, kind);
            case "ethnicity" -> ethnicity(unit, year, kind);
            case "causes" -> causes(unit, year, kind);
            case "children" -> children(unit, year, kind);
            default -> throw new vn.giamngheo.common.problem.NotFoundException("report", name);
        };
    }

    private static String noun(MovementKind kind) {
        return kind == MovementKind.POOR ? "HỘ NGHÈO" : "HỘ CẬN NGHÈO";
    }

    // ------------------------------------------------------------------ the reports

    private TableReport summary(AdminUnit unit, int year) {
        List<ReportColumn> columns = List.of(col("households", "Tổng số hộ"), col("persons", "Tổng số khẩu"),
                col("poor", "Số hộ nghèo"), col("poorPersons", "Số khẩu nghèo"), col("poorRate", "Tỷ lệ hộ nghèo (%)"),
                col("nearPoor", "Số hộ cận nghèo"), col("nearPoorPersons", "Số khẩu cận nghèo"),
                col("nearPoorRate", "Tỷ lệ hộ cận nghèo (%)"), col("averageLiving", "Số hộ có mức sống trung bình"));
        Map<String, Map<String, Number>> byRow = new LinkedHashMap<>();
        for (Figure f : figures(unit, year, "summary", null)) {
            Map<String, Number> v = byRow.computeIfAbsent(f.row(), k -> {
                Map<String, Number> m = new LinkedHashMap<>();
                List.of("households", "persons", "poor", "poorPersons", "nearPoor", "nearPoorPersons", "averageLiving")
                        .forEach(key -> m.put(key, 0L));
                return m;
            });
            add(v, "households", f.households());
            add(v, "persons", f.amount());
            switch (f.classification()) {
                case "POOR" -> {
                    add(v, "poor", f.households());
                    add(v, "poorPersons", f.amount());
                }
                case "NEAR_POOR" -> {
                    add(v, "nearPoor", f.households());
                    add(v, "nearPoorPersons", f.amount());
                }
                case "AVERAGE_LIVING" -> add(v, "averageLiving", f.households());
                default -> { }
            }
        }
        return build("summary", "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM " + year, unit, year, null,
                columns, byRow, v -> {
                    v.put("poorRate", pct(v.get("poor"), v.get("households")));
                    v.put("nearPoorRate", pct(v.get("nearPoor"), v.get("households")));
                });
    }

    private TableReport deprivations(AdminUnit unit, int year, MovementKind kind) {
        List<String> indicators = indicators(year);
        List<ReportColumn> columns = new ArrayList<>();
        columns.add(col("households", "Số " + noun(kind).toLowerCase() + ""));
        for (String code : indicators) {
            columns.add(col(code, IndicatorNames.name(code) + " (hộ)"));
            columns.add(col(code + "_pct", IndicatorNames.name(code) + " (%)"));
        }
        Map<String, Map<String, Number>> byRow = rowsOf(unit, year, kind, "households", indicators);
        for (Figure f : figures(unit, year, "deprivation", kind)) {
            Map<String, Number> v = byRow.get(f.row());
            if (v != null && indicators.contains(f.item())) {
                add(v, f.item(), f.households());
            }
        }
        return build("deprivations", "BIỂU PHÂN TÍCH MỨC ĐỘ THIẾU HỤT CÁC DỊCH VỤ XÃ HỘI CƠ BẢN CỦA " + noun(kind)
                + " NĂM " + year, unit, year, kind, columns, byRow,
                v -> indicators.forEach(code -> v.put(code + "_pct", pct(v.get(code), v.get("households")))));
    }

    private TableReport subgroups(AdminUnit unit, int year, MovementKind kind) {
        List<ReportColumn> columns = List.of(col("households", "Tổng số"), col("ethnicMinority", "Hộ dân tộc thiểu số"),
                col("noLabourCapacity", "Hộ không có khả năng lao động"),
                col("meritoriousMember", "Hộ có thành viên là người có công"), col("other", "Hộ khác"));
        List<String> groups = List.of("ethnicMinority", "noLabourCapacity", "meritoriousMember", "other");
        Map<String, Map<String, Number>> byRow = rowsOf(unit, year, kind, "households", groups);
        for (Figure f : figures(unit, year, "subgroup", kind)) {
            Map<String, Number> v = byRow.get(f.row());
            if (v != null && groups.contains(f.item())) {
                add(v, f.item(), f.households());
            }
        }
        return build("subgroups", "BIỂU " + noun(kind) + " THEO NHÓM ĐỐI TƯỢNG NĂM " + year, unit, year, kind, columns,
                byRow, v -> { });
    }

    private TableReport ethnicity(AdminUnit unit, int year, MovementKind kind) {
        List<Figure> figures = figures(unit, year, "ethnicity", kind);
        Set<String> groups = new java.util.TreeSet<>();
        figures.forEach(f -> groups.add(f.item()));
        List<ReportColumn> columns = new ArrayList<>();
        columns.add(col("households", "Tổng số hộ"));
        columns.add(col("persons", "Tổng số khẩu"));
        List<String> keys = new ArrayList<>();
        for (String g : groups) {
            String name = "00".equals(g) ? "Chưa rõ" : EthnicGroups.name(g);
            columns.add(col("households_" + g, name + " (hộ)"));
            columns.add(col("persons_" + g, name + " (khẩu)"));
            keys.add("households_" + g);
            keys.add("persons_" + g);
        }
        Map<String, Map<String, Number>> byRow = rowsOf(unit, year, kind, "households", keys);
        byRow.values().forEach(v -> v.put("persons", 0L));
        for (Figure f : figures) {
            Map<String, Number> v = byRow.get(f.row());
            if (v != null) {
                add(v, "persons", f.amount());
                add(v, "households_" + f.item(), f.households());
                add(v, "persons_" + f.item(), f.amount());
            }
        }
        return build("ethnicity", "BIỂU " + noun(kind) + " THEO DÂN TỘC NĂM " + year, unit, year, kind, columns,
                byRow, v -> { });
    }

    private TableReport causes(AdminUnit unit, int year, MovementKind kind) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("LACK_OF_LAND", "Thiếu đất sản xuất");
        labels.put("LACK_OF_CAPITAL", "Thiếu vốn");
        labels.put("LACK_OF_LABOUR", "Thiếu lao động");
        labels.put("LACK_OF_TOOLS", "Thiếu phương tiện sản xuất");
        labels.put("LACK_OF_KNOW_HOW", "Không biết cách làm ăn");
        labels.put("LACK_OF_SKILLS", "Thiếu tay nghề");
        labels.put("ILLNESS_OR_ACCIDENT", "Ốm đau, bệnh nặng, tai nạn");
        labels.put("OLD_AGE_OR_LOST_CAPACITY", "Già yếu, mất sức lao động");
        labels.put("OTHER", "Nguyên nhân khác");
        List<ReportColumn> columns = new ArrayList<>();
        columns.add(col("households", "Tổng số"));
        labels.forEach((k, label) -> columns.add(col(k, label)));
        Map<String, Map<String, Number>> byRow = rowsOf(unit, year, kind, "households",
                new ArrayList<>(labels.keySet()));
        for (Figure f : figures(unit, year, "cause", kind)) {
            Map<String, Number> v = byRow.get(f.row());
            if (v != null && labels.containsKey(f.item())) {
                add(v, f.item(), f.households());
            }
        }
        return build("causes", "BIỂU " + noun(kind) + " THEO NGUYÊN NHÂN NĂM " + year, unit, year, kind, columns, byRow,
                v -> { });
    }

    private TableReport children(AdminUnit unit, int year, MovementKind kind) {
        List<ReportColumn> columns = List.of(col("householdsWithChildren", "Số hộ có trẻ em dưới 16 tuổi"),
                col("children", "Số trẻ em dưới 16 tuổi"),
                col("nutrition", "Hộ thiếu hụt dinh dưỡng trẻ em"),
                col("childSchooling", "Hộ có trẻ em không được đi học"),
                col("childrenUninsured", "Trẻ em không có bảo hiểm y tế"));
        Map<String, Map<String, Number>> byRow = rowsOf(unit, year, kind, null,
                List.of("householdsWithChildren", "children", "nutrition", "childSchooling", "childrenUninsured"));
        for (Figure f : figures(unit, year, "children", kind)) {
            Map<String, Number> v = byRow.get(f.row());
            if (v == null) {
                continue;
            }
            switch (f.item()) {
                case "households" -> {
                    add(v, "householdsWithChildren", f.households());
                    add(v, "children", f.amount());
                }
                case "nutrition" -> add(v, "nutrition", f.households());
                case "schooling" -> add(v, "childSchooling", f.households());
                case "uninsured" -> add(v, "childrenUninsured", f.amount());
                default -> { }
            }
        }
        return build("children", "BIỂU THIẾU HỤT CỦA TRẺ EM TRONG " + noun(kind) + " NĂM " + year, unit, year, kind,
                columns, byRow, v -> { });
    }

    // ------------------------------------------------------------------ detailed list

    /**
     * The detailed list of the class's households with their members. A page (limit given) is in code order,
     * after the household code in the cursor; the whole list (limit null, for the form) is in village order.
     */
    @SuppressWarnings("unchecked")
    public HouseholdList householdList(String areaCode, int year, MovementKind kind, Integer limit, String after) {
        AdminUnit unit = queries.area(areaCode);
        String area = unit.isProvince() ? "h.province_code = :area" : "h.commune_code = :area";
        String afterCode = after == null ? null : Cursor.decode(after, 1).get(0);
        var query = em().createNativeQuery("SELECT h.code, h.head_name, v.name, u.full_name, r.classification,"
                + " r.deprived_indicators, CAST(r.member_facts AS text)"
                + " FROM household h JOIN household_status st ON st.household_id = h.id AND st.year = :year"
                + " JOIN household_record r ON r.id = st.record_id"
                + " JOIN admin_unit u ON u.code = h.commune_code LEFT JOIN village v ON v.id = h.village_id"
                + " WHERE st.classification = :cls AND " + area
                + (afterCode == null ? "" : " AND h.code > :after")
                + (limit == null ? " ORDER BY h.commune_code, v.name NULLS LAST, h.code" : " ORDER BY h.code"))
                .setParameter("area", unit.code).setParameter("year", year).setParameter("cls", kind.name());
        if (afterCode != null) {
            query.setParameter("after", afterCode);
        }
        if (limit != null) {
            query.setMaxResults(limit + 1);
        }
        List<Object[]> rows = query.getResultList();
        String next = null;
        if (limit != null && rows.size() > limit) {
            rows = rows.subList(0, limit);
            next = Cursor.encode((String) rows.get(limit - 1)[0]);
        }
        List<ListedHousehold> list = new ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (Object[] r : rows) {
            List<ListedMember> members = new ArrayList<>();
            try {
                for (com.fasterxml.jackson.databind.JsonNode m : mapper.readTree((String) r[6])) {
                    String birth = m.path("birthDate").asText(null);
                    members.add(new ListedMember(m.path("name").asText(""),
                            birth == null || birth.length() < 4 ? null : Integer.valueOf(birth.substring(0, 4)),
                            m.path("sex").asText(null), m.path("relationToHead").asText(null),
                            m.hasNonNull("ethnicity") ? EthnicGroups.name(m.path("ethnicity").asText()) : null));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            list.add(new ListedHousehold((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    NativeValues.strings(r[5]), members));
        }
        return new HouseholdList(unit.code, unit.fullName, year, kind, list, next);
    }

    // ------------------------------------------------------------------ helpers

    /** The indicators of the published standard governing the year (none before the first). */
    private List<String> indicators(int year) {
        String standard = queries.governingStandard(year);
        return standard == null ? List.of() : queries.indicatorsOf(standard);
    }

    private static ReportColumn col(String key, String label) {
        return new ReportColumn(key, label);
    }

    static BigDecimal pct(Number part, Number whole) {
        if (whole == null || whole.longValue() == 0 || part == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part.doubleValue() * 100 / whole.doubleValue()).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Rows in name order with their derived values, and the total: the sum of every count, then the same
     * derived values computed on the sums (a rate of the total is never a sum of rates).
     */
    private TableReport build(String report, String title, AdminUnit unit, int year, MovementKind kind,
            List<ReportColumn> columns, Map<String, Map<String, Number>> byRow,
            java.util.function.Consumer<Map<String, Number>> derive) {
        Map<String, String> names = ReportQueries.rowNames(unit, byRow.keySet());
        Map<String, Number> sums = new LinkedHashMap<>();
        Set<String> derived = new LinkedHashSet<>();
        for (Map<String, Number> v : byRow.values()) {
            v.forEach((k, n) -> sums.merge(k, n.longValue(), (a, b) -> a.longValue() + b.longValue()));
        }
        List<ReportRow> rows = new ArrayList<>();
        byRow.forEach((key, v) -> {
            Set<String> before = new LinkedHashSet<>(v.keySet());
            derive.accept(v);
            v.keySet().stream().filter(k -> !before.contains(k)).forEach(derived::add);
            rows.add(new ReportRow("—".equals(key) ? null : key, names.getOrDefault(key, key), ordered(columns, v)));
        });
        derived.forEach(sums::remove);
        columns.forEach(c -> sums.putIfAbsent(c.key(), 0L));
        derive.accept(sums);
        rows.sort(Comparator.comparing(ReportRow::name, VietnameseText.ORDER));
        return new TableReport(report, title, unit.code, unit.fullName, year, kind, columns, rows,
                new ReportRow(null, "Tổng cộng", ordered(columns, sums)));
    }

    private static Map<String, Number> ordered(List<ReportColumn> columns, Map<String, Number> values) {
        Map<String, Number> m = new LinkedHashMap<>();
        columns.forEach(c -> m.put(c.key(), values.getOrDefault(c.key(), 0L)));
        return m;
    }

}
