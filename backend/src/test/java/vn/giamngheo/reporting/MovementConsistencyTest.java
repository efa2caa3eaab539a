package vn.giamngheo.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.giamngheo.reporting.ReportsTest.above;
import static vn.giamngheo.reporting.ReportsTest.as;
import static vn.giamngheo.reporting.ReportsTest.household;
import static vn.giamngheo.reporting.ReportsTest.nearPoor;
import static vn.giamngheo.reporting.ReportsTest.poor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.KeycloakTokens;
import vn.giamngheo.testing.TestClock;

/**
 * The movement report against the decisions themselves (issue 12, acceptance): for every commune of Huế and for
 * the province, each year's movement equals the transitions the decisions make plus the registry events (a
 * household that closed leaves as "other"), the balances hold, the villages add up to the commune and the communes
 * to the province.
 *
 * <p>The expected figures are counted here, in Java, straight from {@code household_decision} and {@code household}:
 * not from the kept status, transitions or figures the report reads. The test first writes a history of its own
 * in Phường An Cựu, so that every kind of movement is present whatever else the suite wrote before it.
 */
@QuarkusTest
class MovementConsistencyTest {

    static final String AN_CU = "19815";
    static final String PROVINCE = "46";
    static final int[] YEARS = {2024, 2025, 2026};

    @Inject
    EntityManager em;

    static String province;

    @BeforeAll
    static void tokens() {
        KeycloakTokens.requireKeycloak();
        province = KeycloakTokens.tokenOf("tinh.hue");
        ReportsTest.province = province;
    }

    static void writeHistory() {
        // the 2026 decisions are made on 14/12/2026, so the day is after it
        TestClock.set("2026-12-20");
        String village = as(province).body(Map.of("name", "Tổ dân phố Đối Chiếu " + System.nanoTime() % 10000,
                "kind", "RESIDENTIAL_GROUP")).when().post("/api/v1/communes/{c}/villages", AN_CU)
                .then().statusCode(201).extract().path("id");
        String escaped = household(AN_CU, village, 2);
        poor(escaped, 2025);
        above(escaped, 2026);
        String fromNear = household(AN_CU, village, 3);
        nearPoor(fromNear, 2025);
        poor(fromNear, 2026);
        String rePoor = household(AN_CU, village, 1);
        poor(rePoor, 2024);
        above(rePoor, 2025);
        poor(rePoor, 2026);
        String newly = household(AN_CU, village, 2);
        above(newly, 2025);
        poor(newly, 2026);
        String toNear = household(AN_CU, village, 4);
        poor(toNear, 2025);
        nearPoor(toNear, 2026);
        String stays = household(AN_CU, village, 2);
        poor(stays, 2025);
        String firstDecided = household(AN_CU, null, 3);
        poor(firstDecided, 2026);
        String movedAway = household(AN_CU, village, 2);
        poor(movedAway, 2025);
        String etag = as(province).when().get("/api/v1/households/{id}", movedAway).then().extract().header("ETag");
        as(province).header("If-Match", etag).body(Map.of("reason", "MOVED_AWAY", "closedOn", "2026-03-01"))
                .when().post("/api/v1/households/{id}/closure", movedAway).then().statusCode(200);
    }

    @AfterEach
    void realDate() {
        TestClock.reset();
    }

    /** One decision as stored: what the official class of a year is made of. */
    record Decision(int year, LocalDate decidedOn, long createdAt, String id, String kind, String cls) {
    }

    /** One household of the province with its decisions, oldest first. */
    record Household(String commune, boolean active, LocalDate closedOn, List<Decision> decisions) {

        boolean countsIn(int year) {
            return active || (closedOn != null && year < closedOn.getYear());
        }

        /** The class the latest decision of the year or before fixed, if the household counts in the year. */
        Decision inForce(int year) {
            if (!countsIn(year)) {
                return null;
            }
            return decisions.stream().filter(d -> d.year() <= year).max(Comparator.comparingInt(Decision::year)
                    .thenComparing(Decision::decidedOn).thenComparingLong(Decision::createdAt)
                    .thenComparing(Decision::id)).orElse(null);
        }

        String classIn(int year) {
            Decision d = inForce(year);
            return d == null ? null : d.cls();
        }

        /** The class before the year's review: the year before's, or "not poor" for a household first decided by a review. */
        String before(int year) {
            String previous = classIn(year - 1);
            if (previous != null) {
                return previous;
            }
            Decision now = inForce(year);
            return now != null && now.year() == year && !"RECORDED".equals(now.kind()) ? "NOT_POOR" : "NONE";
        }

        String after(int year) {
            String now = classIn(year);
            return now == null ? "NONE" : now;
        }

