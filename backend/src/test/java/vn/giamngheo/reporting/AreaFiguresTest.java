package vn.giamngheo.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.giamngheo.reporting.ReportsTest.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.giamngheo.testing.Recount;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.KeycloakTokens;

/**
 * The figures kept per village (V11__create_area_figures.sql) follow every change of the registry —
 * new records, corrections, a household moving to another village — so that the reports read
 * from them say what the records say: checked through the reports, and against a recount of the records.
 */
@QuarkusTest
class AreaFiguresTest {

    /** Nobody else writes in this commune. */
    static final String COMMUNE = "19813";

    static String province;

    @Inject
    EntityManager em;

    @BeforeAll
    static void tokens() {
        KeycloakTokens.requireKeycloak();
        province = KeycloakTokens.tokenOf("tinh.hue");
        ReportsTest.province = province;  // its helpers write as the province officer
    }

    static String village(String name) {
        return as(province).body(Map.of("name", name + " " + UUID.randomUUID().toString().substring(0, 6),
                "kind", "VILLAGE")).when().post("/api/v1/communes/{c}/villages", COMMUNE)
                .then().statusCode(201).extract().path("id");
    }

    static void correct(String household, int year, long income, Set<String> deprived) {
        Map<String, Boolean> ticks = new HashMap<>();
        ReportsTest.ND07.forEach(code -> ticks.put(code, deprived.contains(code)));
        // a decided year changes only through a decision: the administrator's rectification
        as(KeycloakTokens.tokenOf("admin")).body(Map.of("record", Map.of("surveyYear", year, "surveyDate", year
                + "-10-05", "monthlyIncomePerCapita", income, "deprivations", ticks), "reason", "Điều tra viên ghi nhầm",
                "decidedOn", year + "-12-20")).when().post("/api/v1/households/{id}/decisions", household)
                .then().statusCode(201);
    }

