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
import java.util.UUID;
import vn.giamngheo.common.sql.NativeValues;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.area.Village;
import vn.giamngheo.classification.model.IndicatorNames;
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

    /** The records of the year in the area, with the row each belongs to. */
    private static String records(AdminUnit unit) {
        String rowKey = unit.isProvince() ? "h.commune_code" : "coalesce(CAST(h.village_id AS varchar), '—')";
        String area = unit.isProvince() ? "h.province_code = :area" : "h.commune_code = :area";
        return "WITH rec AS (SELECT h.id, " + rowKey + " AS row_key, r.classification,"
                + " jsonb_array_length(r.member_facts) AS persons, r.deprived_indicators, r.causes, r.member_facts,"
                + " r.survey_date, r.explanation -> 'subgroups' AS subgroups"
                + " FROM household_record r JOIN household h ON h.id = r.household_id"
                + " WHERE r.current AND r.survey_year = :year AND " + area + ") ";
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

    @SuppressWarnings("unchecked")
    private TableReport summary(AdminUnit unit, int year) {
        // a province's rows are its communes: the yearly figures kept per commune (V10) hold them
        List<Object[]> rows = unit.isProvince()
                ? em().createNativeQuery("SELECT commune_code, households, persons, poor, poor_persons, near_poor,"
                        + " near_poor_persons, average_living FROM area_year_stat"
                        + " WHERE province_code = :area AND survey_year = :year").setParameter("area", unit.code)
                        .setParameter("year", year).getResultList()
                : em().createNativeQuery(records(unit) + "SELECT row_key, count(*), sum(persons),"
                + " count(*) FILTER (WHERE classification = 'POOR'), coalesce(sum(persons) FILTER (WHERE classification = 'POOR'), 0),"
                + " count(*) FILTER (WHERE classification = 'NEAR_POOR'),"
                + " coalesce(sum(persons) FILTER (WHERE classification = 'NEAR_POOR'), 0),"
                + " count(*) FILTER (WHERE classification = 'AVERAGE_LIVING')"
                + " FROM rec GROUP BY 1").setParameter("area", unit.code).setParameter("year", year).getResultList();
        List<ReportColumn> columns = List.of(col("households", "Tổng số hộ"), col("persons", "Tổng số khẩu"),
                col("poor", "Số hộ nghèo"), col("poorPersons", "Số khẩu nghèo"), col("poorRate", "Tỷ lệ hộ nghèo (%)"),
                col("nearPoor", "Số hộ cận nghèo"), col("nearPoorPersons", "Số khẩu cận nghèo"),
                col("nearPoorRate", "Tỷ lệ hộ cận nghèo (%)"), col("averageLiving", "Số hộ có mức sống trung bình"));
        Map<String, Map<String, Number>> byRow = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Map<String, Number> v = new LinkedHashMap<>();
            String[] keys = {"households", "persons", "poor", "poorPersons", "nearPoor", "nearPoorPersons",
                "averageLiving"};
            int[] idx = {1, 2, 3, 4, 5, 6, 7};
            for (int i = 0; i < keys.length; i++) {
                v.put(keys[i], ((Number) r[idx[i]]).longValue());
            }
            byRow.put((String) r[0], v);
        }
        return build("summary", "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM " + year, unit, year, null,
                columns, byRow, v -> {
                    v.put("poorRate", pct(v.get("poor"), v.get("households")));
                    v.put("nearPoorRate", pct(v.get("nearPoor"), v.get("households")));
                });
    }

    @SuppressWarnings("unchecked")
    private TableReport deprivations(AdminUnit unit, int year, MovementKind kind) {
        List<Object[]> totals;
        List<Object[]> counts;
        if (unit.isProvince()) {
            // by commune, from the yearly figures kept per commune (V10)
            totals = em().createNativeQuery("SELECT commune_code, CASE WHEN :cls = 'POOR' THEN poor ELSE near_poor END"
                    + " FROM area_year_stat WHERE province_code = :area AND survey_year = :year")
                    .setParameter("area", unit.code).setParameter("year", year).setParameter("cls", kind.name())
                    .getResultList();
            totals = totals.stream().filter(r -> ((Number) r[1]).intValue() > 0).toList();
            counts = em().createNativeQuery("SELECT commune_code, indicator, households FROM area_year_deprivation"
                    + " WHERE province_code = :area AND survey_year = :year AND classification = :cls")
                    .setParameter("area", unit.code).setParameter("year", year).setParameter("cls", kind.name())
                    .getResultList();
        } else {
            totals = em().createNativeQuery(records(unit) + "SELECT row_key, count(*) FROM rec"
                    + " WHERE classification = :cls GROUP BY 1").setParameter("area", unit.code).setParameter("year", year)
                    .setParameter("cls", kind.name()).getResultList();
            counts = em().createNativeQuery(records(unit) + "SELECT row_key, d.code, count(*) FROM rec"
                    + " CROSS JOIN LATERAL unnest(deprived_indicators) AS d(code) WHERE classification = :cls GROUP BY 1, 2")
                    .setParameter("area", unit.code).setParameter("year", year).setParameter("cls", kind.name())
                    .getResultList();
        }
        List<String> indicators = indicators(year);
        List<ReportColumn> columns = new ArrayList<>();
        columns.add(col("households", "Số " + noun(kind).toLowerCase() + ""));
        for (String code : indicators) {
            columns.add(col(code, IndicatorNames.name(code) + " (hộ)"));
            columns.add(col(code + "_pct", IndicatorNames.name(code) + " (%)"));
        }
        Map<String, Map<String, Number>> byRow = new LinkedHashMap<>();
        for (Object[] r : totals) {
            Map<String, Number> v = new LinkedHashMap<>();
            v.put("households", ((Number) r[1]).longValue());
            indicators.forEach(code -> v.put(code, 0L));
            byRow.put((String) r[0], v);
        }
        for (Object[] r : counts) {
            Map<String, Number> v = byRow.get((String) r[0]);
            if (v != null && indicators.contains((String) r[1])) {
                v.put((String) r[1], ((Number) r[2]).longValue());
            }
        }
        return build("deprivations", "BIỂU PHÂN TÍCH MỨC ĐỘ THIẾU HỤT CÁC DỊCH VỤ XÃ HỘI CƠ BẢN CỦA " + noun(kind)
                + " NĂM " + year, unit, year, kind, columns, byRow,
                v -> indicators.forEach(code -> v.put(code + "_pct", pct(v.get(code), v.get("households")))));
    }

    @SuppressWarnings("unchecked")
    private TableReport subgroups(AdminUnit unit, int year, MovementKind kind) {
        List<Object[]> rows = em().createNativeQuery(records(unit) + "SELECT row_key, count(*),"
                + " count(*) FILTER (WHERE subgroups ->> 'ethnicMinority' = 'true'),"
                + " count(*) FILTER (WHERE subgroups ->> 'noLabourCapacity' = 'true'),"
                + " count(*) FILTER (WHERE subgroups ->> 'meritoriousMember' = 'true'),"
                + " count(*) FILTER (WHERE coalesce(subgroups ->> 'ethnicMinority', 'false') <> 'true'"
                + "   AND coalesce(subgroups ->> 'noLabourCapacity', 'false') <> 'true'"
                + "   AND coalesce(subgroups ->> 'meritoriousMember', 'false') <> 'true')"
                + " FROM rec WHERE classification = :cls GROUP BY 1").setParameter("area", unit.code)
                .setParameter("year", year).setParameter("cls", kind.name()).getResultList();
        List<ReportColumn> columns = List.of(col("households", "Tổng số"), col("ethnicMinority", "Hộ dân tộc thiểu số"),
                col("noLabourCapacity", "Hộ không có khả năng lao động"),
                col("meritoriousMember", "Hộ có thành viên là người có công"), col("other", "Hộ khác"));
        Map<String, Map<String, Number>> byRow = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Map<String, Number> v = new LinkedHashMap<>();
            String[] keys = {"households", "ethnicMinority", "noLabourCapacity", "meritoriousMember", "other"};
            for (int i = 0; i < keys.length; i++) {
                v.put(keys[i], ((Number) r[i + 1]).longValue());
            }
            byRow.put((String) r[0], v);
        }
        return build("subgroups", "BIỂU " + noun(kind) + " THEO NHÓM ĐỐI TƯỢNG NĂM " + year, unit, year, kind, columns,
                byRow, v -> { });
    }

    @SuppressWarnings("unchecked")
    private TableReport ethnicity(AdminUnit unit, int year, MovementKind kind) {
        List<Object[]> rows = em().createNativeQuery(records(unit) + "SELECT row_key, coalesce((SELECT m ->> 'ethnicity'"
                + "   FROM jsonb_array_elements(member_facts) m WHERE m ->> 'relationToHead' = 'HEAD' LIMIT 1), '00'),"
                + " count(*), sum(persons) FROM rec WHERE classification = :cls GROUP BY 1, 2")
                .setParameter("area", unit.code).setParameter("year", year).setParameter("cls", kind.name())
                .getResultList();
        Set<String> groups = new java.util.TreeSet<>();
        rows.forEach(r -> groups.add((String) r[1]));
        List<ReportColumn> columns = new ArrayList<>();
        columns.add(col("households", "Tổng số hộ"));
        columns.add(col("persons", "Tổng số khẩu"));
        for (String g : groups) {
            String name = "00".equals(g) ? "Chưa rõ" : EthnicGroups.name(g);
            columns.add(col("households_" + g, name + " (hộ)"));
            columns.add(col("persons_" + g, name + " (khẩu)"));
        }
        Map<String, Map<String, Number>> byRow = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Map<String, Number> v = byRow.computeIfAbsent((String) r[0], k -> {
                Map<String, Number> m = new LinkedHashMap<>();
                m.put("households", 0L);
                m.put("persons", 0L);
                groups.forEach(g -> {
                    m.put("households_" + g, 0L);
                    m.put("persons_" + g, 0L);
                });
                return m;
            });
            long h = ((Number) r[2]).longValue();
            long p = ((Number) r[3]).longValue();
            v.merge("households", h, (a, b) -> a.longValue() + b.longValue());
            v.merge("persons", p, (a, b) -> a.longValue() + b.longValue());
            v.put("households_" + r[1], h);
            v.put("persons_" + r[1], p);
        }
        return build("ethnicity", "BIỂU " + noun(kind) + " THEO DÂN TỘC NĂM " + year, unit, year, kind, columns,
                byRow, v -> { });
    }

    @SuppressWarnings("unchecked")
    private TableReport causes(AdminUnit unit, int year, MovementKind kind) {
        List<Object[]> totals = em().createNativeQuery(records(unit) + "SELECT row_key, count(*) FROM rec"
                + " WHERE classification = :cls GROUP BY 1").setParameter("area", unit.code).setParameter("year", year)
                .setParameter("cls", kind.name()).getResultList();
        List<Object[]> counts = em().createNativeQuery(records(unit) + "SELECT row_key, c.code, count(*) FROM rec"
                + " CROSS JOIN LATERAL unnest(causes) AS c(code) WHERE classification = :cls GROUP BY 1, 2")
                .setParameter("area", unit.code).setParameter("year", year).setParameter("cls", kind.name())
                .getResultList();
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
        Map<String, Map<String, Number>> byRow = new LinkedHashMap<>();
        for (Object[] r : totals) {
            Map<String, Number> v = new LinkedHashMap<>();
            v.put("households", ((Number) r[1]).longValue());
            labels.keySet().forEach(k -> v.put(k, 0L));
            byRow.put((String) r[0], v);
        }
        for (Object[] r : counts) {
            Map<String, Number> v = byRow.get((String) r[0]);
            if (v != null && labels.containsKey((String) r[1])) {
                v.put((String) r[1], ((Number) r[2]).longValue());
            }
        }
        return build("causes", "BIỂU " + noun(kind) + " THEO NGUYÊN NHÂN NĂM " + year, unit, year, kind, columns, byRow,
                v -> { });
    }

    @SuppressWarnings("unchecked")
    private TableReport children(AdminUnit unit, int year, MovementKind kind) {
        List<Object[]> rows = em().createNativeQuery(records(unit) + ", kids AS (SELECT row_key, id, deprived_indicators,"
                + "   (SELECT count(*) FROM jsonb_array_elements(member_facts) m WHERE m ->> 'birthDate' IS NOT NULL"
                + "     AND CAST(m ->> 'birthDate' AS date) > survey_date - INTERVAL '16 years') AS children,"
                + "   (SELECT count(*) FROM jsonb_array_elements(member_facts) m WHERE m ->> 'birthDate' IS NOT NULL"
                + "     AND CAST(m ->> 'birthDate' AS date) > survey_date - INTERVAL '16 years'"
                + "     AND m ->> 'healthInsurance' = 'false') AS uninsured"
                + "   FROM rec WHERE classification = :cls)"
                + " SELECT row_key, count(*) FILTER (WHERE children > 0), coalesce(sum(children), 0),"
                + " count(*) FILTER (WHERE children > 0 AND 'NUTRITION' = ANY(deprived_indicators)),"
                + " count(*) FILTER (WHERE children > 0 AND 'CHILD_SCHOOLING' = ANY(deprived_indicators)),"
                + " coalesce(sum(uninsured), 0) FROM kids GROUP BY 1")
                .setParameter("area", unit.code).setParameter("year", year).setParameter("cls", kind.name())
                .getResultList();
        List<ReportColumn> columns = List.of(col("householdsWithChildren", "Số hộ có trẻ em dưới 16 tuổi"),
                col("children", "Số trẻ em dưới 16 tuổi"),
                col("nutrition", "Hộ thiếu hụt dinh dưỡng trẻ em"),
                col("childSchooling", "Hộ có trẻ em không được đi học"),
                col("childrenUninsured", "Trẻ em không có bảo hiểm y tế"));
        Map<String, Map<String, Number>> byRow = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Map<String, Number> v = new LinkedHashMap<>();
            String[] keys = {"householdsWithChildren", "children", "nutrition", "childSchooling", "childrenUninsured"};
            for (int i = 0; i < keys.length; i++) {
                v.put(keys[i], ((Number) r[i + 1]).longValue());
            }
            byRow.put((String) r[0], v);
        }
        return build("children", "BIỂU THIẾU HỤT CỦA TRẺ EM TRONG " + noun(kind) + " NĂM " + year, unit, year, kind,
                columns, byRow, v -> { });
    }

    // ------------------------------------------------------------------ detailed list

    @SuppressWarnings("unchecked")
    public HouseholdList householdList(String areaCode, int year, MovementKind kind) {
        AdminUnit unit = queries.area(areaCode);
        String area = unit.isProvince() ? "h.province_code = :area" : "h.commune_code = :area";
        List<Object[]> rows = em().createNativeQuery("SELECT h.code, h.head_name, v.name, u.full_name, r.classification,"
                + " r.deprived_indicators, CAST(r.member_facts AS text)"
                + " FROM household_record r JOIN household h ON h.id = r.household_id"
                + " JOIN admin_unit u ON u.code = h.commune_code LEFT JOIN village v ON v.id = h.village_id"
                + " WHERE r.current AND r.survey_year = :year AND r.classification = :cls AND " + area
                + " ORDER BY h.commune_code, v.name NULLS LAST, h.code")
                .setParameter("area", unit.code).setParameter("year", year).setParameter("cls", kind.name())
                .getResultList();
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
        return new HouseholdList(unit.code, unit.fullName, year, kind, list);
    }

    // ------------------------------------------------------------------ helpers

    /** The indicators of the published standard governing the year (none before the first). */
    private List<String> indicators(int year) {
        Object standard = em().createNativeQuery("SELECT code FROM poverty_standard WHERE status <> 'DRAFT'"
                + " AND year_from <= :year AND year_to >= :year ORDER BY year_from DESC, code LIMIT 1")
                .setParameter("year", year).getResultStream().findFirst().orElse(null);
        return standard == null ? List.of() : queries.indicatorsOf((String) standard);
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
        Map<String, String> names = rowNames(unit, byRow.keySet());
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
        rows.sort(Comparator.comparing(ReportRow::name));
        return new TableReport(report, title, unit.code, unit.fullName, year, kind, columns, rows,
                new ReportRow(null, "Tổng cộng", ordered(columns, sums)));
    }

    private static Map<String, Number> ordered(List<ReportColumn> columns, Map<String, Number> values) {
        Map<String, Number> m = new LinkedHashMap<>();
        columns.forEach(c -> m.put(c.key(), values.getOrDefault(c.key(), 0L)));
        return m;
    }

    private static Map<String, String> rowNames(AdminUnit unit, Set<String> keys) {
        Map<String, String> names = new LinkedHashMap<>();
        if (unit.isProvince()) {
            List<String> codes = keys.stream().toList();
            if (!codes.isEmpty()) {
                AdminUnit.<AdminUnit>list("code in ?1", codes).forEach(u -> names.put(u.code, u.fullName));
            }
        } else {
            List<UUID> ids = keys.stream().filter(k -> !"—".equals(k)).map(UUID::fromString).toList();
            if (!ids.isEmpty()) {
                Village.<Village>list("id in ?1", ids).forEach(v -> names.put(v.id.toString(), v.name));
            }
            names.put("—", "Chưa gán thôn");
        }
        return names;
    }

}
