package vn.giamngheo.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.giamngheo.common.sql.NativeValues;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.area.Village;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.classification.model.StandardDefinition;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.household.Household;
import vn.giamngheo.reporting.ReportViews.AlkireFosterView;
import vn.giamngheo.reporting.ReportViews.HouseholdYears;
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

    @SuppressWarnings("unchecked")
    public MovementReport movement(String areaCode, int year, MovementKind kind) {
        AdminUnit unit = area(areaCode);
        String rowKey = unit.isProvince() ? "h.commune_code" : "CAST(h.village_id AS varchar)";
        List<Object[]> rows = em().createNativeQuery("SELECT " + rowKey + ", p.classification,"
                + " coalesce(jsonb_array_length(p.member_facts), 0), c.classification,"
                + " coalesce(jsonb_array_length(c.member_facts), 0),"
                + " EXISTS (SELECT 1 FROM household_record e WHERE e.household_id = h.id AND e.current"
                + "   AND e.survey_year < :y0 AND e.classification = 'POOR')"
                + " FROM household h"
                + " LEFT JOIN household_record p ON p.household_id = h.id AND p.current AND p.survey_year = :y0"
                + " LEFT JOIN household_record c ON c.household_id = h.id AND c.current AND c.survey_year = :y1"
                + " WHERE " + areaFilter(unit) + " AND (p.id IS NOT NULL OR c.id IS NOT NULL)")
                .setParameter("area", unit.code).setParameter("y0", year - 1).setParameter("y1", year)
                .getResultList();
        Map<String, List<HouseholdYears>> byRow = new LinkedHashMap<>();
        List<HouseholdYears> all = new ArrayList<>();
        for (Object[] r : rows) {
            String key = r[0] == null ? NO_VILLAGE : (String) r[0];
            HouseholdYears h = new HouseholdYears(key, cls(r[1]), ((Number) r[2]).intValue(), cls(r[3]),
                    ((Number) r[4]).intValue(), Boolean.TRUE.equals(r[5]));
            byRow.computeIfAbsent(key, k -> new ArrayList<>()).add(h);
            all.add(h);
        }
        Map<String, String> names = rowNames(unit, byRow.keySet());
        List<MovementRow> lines = byRow.entrySet().stream()
                .map(e -> new MovementRow(NO_VILLAGE.equals(e.getKey()) ? null : e.getKey(),
                        names.getOrDefault(e.getKey(), e.getKey()), Movement.of(kind, e.getValue())))
                .sorted(Comparator.comparing(MovementRow::name))
                .toList();
        MovementFigures total = Movement.of(kind, all);
        return new MovementReport(unit.code, unit.fullName, kind, year, year - 1, lines, total);
    }

    private static HouseholdClass cls(Object value) {
        return value == null ? null : HouseholdClass.valueOf((String) value);
    }

    private static Map<String, String> rowNames(AdminUnit unit, Set<String> keys) {
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

    @SuppressWarnings("unchecked")
    public AlkireFosterView alkireFoster(String areaCode, int year, int k) {
        AdminUnit unit = area(areaCode);
        List<Object[]> rows = em().createNativeQuery("SELECT r.standard_code, r.deprived_indicators"
                + " FROM household_record r JOIN household h ON h.id = r.household_id"
                + " WHERE r.current AND r.survey_year = :year AND " + areaFilter(unit))
                .setParameter("area", unit.code).setParameter("year", year).getResultList();
        if (rows.isEmpty()) {
            return new AlkireFosterView(unit.code, year, null, 0, k, 0, 0, 0, 0, 0, List.of());
        }
        // the standard of the year: the one most records were classified under
        String standard = rows.stream().collect(Collectors.groupingBy(r -> (String) r[0], Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<String> indicators = indicatorsOf(standard);
        List<Set<String>> households = rows.stream().map(r -> (Set<String>) new HashSet<>(NativeValues.strings(r[1]))).toList();
        AlkireFoster.Result result = AlkireFoster.measure(indicators, households, k);
        return new AlkireFosterView(unit.code, year, standard, indicators.size(), k, result.households(),
                result.poor(), result.headcount(), result.intensity(), result.adjustedHeadcount(), result.indicators());
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
        List<Object[]> rows = em().createNativeQuery("SELECT coalesce(p.classification, 'NONE'),"
                + " coalesce(c.classification, 'NONE'), count(*)"
                + " FROM household h"
                + " LEFT JOIN household_record p ON p.household_id = h.id AND p.current AND p.survey_year = :y0"
                + " LEFT JOIN household_record c ON c.household_id = h.id AND c.current AND c.survey_year = :y1"
                + " WHERE " + areaFilter(unit) + " AND (p.id IS NOT NULL OR c.id IS NOT NULL)"
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
