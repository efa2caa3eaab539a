package vn.giamngheo.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.KeycloakTokens;

/**
 * Report contents through the API with a real token of the province officer: the movement of a
 * scripted ward history against hand-computed figures (JSON, the form's XLSX and CSV), and the
 * Alkire–Foster measures of ten households against a hand computation.
 */
@QuarkusTest
class ReportsTest {

    static final String KIM_LONG = "19774";
    static final String VY_DA = "19777";
    static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 90000));

    static String province;

    @BeforeAll
    static void tokens() {
        KeycloakTokens.requireKeycloak();
        province = KeycloakTokens.tokenOf("tinh.hue");
    }

    static RequestSpecification as(String token) {
        return given().config(io.restassured.config.RestAssuredConfig.config().jsonConfig(
                io.restassured.config.JsonConfig.jsonConfig().numberReturnType(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE)))
                .auth().oauth2(token).contentType(ContentType.JSON);
    }

    static Map<String, Object> member(String name, String relation) {
        return Map.of("fullName", name, "relationToHead", relation, "sex", "FEMALE", "birthDate", "1970-01-01",
                "citizenId", "0461700" + String.format("%05d", SEQUENCE.incrementAndGet() % 100000));
    }

    static String household(String commune, String village, int members) {
        List<Map<String, Object>> list = new ArrayList<>();
        list.add(member("Chủ Hộ " + UUID.randomUUID().toString().substring(0, 4), "HEAD"));
        for (int i = 1; i < members; i++) {
            list.add(member("Thành Viên " + i, "CHILD"));
        }
        Map<String, Object> body = new HashMap<>(Map.of("communeCode", commune, "members", list));
        if (village != null) {
            body.put("villageId", village);
        }
        return as(province).body(body).when().post("/api/v1/households").then().statusCode(201).extract().path("id");
    }

    static final List<String> ND07 = AlkireFosterTest.ND07;

    /** A record with exactly these deprivations ticked, at an income that makes the class follow. */
    static void record(String household, int year, long income, Set<String> deprived, Object expectedClass) {
        Map<String, Boolean> ticks = new HashMap<>();
        ND07.forEach(code -> ticks.put(code, deprived.contains(code)));
        decide(household, Map.of("surveyYear", year, "surveyDate", year + "-10-01", "monthlyIncomePerCapita", income,
                "deprivations", ticks))
                .body("classification", expectedClass instanceof String s ? equalTo(s) : not(oneOf("POOR", "NEAR_POOR")));
    }

    /**
     * A year's survey made official by a decision of that year (an administrator's rectification, which is
     * how a test writes a household's history without running a whole review for each year).
     */
    static io.restassured.response.ValidatableResponse decide(String household, Map<String, Object> record) {
        return as(KeycloakTokens.tokenOf("admin")).body(Map.of("record", record, "reason", "Danh sách năm "
                + record.get("surveyYear"), "decidedOn", record.get("surveyYear") + "-12-14"))
                .when().post("/api/v1/households/{id}/decisions", household).then().statusCode(201);
    }

    static final Set<String> THREE = Set.of("HEALTH_INSURANCE", "HOUSING_QUALITY", "SANITATION");

    static void poor(String h, int year) {
        record(h, year, 1_000_000, THREE, "POOR");
    }

    static void nearPoor(String h, int year) {
        record(h, year, 1_000_000, Set.of("SANITATION"), "NEAR_POOR");
    }

    static void above(String h, int year) {
        record(h, year, 6_000_000, Set.of(), null);
    }

    @Test
    void theMovementOfAWardBalancesAndMatchesTheHandCount() throws Exception {
        String village = as(province).body(Map.of("name", "Tổ dân phố Kim Long " + UUID.randomUUID().toString()
                .substring(0, 6), "kind", "RESIDENTIAL_GROUP")).when().post("/api/v1/communes/{c}/villages", KIM_LONG)
                .then().statusCode(201).extract().path("id");
        String a = household(KIM_LONG, village, 3);
        poor(a, 2024);
        as(province).body(Map.of("fullName", "Cháu Mới Sinh", "relationToHead", "GRANDCHILD", "sex", "MALE",
                "birthDate", "2025-02-01")).when().post("/api/v1/households/{id}/members", a).then().statusCode(201);
        poor(a, 2025);
        String b = household(KIM_LONG, village, 2);
        poor(b, 2024);
        nearPoor(b, 2025);
        String c = household(KIM_LONG, village, 2);
        poor(c, 2024);
        above(c, 2025);
        String d = household(KIM_LONG, village, 1);
        poor(d, 2024);
        String etag = given().auth().oauth2(province).when().get("/api/v1/households/{id}", d).then().extract()
                .header("ETag");
        as(province).header("If-Match", etag).body(Map.of("reason", "MOVED_AWAY", "closedOn", "2025-03-01"))
                .when().post("/api/v1/households/{id}/closure", d).then().statusCode(200);
        String e = household(KIM_LONG, village, 2);
        nearPoor(e, 2024);
        poor(e, 2025);
        String f = household(KIM_LONG, village, 3);
        poor(f, 2023);
        above(f, 2024);
        poor(f, 2025);
        String g = household(KIM_LONG, village, 1);
        above(g, 2024);
        poor(g, 2025);
        String h = household(KIM_LONG, village, 2);
        poor(h, 2025);

        // by hand: start A B C D (4 households, 3+2+2+1 = 8 persons); decreases B to near-poor, C escaped,
        // D moved away (3, 5); increases E from near-poor, F re-poor, G and H newly poor (H, a new household,
        // as its decision says), A's grandchild (4 households, 2+3+1+2+1 = 9 persons); end A E F G H (5, 12)
        JsonPath report = as(province).queryParam("areaCode", KIM_LONG).queryParam("year", 2025)
                .when().get("/api/v1/reports/movement").then().statusCode(200).contentType(ContentType.JSON)
                .body("areaName", equalTo("Phường Kim Long")).body("fromYear", equalTo(2024))
                .extract().jsonPath();
        String row = "rows.find { it.key == '" + village + "' }.figures.";
        assertEquals(Map.of("households", 4, "persons", 8), report.getMap(row + "start"));
        assertEquals(Map.of("households", 1, "persons", 2), report.getMap(row + "decreases.TO_NEAR_POOR"));
        assertEquals(Map.of("households", 1, "persons", 2), report.getMap(row + "decreases.ESCAPED"));
        assertEquals(Map.of("households", 1, "persons", 1), report.getMap(row + "decreases.OTHER"));
        assertEquals(Map.of("households", 3, "persons", 5), report.getMap(row + "decreasesTotal"));
        assertEquals(Map.of("households", 1, "persons", 2), report.getMap(row + "increases.FROM_NEAR_POOR"));
        assertEquals(Map.of("households", 1, "persons", 3), report.getMap(row + "increases.RE_POOR"));
        assertEquals(Map.of("households", 2, "persons", 3), report.getMap(row + "increases.NEWLY_POOR"));
        assertEquals(Map.of("households", 0, "persons", 1), report.getMap(row + "increases.OTHER"));
        assertEquals(Map.of("households", 4, "persons", 9), report.getMap(row + "increasesTotal"));
        assertEquals(Map.of("households", 5, "persons", 12), report.getMap(row + "end"));
        // the total balances too
        Map<String, Integer> start = report.getMap("total.start");
        Map<String, Integer> dec = report.getMap("total.decreasesTotal");
        Map<String, Integer> inc = report.getMap("total.increasesTotal");
        Map<String, Integer> end = report.getMap("total.end");
        assertEquals(end.get("households"), start.get("households") - dec.get("households") + inc.get("households"));
        assertEquals(end.get("persons"), start.get("persons") - dec.get("persons") + inc.get("persons"));

        // near-poor: E left for poverty, B came from it
        as(province).queryParam("areaCode", KIM_LONG).queryParam("year", 2025).queryParam("kind", "NEAR_POOR")
                .when().get("/api/v1/reports/movement").then().statusCode(200)
                .body("rows.find { it.key == '" + village + "' }.figures.decreases.TO_POOR.households", equalTo(1))
                .body("rows.find { it.key == '" + village + "' }.figures.increases.FROM_POOR.households", equalTo(1))
                .body("rows.find { it.key == '" + village + "' }.figures.end.households", equalTo(1));

        // the form's XLSX, read back
        byte[] xlsx = as(province).queryParam("areaCode", KIM_LONG).queryParam("year", 2025)
                .queryParam("format", "xlsx").when().get("/api/v1/reports/movement/download").then().statusCode(200)
                .contentType(ReportExports.XLSX).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<Integer, Row> rows = new HashMap<>();
            wb.getFirstSheet().read().forEach(r -> rows.put(r.getRowNum(), r));
            assertEquals("BIỂU TỔNG HỢP DIỄN BIẾN HỘ NGHÈO NĂM 2025", rows.get(2).getCellText(0));
            assertEquals("Đơn vị: Phường Kim Long", rows.get(4).getCellText(0));
            Row groups = rows.get(6);
            assertEquals("STT", groups.getCellText(0));
            assertEquals("Thôn, tổ dân phố", groups.getCellText(1));
            assertEquals("Số hộ nghèo đầu kỳ", groups.getCellText(2));
            assertEquals("Số hộ nghèo giảm trong kỳ", groups.getCellText(4));
            assertEquals("Số hộ nghèo tăng trong kỳ", groups.getCellText(12));
            assertEquals("Số hộ nghèo cuối kỳ", groups.getCellText(22));
            Row kinds = rows.get(7);
            assertEquals(List.of("Tổng số", "Thoát nghèo, vào cận nghèo", "Thoát nghèo, vượt chuẩn cận nghèo", "Khác"),
                    List.of(kinds.getCellText(4), kinds.getCellText(6), kinds.getCellText(8), kinds.getCellText(10)));
            assertEquals(List.of("Tổng số", "Từ hộ cận nghèo", "Tái nghèo", "Phát sinh mới", "Khác"),
                    List.of(kinds.getCellText(12), kinds.getCellText(14), kinds.getCellText(16),
                            kinds.getCellText(18), kinds.getCellText(20)));
            assertEquals(List.of("Hộ", "Khẩu"), List.of(rows.get(8).getCellText(2), rows.get(8).getCellText(3)));
            Row ours = rows.values().stream().filter(r -> r.getRowNum() > 8 && r.getCellText(1).startsWith(
                    "Tổ dân phố Kim Long") && r.getCellText(1).equals(report.getString("rows.find { it.key == '"
                    + village + "' }.name"))).findFirst().orElseThrow();
            assertEquals(List.of("4", "8", "3", "5", "5", "12"), List.of(ours.getCellText(2), ours.getCellText(3),
                    ours.getCellText(4), ours.getCellText(5), ours.getCellText(22), ours.getCellText(23)));
        }
        String csv = new String(as(province).queryParam("areaCode", KIM_LONG).queryParam("year", 2025)
                .queryParam("format", "csv").when().get("/api/v1/reports/movement/download").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFcode,name,start_households,start_persons"), csv);
        assertTrue(csv.contains(village + ","), csv);
        // the Python client accepts only problem documents on a download: it still gets the file it asked for
        as(province).accept("application/problem+json").queryParam("areaCode", KIM_LONG).queryParam("year", 2025)
                .queryParam("format", "csv").when().get("/api/v1/reports/movement/download").then().statusCode(200)
                .contentType(startsWith("text/csv"));
        // a type the operation does not produce is still refused, with a problem document
        as(province).accept("image/png").queryParam("areaCode", KIM_LONG).queryParam("year", 2025)
                .queryParam("format", "csv").when().get("/api/v1/reports/movement/download").then().statusCode(406)
                .contentType("application/problem+json").body("code", equalTo("http.not_acceptable"));

        // the transition matrix of the same years
        as(province).queryParam("areaCode", KIM_LONG).queryParam("fromYear", 2024).queryParam("toYear", 2025)
                .when().get("/api/v1/reports/transitions").then().statusCode(200)
                .body("counts.POOR.POOR", equalTo(1)).body("counts.POOR.NEAR_POOR", equalTo(1))
                .body("counts.POOR.NONE", equalTo(1)).body("counts.NEAR_POOR.POOR", equalTo(1))
                // H, new, was decided poor from no class: "not poor" before, as for F and G
                .body("counts.NONE.POOR", equalTo(0)).body("counts.NOT_POOR.POOR", equalTo(3));

        // a commune officer elsewhere cannot read the ward's reports
        given().auth().oauth2(KeycloakTokens.tokenOf("xa.namdong")).queryParam("areaCode", KIM_LONG)
                .queryParam("year", 2025).when().get("/api/v1/reports/movement").then().statusCode(403)
                .body("code", equalTo("security.out_of_jurisdiction"));
        given().auth().oauth2(KeycloakTokens.tokenOf("rsv.namdong")).queryParam("areaCode", "20179")
                .queryParam("year", 2025).when().get("/api/v1/reports/movement").then().statusCode(403);
    }

    @Test
    void alkireFosterOfTenHouseholdsMatchesTheHandComputation() {
        // year 2023 in Vỹ Dạ: nobody else records there
        for (Set<String> deprived : AlkireFosterTest.TEN) {
            String h = household(VY_DA, null, 1);
            record(h, 2023, 1_000_000, deprived, deprived.size() >= 3 ? "POOR" : "NEAR_POOR");
        }
        as(province).queryParam("areaCode", VY_DA).queryParam("year", 2023).when().get("/api/v1/reports/alkire-foster")
                .then().statusCode(200)
                .body("standardCode", equalTo("ND07_2021")).body("indicatorCount", equalTo(12)).body("k", equalTo(3))
                .body("households", equalTo(10)).body("poor", equalTo(5))
                .body("headcount", closeTo(0.5, 1e-9)).body("intensity", closeTo(0.35, 1e-9))
                .body("adjustedHeadcount", closeTo(0.175, 1e-9))
                .body("indicators.find { it.code == 'HEALTH_INSURANCE' }.censoredHeadcount", closeTo(0.4, 1e-9))
                .body("indicators.find { it.code == 'SANITATION' }.censoredHeadcount", closeTo(0.3, 1e-9))
                .body("indicators.find { it.code == 'SANITATION' }.uncensoredHeadcount", closeTo(0.4, 1e-9))
                .body("indicators.find { it.code == 'HEALTH_INSURANCE' }.contribution", closeTo(4.0 / 21, 1e-9));
        // the province gathers its wards: Vỹ Dạ's ten are in it
        as(province).queryParam("areaCode", "46").queryParam("year", 2023).when().get("/api/v1/reports/alkire-foster")
                .then().statusCode(200).body("households", org.hamcrest.Matchers.greaterThanOrEqualTo(10));
    }

    static final String THUAN_HOA = "19789";

    static String householdWith(String village, List<Map<String, Object>> members) {
        return as(province).body(Map.of("communeCode", THUAN_HOA, "villageId", village, "members", members))
                .when().post("/api/v1/households").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> person(String name, String relation, String born, boolean insured) {
        return Map.of("fullName", name, "relationToHead", relation, "sex", "MALE", "birthDate", born,
                "ethnicity", "01", "healthInsurance", insured,
                "citizenId", "0462200" + String.format("%05d", SEQUENCE.incrementAndGet() % 100000));
    }

    static void record2022(String h, long income, Set<String> deprived, List<String> causes, String expected) {
        Map<String, Boolean> ticks = new HashMap<>();
        ND07.forEach(code -> ticks.put(code, deprived.contains(code)));
        decide(h, Map.of("surveyYear", 2022, "surveyDate", "2022-10-01", "monthlyIncomePerCapita", income,
                "deprivations", ticks, "causes", causes))
                .body("classification", expected == null ? not(oneOf("POOR", "NEAR_POOR")) : equalTo(expected));
    }

    @Test
    void theStatutoryTablesOfAWardByVillage() throws Exception {
        String v1 = as(province).body(Map.of("name", "Tổ 1 " + UUID.randomUUID().toString().substring(0, 6),
                "kind", "RESIDENTIAL_GROUP")).when().post("/api/v1/communes/{c}/villages", THUAN_HOA)
                .then().statusCode(201).extract().path("id");
        String v2 = as(province).body(Map.of("name", "Tổ 2 " + UUID.randomUUID().toString().substring(0, 6),
                "kind", "RESIDENTIAL_GROUP")).when().post("/api/v1/communes/{c}/villages", THUAN_HOA)
                .then().statusCode(201).extract().path("id");
        // Tổ 1: a poor family of three with an uninsured child, and a near-poor couple
        String h1 = householdWith(v1, List.of(person("Ngô Văn Bảy", "HEAD", "1980-01-01", false),
                person("Ngô Thị Tám", "SPOUSE", "1982-01-01", false), person("Ngô Văn Út", "CHILD", "2015-05-01", false)));
        record2022(h1, 1_000_000, THREE, List.of("LACK_OF_CAPITAL"), "POOR");
        String h2 = householdWith(v1, List.of(person("Lý Văn Chín", "HEAD", "1960-01-01", true),
                person("Lý Thị Mười", "SPOUSE", "1962-01-01", true)));
        record2022(h2, 1_000_000, Set.of("SANITATION"), List.of(), "NEAR_POOR");
        // Tổ 2: a poor man alone, ill; a household above the lines
        String h3 = householdWith(v2, List.of(person("Đoàn Văn Một", "HEAD", "1950-01-01", false)));
        record2022(h3, 1_000_000, THREE, List.of("ILLNESS_OR_ACCIDENT"), "POOR");
        String h4 = householdWith(v2, List.of(person("Tôn Nữ Hai", "HEAD", "1975-01-01", true),
                person("Tôn Thất Ba", "CHILD", "2000-01-01", true)));
        record2022(h4, 6_000_000, Set.of(), List.of(), null);

        String base = "/api/v1/reports/tables/{name}";
        JsonPath summary = as(province).queryParam("areaCode", THUAN_HOA).queryParam("year", 2022)
                .when().get(base, "summary").then().statusCode(200).extract().jsonPath();
        String r1 = "rows.find { it.key == '" + v1 + "' }.values.";
        assertEquals(2, summary.getInt(r1 + "households"));
        assertEquals(5, summary.getInt(r1 + "persons"));
        assertEquals(1, summary.getInt(r1 + "poor"));
        assertEquals(3, summary.getInt(r1 + "poorPersons"));
        assertEquals(50.0, summary.getDouble(r1 + "poorRate"), 1e-9);
        assertEquals(1, summary.getInt(r1 + "nearPoor"));
        assertEquals(4, summary.getInt("total.values.households"));
        assertEquals(8, summary.getInt("total.values.persons"));
        assertEquals(2, summary.getInt("total.values.poor"));
        // the total's rate is computed on the totals (2 / 4), never summed
        assertEquals(50.0, summary.getDouble("total.values.poorRate"), 1e-9);
        assertEquals(25.0, summary.getDouble("total.values.nearPoorRate"), 1e-9);

        JsonPath deprivations = as(province).queryParam("areaCode", THUAN_HOA).queryParam("year", 2022)
                .when().get(base, "deprivations").then().statusCode(200).extract().jsonPath();
        assertEquals(2, deprivations.getInt("total.values.households"));
        assertEquals(2, deprivations.getInt("total.values.SANITATION"));
        assertEquals(100.0, deprivations.getDouble("total.values.SANITATION_pct"), 1e-9);
        assertEquals(0, deprivations.getInt("total.values.TELECOM"));
        assertEquals("Nhà tiêu hợp vệ sinh (%)", deprivations.getString("columns.find { it.key == 'SANITATION_pct' }.label"));

        as(province).queryParam("areaCode", THUAN_HOA).queryParam("year", 2022).when().get(base, "causes")
                .then().statusCode(200).body("total.values.LACK_OF_CAPITAL", equalTo(1))
                .body("total.values.ILLNESS_OR_ACCIDENT", equalTo(1)).body("total.values.LACK_OF_LAND", equalTo(0));
        as(province).queryParam("areaCode", THUAN_HOA).queryParam("year", 2022).when().get(base, "children")
                .then().statusCode(200).body("total.values.householdsWithChildren", equalTo(1))
                .body("total.values.children", equalTo(1)).body("total.values.childrenUninsured", equalTo(1));
        as(province).queryParam("areaCode", THUAN_HOA).queryParam("year", 2022).when().get(base, "ethnicity")
                .then().statusCode(200).body("total.values.households_01", equalTo(2))
                .body("total.values.persons_01", equalTo(4))
                .body("columns.find { it.key == 'households_01' }.label", equalTo("Kinh (hộ)"));
        as(province).queryParam("areaCode", THUAN_HOA).queryParam("year", 2022).queryParam("kind", "NEAR_POOR")
                .when().get(base, "subgroups").then().statusCode(200).body("total.values.households", equalTo(1));

        // the form's XLSX and the CSV of the summary
        byte[] xlsx = as(province).queryParam("areaCode", THUAN_HOA).queryParam("year", 2022).queryParam("format", "xlsx")
                .when().get(base + "/download", "summary").then().statusCode(200).contentType(ReportExports.XLSX).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<Integer, Row> rows = new HashMap<>();
            wb.getFirstSheet().read().forEach(r -> rows.put(r.getRowNum(), r));
            assertEquals("BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2022", rows.get(2).getCellText(0));
            assertEquals(List.of("STT", "Thôn, tổ dân phố", "Tổng số hộ", "Tổng số khẩu", "Số hộ nghèo"),
                    List.of(rows.get(6).getCellText(0), rows.get(6).getCellText(1), rows.get(6).getCellText(2),
                            rows.get(6).getCellText(3), rows.get(6).getCellText(4)));
            Row total = rows.values().stream().filter(r -> "Tổng cộng".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertEquals("4", total.getCellText(2));
        }

        // the province's report has a row per commune, with the same figures as the ward's own total
        as(province).queryParam("areaCode", "46").queryParam("year", 2022).when().get(base, "summary")
                .then().statusCode(200)
                .body("rows.find { it.key == '" + THUAN_HOA + "' }.name", equalTo("Phường Thuận Hoá"))
                .body("rows.find { it.key == '" + THUAN_HOA + "' }.values.households", equalTo(4))
                .body("rows.find { it.key == '" + THUAN_HOA + "' }.values.persons", equalTo(8))
                .body("rows.find { it.key == '" + THUAN_HOA + "' }.values.poor", equalTo(2))
                .body("rows.find { it.key == '" + THUAN_HOA + "' }.values.poorPersons", equalTo(4))
                .body("rows.find { it.key == '" + THUAN_HOA + "' }.values.nearPoor", equalTo(1));
        as(province).queryParam("areaCode", "46").queryParam("year", 2022).when().get(base, "deprivations")
                .then().statusCode(200)
                .body("rows.find { it.key == '" + THUAN_HOA + "' }.values.households", equalTo(2))
                .body("rows.find { it.key == '" + THUAN_HOA + "' }.values.SANITATION", equalTo(2))
                .body("rows.find { it.key == '" + THUAN_HOA + "' }.values.SANITATION_pct", equalTo(100.0));

        // the detailed list, with the members
        as(province).queryParam("areaCode", THUAN_HOA).queryParam("year", 2022).when().get("/api/v1/reports/household-list")
                .then().statusCode(200).body("households.code", hasSize(2))
                .body("households.find { it.headName == 'Ngô Văn Bảy' }.members.name",
                        equalTo(List.of("Ngô Văn Bảy", "Ngô Thị Tám", "Ngô Văn Út")))
                .body("households.find { it.headName == 'Ngô Văn Bảy' }.members[2].birthYear", equalTo(2015))
                .body("households.find { it.headName == 'Ngô Văn Bảy' }.members[0].ethnicity", equalTo("Kinh"));
        String csv = new String(as(province).queryParam("areaCode", THUAN_HOA).queryParam("year", 2022)
                .queryParam("format", "csv").when().get("/api/v1/reports/household-list/download").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertEquals(1 + 4, csv.split("\r\n").length, csv);
        byte[] listXlsx = as(province).queryParam("areaCode", THUAN_HOA).queryParam("year", 2022)
                .queryParam("format", "xlsx").when().get("/api/v1/reports/household-list/download").then().statusCode(200)
                .extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(listXlsx))) {
            Map<Integer, Row> rows = new HashMap<>();
            wb.getFirstSheet().read().forEach(r -> rows.put(r.getRowNum(), r));
            assertEquals("DANH SÁCH HỘ NGHÈO NĂM 2022", rows.get(2).getCellText(0));
            assertEquals("Họ và tên thành viên", rows.get(6).getCellText(6));
        }
    }
}