    static JsonPath summary(int year) {
        return as(province).queryParam("areaCode", COMMUNE).queryParam("year", year)
                .when().get("/api/v1/reports/tables/summary").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void reportsFollowNewRecordsCorrectionsAndMoves() {
        String upper = village("Thôn Thượng");
        String lower = village("Thôn Hạ");
        String a = ReportsTest.household(COMMUNE, upper, 3);
        ReportsTest.poor(a, 2024);
        ReportsTest.poor(a, 2025);
        String b = ReportsTest.household(COMMUNE, upper, 2);
        ReportsTest.nearPoor(b, 2024);
        ReportsTest.poor(b, 2025);
        String c = ReportsTest.household(COMMUNE, lower, 1);
        ReportsTest.poor(c, 2024);

        JsonPath before = summary(2025);
        String up = "rows.find { it.key == '" + upper + "' }.values.";
        assertEquals(2, before.getInt(up + "poor"));
        assertEquals(5, before.getInt(up + "poorPersons"));

        // A's 2025 record was wrong: corrected, A is near-poor in 2025
        correct(a, 2025, 1_000_000, Set.of("SANITATION"));
        JsonPath corrected = summary(2025);
        assertEquals(1, corrected.getInt(up + "poor"));
        assertEquals(1, corrected.getInt(up + "nearPoor"));
        assertEquals(2, corrected.getInt(up + "households"));

        // B moves to the lower village: its figures go along, in the tables and in the movement
        String etag = given().auth().oauth2(province).when().get("/api/v1/households/{id}", b).then().extract()
                .header("ETag");
        as(province).header("If-Match", etag).body(Map.of("villageId", lower))
                .when().put("/api/v1/households/{id}", b).then().statusCode(200);
        JsonPath moved = summary(2025);
        String low = "rows.find { it.key == '" + lower + "' }.values.";
        assertEquals(0, moved.getInt(up + "poor"));
        assertEquals(1, moved.getInt(up + "households"));
        // B, and C, whose 2024 class stands in 2025 (no decision changed it)
        assertEquals(2, moved.getInt(low + "poor"));
        assertEquals(3, moved.getInt(low + "poorPersons"));

        // movement 2024 → 2025: A poor → near-poor (upper); B near-poor → poor, C stays poor (lower)
        JsonPath movement = as(province).queryParam("areaCode", COMMUNE).queryParam("year", 2025)
                .when().get("/api/v1/reports/movement").then().statusCode(200).extract().jsonPath();
        String lowRow = "rows.find { it.key == '" + lower + "' }.figures.";
        assertEquals(Map.of("households", 1, "persons", 1), movement.getMap(lowRow + "start"));
        assertEquals(Map.of("households", 0, "persons", 0), movement.getMap(lowRow + "decreases.OTHER"));
        assertEquals(Map.of("households", 1, "persons", 2), movement.getMap(lowRow + "increases.FROM_NEAR_POOR"));
        assertEquals(Map.of("households", 2, "persons", 3), movement.getMap(lowRow + "end"));
        String upRow = "rows.find { it.key == '" + upper + "' }.figures.";
        assertEquals(Map.of("households", 1, "persons", 3), movement.getMap(upRow + "decreases.TO_NEAR_POOR"));
        assertEquals(Map.of("households", 0, "persons", 0), movement.getMap(upRow + "end"));
        as(province).queryParam("areaCode", COMMUNE).queryParam("fromYear", 2024).queryParam("toYear", 2025)
                .when().get("/api/v1/reports/transitions").then().statusCode(200)
                .body("counts.POOR.NEAR_POOR", equalTo(1)).body("counts.NEAR_POOR.POOR", equalTo(1))
                .body("counts.POOR.NONE", equalTo(0));

        // the province's report has the commune as one row with the commune's total
        JsonPath provinceMovement = as(province).queryParam("areaCode", "46").queryParam("year", 2025)
                .when().get("/api/v1/reports/movement").then().statusCode(200).extract().jsonPath();
        assertEquals(movement.getMap("total.end"),
                provinceMovement.getMap("rows.find { it.key == '" + COMMUNE + "' }.figures.end"));
        assertEquals(movement.getMap("total.decreasesTotal"),
                provinceMovement.getMap("rows.find { it.key == '" + COMMUNE + "' }.figures.decreasesTotal"));

        // and what is kept is exactly what a recount of the records gives
        assertEquals(List.of(), figuresNotRecounted(), "kept figures that a recount does not give, or the reverse");
        assertEquals(List.of(), transitionsNotRecounted(), "kept transitions that a recount does not give");
    }

    @Test
    void concurrentCorrectionsInOneVillageKeepTheFiguresExact() throws Exception {
        // two households of one village corrected at the same time, in opposite directions, again and
        // again: each correction takes figure rows out and puts others in, in the opposite order of the other's
        String village = village("Thôn Giữa");
        String a = ReportsTest.household(COMMUNE, village, 2);
        String b = ReportsTest.household(COMMUNE, village, 3);
        ReportsTest.poor(a, 2023);
        ReportsTest.nearPoor(b, 2023);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
            for (String household : List.of(a, b)) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 6; i++) {
                        boolean poor = (i % 2 == 0) == household.equals(b);
                        correct(household, 2023, 1_000_000, poor ? ReportsTest.THREE : Set.of("SANITATION"));
                    }
                }));
            }
            for (java.util.concurrent.Future<?> run : runs) {
                run.get(2, java.util.concurrent.TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        // after six corrections each, a is poor again and b near-poor again
        JsonPath after = summary(2023);
        String row = "rows.find { it.key == '" + village + "' }.values.";
        assertEquals(1, after.getInt(row + "poor"));
        assertEquals(2, after.getInt(row + "poorPersons"));
        assertEquals(1, after.getInt(row + "nearPoor"));
        assertEquals(3, after.getInt(row + "nearPoorPersons"));
        assertEquals(List.of(), figuresNotRecounted(), "kept figures that a recount does not give, or the reverse");
    }

    List<Object[]> figuresNotRecounted() {
        return Recount.figuresNotRecounted(em, COMMUNE);
    }

    List<Object[]> transitionsNotRecounted() {
        return Recount.transitionsNotRecounted(em, COMMUNE);
    }
}
