package vn.giamngheo.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.area.Village;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.classification.model.StandardDefinition;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.common.text.VietnameseText;
import vn.giamngheo.household.Household;
import vn.giamngheo.reporting.ReportViews.AlkireFosterView;
import vn.giamngheo.reporting.ReportViews.MovementFigures;
import vn.giamngheo.reporting.ReportViews.MovementKind;
import vn.giamngheo.reporting.ReportViews.MovementReport;
import vn.giamngheo.reporting.ReportViews.MovementRow;
import vn.giamngheo.reporting.ReportViews.TransitionMatrix;
import vn.giamngheo.standard.PovertyStandard;

/**
 * Report contents computed from the registry's yearly records, for a commune (rows by village) or a
 * province (rows by commune), within the caller's jurisdiction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportQueries {

    static final String NO_VILLAGE = "—";

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    ObjectMapper objectMapper;

    private static EntityManager em() {
        return Household.getEntityManager();
    }

    /** The commune or province, if it exists and lies in the caller's jurisdiction. */
    AdminUnit area(String code) {
        AdminUnit unit = code == null ? null : AdminUnit.findById(code);
        if (unit == null || !(unit.isCommune() || unit.isProvince())) {
            throw new NotFoundException("area", code);
        }
        jurisdiction.require(unit.code);
        return unit;
    }

    private static String areaFilter(AdminUnit unit) {
        return unit.isProvince() ? "h.province_code = :area" : "h.commune_code = :area";
    }

    // ------------------------------------------------------------------ movement

    /**
     * Where the kept figures (V11__create_area_figures.sql) of an area are, and what their rows are: a
     * province's rows are its communes, a commune's its villages.
     */
    static String figureArea(AdminUnit unit) {
        return unit.isProvince() ? "province_code = :area" : "commune_code = :area";
    }

    static String figureRow(AdminUnit unit) {
        return unit.isProvince() ? "commune_code" : "village_key";
    }

    @SuppressWarnings("unchecked")
    public MovementReport movement(String areaCode, int year, MovementKind kind) {
        AdminUnit unit = area(areaCode);
        List<Object[]> rows = em().createNativeQuery("SELECT " + figureRow(unit) + ", before_class, after_class,"
                + " ever_poor_before, households, persons_before, persons_after, persons_gain, persons_loss"
                + " FROM area_year_transition WHERE " + figureArea(unit) + " AND survey_year = :year")
                .setParameter("area", unit.code).setParameter("year", year).getResultList();
        Map<String, List<Movement.Group>> byRow = new LinkedHashMap<>();
        List<Movement.Group> all = new ArrayList<>();
        for (Object[] r : rows) {
            Movement.Group g = new Movement.Group(cls(r[1]), cls(r[2]), Boolean.TRUE.equals(r[3]), number(r[4]),
                    number(r[5]), number(r[6]), number(r[7]), number(r[8]));
            byRow.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(g);
            all.add(g);
        }
        Map<String, String> names = rowNames(unit, byRow.keySet());
        List<MovementRow> lines = byRow.entrySet().stream()
                .map(e -> new MovementRow(NO_VILLAGE.equals(e.getKey()) ? null : e.getKey(),
                        names.getOrDefault(e.getKey(), e.getKey()), Movement.ofGroups(kind, e.getValue())))
                .sorted(Comparator.comparing(MovementRow::name, VietnameseText.ORDER))
                .toList();
        MovementFigures total = Movement.ofGroups(kind, all);
        return new MovementReport(unit.code, unit.fullName, kind, year, year - 1, lines, total);
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static HouseholdClass cls(Object value) {
        return value == null || "NONE".equals(value) ? null : HouseholdClass.valueOf((String) value);
    }

    static Map<String, String> rowNames(AdminUnit unit, Set<String> keys) {
        Map<String, String> names = new LinkedHashMap<>();
        if (unit.isProvince()) {
            List<String> codes = keys.stream().filter(k -> !NO_VILLAGE.equals(k)).toList();
            if (!codes.isEmpty()) {
                AdminUnit.<AdminUnit>list("code in ?1", codes).forEach(u -> names.put(u.code, u.fullName));
            }
        } else {
            List<UUID> ids = keys.stream().filter(k -> !NO_VILLAGE.equals(k)).map(UUID::fromString).toList();
            if (!ids.isEmpty()) {
                Village.<Village>list("id in ?1", ids).forEach(v -> names.put(v.id.toString(), v.name));
            }
            names.put(NO_VILLAGE, "Chưa gán thôn");
        }
        return names;
    }

    // ------------------------------------------------------------------ Alkire–Foster

    /**
     * Alkire–Foster from the kept figures: households by their number of deprivations, and each
     * indicator's deprived households by the same number, so that any cut-off k is a sum.
     */
    @SuppressWarnings("unchecked")
    public AlkireFosterView alkireFoster(String areaCode, int year, int k) {
        AdminUnit unit = area(areaCode);
        String standard = governingStandard(year);
        List<Object[]> rows = em().createNativeQuery("SELECT report, item, deprived_count, sum(households)"
                + " FROM area_year_figure WHERE " + figureArea(unit) + " AND survey_year = :year"
                + " AND report IN ('summary', 'deprivation') GROUP BY 1, 2, 3")
                .setParameter("area", unit.code).setParameter("year", year).getResultList();
        if (rows.isEmpty() || standard == null) {
            return new AlkireFosterView(unit.code, year, null, 0, k, 0, 0, 0, 0, 0, List.of());
        }
        List<String> indicators = indicatorsOf(standard);
        Map<String, Integer> index = new LinkedHashMap<>();
        indicators.forEach(code -> index.put(code, index.size()));
        int n = 0;
        int q = 0;
        long poorDeprivations = 0;
        int[] deprived = new int[indicators.size()];
        int[] censored = new int[indicators.size()];
        for (Object[] r : rows) {
            int count = number(r[2]);
            int households = number(r[3]);
            boolean poor = count >= k && count > 0;
            if ("summary".equals(r[0])) {
                n += households;
                if (poor) {
                    q += households;
                    poorDeprivations += (long) count * households;
                }
            } else if (index.containsKey((String) r[1])) {
                int j = index.get((String) r[1]);
                deprived[j] += households;
                if (poor) {
                    censored[j] += households;
                }
            }
        }
        AlkireFoster.Result result = AlkireFoster.of(indicators, n, q, poorDeprivations, deprived, censored);
        return new AlkireFosterView(unit.code, year, standard, indicators.size(), k, result.households(),
                result.poor(), result.headcount(), result.intensity(), result.adjustedHeadcount(), result.indicators());
    }

    /** The published standard governing the year (null before the first). */
    String governingStandard(int year) {
        Object standard = em().createNativeQuery("SELECT code FROM poverty_standard WHERE status <> 'DRAFT'"
                + " AND year_from <= :year AND year_to >= :year ORDER BY year_from DESC, code LIMIT 1")
                .setParameter("year", year).getResultStream().findFirst().orElse(null);
        return (String) standard;
    }

    List<String> indicatorsOf(String standardCode) {
        PovertyStandard s = PovertyStandard.findById(standardCode);
        try {
            StandardDefinition definition = objectMapper.readValue(s.definition, StandardDefinition.class);
            return definition.dimensions().stream().flatMap(d -> d.indicators().stream())
                    .map(StandardDefinition.Indicator::code).toList();
        } catch (Exception e) {
            throw new IllegalStateException("Stored standard " + standardCode + " is unreadable", e);
        }
    }

    // ------------------------------------------------------------------ transitions

    @SuppressWarnings("unchecked")
    public TransitionMatrix transitions(String areaCode, int fromYear, int toYear) {
        AdminUnit unit = area(areaCode);
        // from one year to the next: the kept transitions; across years: the official status of both years
        List<Object[]> rows = toYear == fromYear + 1
                ? em().createNativeQuery("SELECT before_class, after_class, sum(households) FROM area_year_transition"
                        + " WHERE " + figureArea(unit) + " AND survey_year = :y1 GROUP BY 1, 2")
                        .setParameter("area", unit.code).setParameter("y1", toYear).getResultList()
                : em().createNativeQuery("SELECT coalesce(p.classification, 'NONE'),"
                        + " coalesce(c.classification, 'NONE'), count(*)"
                        + " FROM household h"
                        + " LEFT JOIN household_status p ON p.household_id = h.id AND p.year = :y0"
                        + " LEFT JOIN household_status c ON c.household_id = h.id AND c.year = :y1"
                        + " WHERE " + areaFilter(unit) + " AND (p.household_id IS NOT NULL OR c.household_id IS NOT NULL)"
                        + " GROUP BY 1, 2")
                        .setParameter("area", unit.code).setParameter("y0", fromYear).setParameter("y1", toYear)
                        .getResultList();
        List<String> classes = new ArrayList<>();
        for (HouseholdClass c : HouseholdClass.values()) {
            classes.add(c.name());
        }
        classes.add("NONE");
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (String from : classes) {
            Map<String, Integer> row = new LinkedHashMap<>();
            classes.forEach(to -> row.put(to, 0));
            counts.put(from, row);
        }
        rows.forEach(r -> counts.get((String) r[0]).put((String) r[1], ((Number) r[2]).intValue()));
        return new TransitionMatrix(unit.code, fromYear, toYear, counts);
    }
}