        boolean everPoorBefore(int year) {
            for (int y = year - 2; y >= 2000; y--) {
                if ("POOR".equals(classIn(y))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Households per movement line, counted from the decisions for one kind (POOR or NEAR_POOR). */
    static Map<String, Integer> expected(List<Household> households, int year, String kind) {
        Map<String, Integer> lines = new TreeMap<>();
        for (String line : List.of("start", "end", "dec.TO_NEAR_POOR", "dec.TO_POOR", "dec.ESCAPED", "dec.OTHER",
                "inc.FROM_NEAR_POOR", "inc.FROM_POOR", "inc.RE_POOR", "inc.NEWLY_POOR", "inc.NEWLY_NEAR_POOR",
                "inc.OTHER")) {
            lines.put(line, 0);
        }
        for (Household h : households) {
            String before = h.before(year);
            String after = h.after(year);
            boolean wasIn = kind.equals(before);
            boolean isIn = kind.equals(after);
            if (wasIn) {
                lines.merge("start", 1, Integer::sum);
            }
            if (isIn) {
                lines.merge("end", 1, Integer::sum);
            }
            if (wasIn && !isIn) {
                String line = switch (after) {
                    case "NONE" -> "OTHER";
                    case "NEAR_POOR" -> "TO_NEAR_POOR";
                    case "POOR" -> "TO_POOR";
                    default -> "ESCAPED";
                };
                lines.merge("dec." + line, 1, Integer::sum);
            } else if (isIn && !wasIn) {
                String line;
                if ("NONE".equals(before)) {
                    line = "OTHER";
                } else if (kind.equals("POOR")) {
                    line = "NEAR_POOR".equals(before) ? "FROM_NEAR_POOR"
                            : h.everPoorBefore(year) ? "RE_POOR" : "NEWLY_POOR";
                } else {
                    line = "POOR".equals(before) ? "FROM_POOR" : "NEWLY_NEAR_POOR";
                }
                lines.merge("inc." + line, 1, Integer::sum);
            }
        }
        return lines;
    }

    /** The same lines as the report gives them (households). */
    static Map<String, Integer> reported(Map<String, Object> figures) {
        Map<String, Integer> lines = new TreeMap<>(expected(List.of(), 0, "POOR"));
        lines.put("start", households(figures.get("start")));
        lines.put("end", households(figures.get("end")));
        ((Map<?, ?>) figures.get("decreases")).forEach((k, v) -> lines.put("dec." + k, households(v)));
        ((Map<?, ?>) figures.get("increases")).forEach((k, v) -> lines.put("inc." + k, households(v)));
        return lines;
    }

    static int households(Object count) {
        return ((Number) ((Map<?, ?>) count).get("households")).intValue();
    }

    static int persons(Object count) {
        return ((Number) ((Map<?, ?>) count).get("persons")).intValue();
    }

    @SuppressWarnings("unchecked")
    List<Household> households() {
        Map<String, Household> byId = new LinkedHashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT CAST(h.id AS varchar), h.commune_code, h.status = 'ACTIVE',"
                + " CAST(h.closed_on AS varchar) FROM household h WHERE h.province_code = :p").setParameter("p", PROVINCE).getResultList();
        for (Object[] r : rows) {
            LocalDate closed = r[3] == null ? null : LocalDate.parse((String) r[3]);
            byId.put((String) r[0], new Household((String) r[1], (Boolean) r[2], closed, new ArrayList<>()));
        }
        List<Object[]> decisions = em.createNativeQuery("SELECT CAST(d.household_id AS varchar), d.year, CAST(d.decided_on AS varchar),"
                + " CAST(extract(epoch FROM d.created_at) * 1000000 AS bigint), CAST(d.id AS varchar), d.kind, d.classification FROM household_decision d"
                + " JOIN household h ON h.id = d.household_id WHERE h.province_code = :p")
                .setParameter("p", PROVINCE).getResultList();
        for (Object[] r : decisions) {
            byId.get((String) r[0]).decisions().add(new Decision(((Number) r[1]).intValue(),
                    LocalDate.parse((String) r[2]), ((Number) r[3]).longValue(), (String) r[4],
                    (String) r[5], (String) r[6]));
        }
        return new ArrayList<>(byId.values());
    }

    @SuppressWarnings("unchecked")
    List<String> communes() {
        return em.createNativeQuery("SELECT code FROM admin_unit WHERE province_code = :p AND level = 'COMMUNE'"
                + " AND valid_to IS NULL ORDER BY code").setParameter("p", PROVINCE).getResultList();
    }

    static JsonPath movement(String area, int year, String kind) {
        return as(province).queryParam("areaCode", area).queryParam("year", year).queryParam("kind", kind)
                .when().get("/api/v1/reports/movement").then().statusCode(200).extract().jsonPath();
    }

    static void balances(Map<String, Object> figures, String where) {
        for (String unit : List.of("households", "persons")) {
            java.util.function.ToIntFunction<Object> n = unit.equals("households")
                    ? MovementConsistencyTest::households : MovementConsistencyTest::persons;
            int start = n.applyAsInt(figures.get("start"));
            int decreased = ((Map<?, ?>) figures.get("decreases")).values().stream().mapToInt(n).sum();
            int increased = ((Map<?, ?>) figures.get("increases")).values().stream().mapToInt(n).sum();
            assertEquals(decreased, n.applyAsInt(figures.get("decreasesTotal")), where + ": decreases total, " + unit);
            assertEquals(increased, n.applyAsInt(figures.get("increasesTotal")), where + ": increases total, " + unit);
            assertEquals(n.applyAsInt(figures.get("end")), start - decreased + increased, where + ": balance, " + unit);
        }
    }

    static Map<String, Integer> plus(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> sum = new TreeMap<>(a);
        b.forEach((k, v) -> sum.merge(k, v, Integer::sum));
        return sum;
    }

    @Test
    void everyCommuneOfHueAndTheProvinceMoveAsTheirDecisionsSay() {
        writeHistory();
        List<Household> all = households();
        List<String> communes = communes();
        assertEquals(40, communes.size(), "the 40 communes of Huế");
        int nonEmpty = 0;
        for (String kind : List.of("POOR", "NEAR_POOR")) {
            for (int year : YEARS) {
                Map<String, Integer> rowsSum = new TreeMap<>();
                JsonPath provinceReport = movement(PROVINCE, year, kind);
                Map<String, Map<String, Object>> provinceRows = new HashMap<>();
                for (Map<String, Object> row : provinceReport.<Map<String, Object>>getList("rows")) {
                    provinceRows.put((String) row.get("key"), (Map<String, Object>) row.get("figures"));
                }
                for (String commune : communes) {
                    String where = kind + " " + year + " commune " + commune;
                    List<Household> ofCommune = all.stream().filter(h -> h.commune().equals(commune)).toList();
                    JsonPath report = movement(commune, year, kind);
                    Map<String, Object> total = report.getMap("total");
                    balances(total, where);
                    Map<String, Integer> expected = expected(ofCommune, year, kind);
                    assertEquals(expected, reported(total), where + ": the decisions' transitions and registry events");
                    Map<String, Integer> villages = new TreeMap<>();
                    for (Map<String, Object> row : report.<Map<String, Object>>getList("rows")) {
                        Map<String, Object> figures = (Map<String, Object>) row.get("figures");
                        balances(figures, where + " village " + row.get("name"));
                        villages = plus(villages, reported(figures));
                    }
                    if (!report.getList("rows").isEmpty()) {
                        assertEquals(reported(total), villages, where + ": the villages add up to the commune");
                    }
                    Map<String, Object> provinceRow = provinceRows.get(commune);
                    if (provinceRow == null) {
                        assertEquals(0, expected.values().stream().mapToInt(Integer::intValue).sum(),
                                where + ": a commune without a row in the province has no movement");
                    } else {
                        assertEquals(total, provinceRow, where + ": the province's row is the commune's total");
                        rowsSum = plus(rowsSum, reported(provinceRow));
                    }
                    if (expected.values().stream().anyMatch(v -> v > 0)) {
                        nonEmpty++;
                    }
                }
                Map<String, Object> provinceTotal = provinceReport.getMap("total");
                balances(provinceTotal, kind + " " + year + " province");
                assertEquals(reported(provinceTotal), rowsSum, kind + " " + year + ": the communes add up to the province");
                assertEquals(expected(all, year, kind), reported(provinceTotal),
                        kind + " " + year + ": the province moves as its decisions say");
            }
        }
        assertTrue(nonEmpty > 0, "some commune has movement to compare");

        // An Cựu's own history, line by line, as its decisions tell it
        Map<String, Integer> anCu2026 = reported(movement(AN_CU, 2026, "POOR").getMap("total"));
        for (String line : List.of("dec.ESCAPED", "dec.TO_NEAR_POOR", "dec.OTHER", "inc.FROM_NEAR_POOR", "inc.RE_POOR",
                "inc.NEWLY_POOR")) {
            assertTrue(anCu2026.get(line) >= 1, "An Cựu 2026 has " + line + ": " + anCu2026);
        }
        assertTrue(anCu2026.get("inc.NEWLY_POOR") >= 2, "a household first decided in 2026 is newly poor: " + anCu2026);
    }
}
