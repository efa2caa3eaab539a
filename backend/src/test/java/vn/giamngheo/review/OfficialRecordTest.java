package vn.giamngheo.review;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.giamngheo.review.PeriodicReviewTest.CAMPAIGNS;
import static vn.giamngheo.review.PeriodicReviewTest.HOUSEHOLDS;
import static vn.giamngheo.review.PeriodicReviewTest.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.review.PeriodicReviewTest.Created;
import vn.giamngheo.testing.KeycloakTokens;
import vn.giamngheo.testing.TestClock;

/**
 * The official record (issue 12): a year's figures cover every household of the unit with the class its latest
 * decision fixed; survey records are proposals until the chairman decides; a decided year is locked; and the
 * movement report says what the decisions say. Told for one residential group of Phường Hương Trà through the
 * 2026 periodic review and the regular review of December 2026 (the chairman of the ward decides both).
 */
@QuarkusTest
class OfficialRecordTest {

    static final String COMMUNE = "19996";

    static String admin;
    static String officer;
    static String chair;

    @BeforeAll
    static void tokens() {
        PeriodicReviewTest.tokens();
        admin = KeycloakTokens.tokenOf("admin");
        officer = KeycloakTokens.tokenOf("phuong.huongtra");
        chair = KeycloakTokens.tokenOf("chutich.huongtra");
    }

    static String village(String name) {
        return as(officer).body(Map.of("name", name + " " + java.util.UUID.randomUUID().toString().substring(0, 6),
                "kind", "RESIDENTIAL_GROUP")).when().post("/api/v1/communes/{c}/villages", COMMUNE)
                .then().statusCode(201).extract().path("id");
    }

    static Created household(String villageId, String head, String spouse) {
        List<Map<String, Object>> members = List.of(
                Map.of("fullName", head, "relationToHead", "HEAD", "sex", "MALE", "birthDate", "1978-03-02",
                        "healthInsurance", false, "citizenId", "0460781" + String.format("%05d",
                                PeriodicReviewTest.SEQUENCE.incrementAndGet() % 100000)),
                Map.of("fullName", spouse, "relationToHead", "SPOUSE", "sex", "FEMALE", "birthDate", "1981-07-15",
                        "healthInsurance", false));
        var response = as(officer).body(Map.of("communeCode", COMMUNE, "villageId", villageId, "members", members))
                .when().post(HOUSEHOLDS).then().statusCode(201).extract();
        return new Created(response.path("id"), response.path("code"));
    }

    static JsonPath items(String campaign) {
        return as(officer).queryParam("limit", 500).when().get(CAMPAIGNS + "/{id}/items", campaign)
                .then().statusCode(200).extract().jsonPath();
    }

    @AfterEach
    void clockBack() {
        TestClock.reset();
    }

    /** A survey of the ward (urban line 2,000,000): POOR (3 deprivations), NEAR_POOR (2) or NOT_POOR. */
    static Map<String, Object> survey(int year, String date, String result) {
        Map<String, Object> facts = switch (result) {
            case "POOR" -> Map.of("wallsDurable", false, "roofDurable", false, "latrineType", "SIMPLE_PIT");
            case "NEAR_POOR" -> Map.of("wallsDurable", true, "roofDurable", true, "latrineType", "SIMPLE_PIT");
            default -> Map.of("wallsDurable", true, "roofDurable", true);
        };
        return new HashMap<>(Map.of("surveyYear", year, "surveyDate", date, "reviewer", "Hồ Thị Lan",
                "monthlyIncomePerCapita", result.equals("NOT_POOR") ? 5_000_000 : 1_200_000, "household", facts));
    }

    /** The 2025 class, as that year's decision fixed it. */
    static void decided2025(Created h, String result) {
        as(admin).body(Map.of("record", survey(2025, "2025-10-01", result), "reason", "Danh sách năm 2025",
                "decidedOn", "2025-12-14"))
                .when().post(HOUSEHOLDS + "/{id}/decisions", h.id()).then().statusCode(201)
                .body("classification", equalTo(result));
    }

    static JsonPath villageRow(String report, String area, int year, String village) {
        return as(PeriodicReviewTest.province).queryParam("areaCode", area).queryParam("year", year)
                .when().get(report).then().statusCode(200).extract().jsonPath()
                .setRootPath("rows.find { it.key == '" + village + "' }");
    }

    static Map<String, Object> count(int households, int persons) {
        return Map.of("households", households, "persons", persons);
    }

    @Test
    void aDecisionFixesTheYearForEveryHouseholdAndTheMovementFollowsIt() {
        TestClock.set("2026-09-05");
        String village = village("Tổ dân phố Chính Thức");
        Created stays = household(village, "Hồ Văn Ở", "Lê Thị Ở");
        Created escapes = household(village, "Hồ Văn Thoát", "Lê Thị Thoát");
        Created worsens = household(village, "Hồ Văn Cận", "Lê Thị Cận");
        Created applies = household(village, "Hồ Văn Xin", "Lê Thị Xin");
        Created unlisted = household(village, "Hồ Văn Khá", "Lê Thị Khá");
        decided2025(stays, "POOR");
        decided2025(escapes, "POOR");
        decided2025(worsens, "NEAR_POOR");
        decided2025(applies, "NOT_POOR");
        decided2025(unlisted, "NOT_POOR");

        // a decided year is locked: a correction is refused and nothing is written
        Map<String, Object> correction = survey(2025, "2025-10-01", "NOT_POOR");
        correction.put("correctionReason", "Thu nhập khai thiếu");
        as(officer).body(correction).when().post(HOUSEHOLDS + "/{id}/records", stays.id())
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("record.decided"));
        as(officer).when().get(HOUSEHOLDS + "/{id}/records", stays.id()).then()
                .body("size()", equalTo(1));

        // the 2026 review lists the poor and near-poor (M = 3 of the village's N = 5) and one applicant
        String campaign = as(officer)
                .body(Map.of("communeCode", COMMUNE, "kind", "PERIODIC", "year", 2026))
                .when().post(CAMPAIGNS).then().statusCode(201).extract().path("id");
        JsonPath listed = items(campaign);
        List<String> ours = List.of(stays.id(), escapes.id(), worsens.id());
        for (Map<String, Object> item : listed.<Map<String, Object>>getList("items")) {
            if (!ours.contains(item.get("householdId"))) {
                as(officer).body(Map.of("reason", "Hộ của bộ kiểm thử khác"))
                        .when().post(CAMPAIGNS + "/{id}/items/{item}/exclusion", campaign, item.get("id"))
                        .then().statusCode(200);
            }
        }
        as(officer).body(Map.of("householdId", applies.id(), "form", "MAU_01",
                "requestedOn", "2026-09-03", "screeningPassed", true))
                .when().post(CAMPAIGNS + "/{id}/applicants", campaign).then().statusCode(201);
        JsonPath all = items(campaign);
        Map<Created, String> results = Map.of(stays, "POOR", escapes, "NOT_POOR", worsens, "POOR", applies, "POOR");
        TestClock.set("2026-10-10");
        results.forEach((h, result) -> as(admin)
                .body(Map.of("record", survey(2026, "2026-10-05", result)))
                .when().post(CAMPAIGNS + "/{id}/items/{item}/survey", campaign, PeriodicReviewTest.itemOf(all, h))
                .then().statusCode(200).body("proposedClass", equalTo(result)));

        // before the decision the official 2026 figures are 2025's, for all five households;
        // the provisional view, labelled so, shows the proposals
        JsonPath before = villageRow("/api/v1/reports/tables/summary", COMMUNE, 2026, village);
        assertEquals(5, before.getInt("values.households"));
        assertEquals(2, before.getInt("values.poor"));
        assertEquals(1, before.getInt("values.nearPoor"));
        JsonPath provisional = as(officer).queryParam("year", 2026)
                .when().get("/api/v1/dashboards/{c}/provisional", COMMUNE).then().statusCode(200)
                .body("basis", equalTo("PROVISIONAL")).body("proposals", equalTo(4)).extract().jsonPath();
        assertEquals(provisional.getInt("official.poor") + 1, provisional.getInt("provisional.poor"));
        assertEquals(provisional.getInt("official.nearPoor") - 1, provisional.getInt("provisional.nearPoor"));
        assertEquals(provisional.getInt("official.households"), provisional.getInt("provisional.households"));

        // meeting, posting, the province's opinion and the chairman's decision
        TestClock.set("2026-11-06");
        as(officer).body(PeriodicReviewTest.meeting(village, "2026-10-20", 10, 8))
                .when().post(CAMPAIGNS + "/{id}/meetings", campaign).then().statusCode(201)
                .body("passed", equalTo(true));
        as(officer).body(Map.of("startsOn", "2026-10-26"))
                .when().post(CAMPAIGNS + "/{id}/postings", campaign).then().statusCode(201);
        as(PeriodicReviewTest.province).body(Map.of("givenOn", "2026-11-02", "text", "Đồng ý"))
                .when().post(CAMPAIGNS + "/{id}/opinion", campaign).then().statusCode(200);
        String etag = as(chair).when().get(CAMPAIGNS + "/{id}", campaign).then()
                .extract().header("ETag");
        as(chair).header("If-Match", etag)
                .body(Map.of("number", "126/QĐ-UBND", "decidedOn", "2026-11-05"))
                .when().post(CAMPAIGNS + "/{id}/decision", campaign).then().statusCode(200)
                .body("status", equalTo("DECIDED"));

        // after it: the year's rate is the decided poor over all N households; the unlisted one keeps its class
        JsonPath after = villageRow("/api/v1/reports/tables/summary", COMMUNE, 2026, village);
        assertEquals(5, after.getInt("values.households"));
        assertEquals(3, after.getInt("values.poor"));
        assertEquals(0, after.getInt("values.nearPoor"));
        as(officer).when().get(HOUSEHOLDS + "/{id}", unlisted.id()).then()
                .body("officialClass", equalTo("NOT_POOR")).body("officialYear", equalTo(2026));
        as(officer).queryParam("communeCode", COMMUNE).queryParam("villageId", village)
                .queryParam("year", 2026).queryParam("classification", "POOR").when().get(HOUSEHOLDS)
                .then().statusCode(200).body("items.size()", equalTo(3));
        JsonPath dashboard = as(officer).when().get("/api/v1/dashboards/{c}", COMMUNE)
                .then().statusCode(200).extract().jsonPath().setRootPath("years.find { it.year == 2026 }");
        assertEquals(provisional.getInt("provisional.poor"), dashboard.getInt("poor"));
        assertEquals(0, BigDecimal.valueOf(dashboard.getInt("poor") * 100.0 / dashboard.getInt("households"))
                .setScale(2, java.math.RoundingMode.HALF_UP).compareTo(new BigDecimal(dashboard.getString("poorRate"))));

        // the movement says what the decision says, household by household
        JsonPath items = items(campaign);
        assertEquals("UNCHANGED", items.getString("items.find { it.householdId == '" + stays.id() + "' }.transition"));
        assertEquals("ESCAPED_POVERTY",
                items.getString("items.find { it.householdId == '" + escapes.id() + "' }.transition"));
        assertEquals("NEAR_POOR_TO_POOR",
                items.getString("items.find { it.householdId == '" + worsens.id() + "' }.transition"));
        assertEquals("NEWLY_POOR", items.getString("items.find { it.householdId == '" + applies.id() + "' }.transition"));
        JsonPath movement = villageRow("/api/v1/reports/movement", COMMUNE, 2026, village);
        assertEquals(count(2, 4), movement.getMap("figures.start"));
        assertEquals(count(1, 2), movement.getMap("figures.decreases.ESCAPED"));
        assertEquals(count(0, 0), movement.getMap("figures.decreases.OTHER"));
        assertEquals(count(1, 2), movement.getMap("figures.increases.FROM_NEAR_POOR"));
        assertEquals(count(1, 2), movement.getMap("figures.increases.NEWLY_POOR"));
        assertEquals(count(0, 0), movement.getMap("figures.increases.OTHER"));
        assertEquals(count(3, 6), movement.getMap("figures.end"));

        // the decided 2026 result is locked too
        Map<String, Object> late = survey(2026, "2026-10-05", "NOT_POOR");
        late.put("correctionReason", "Hộ đã có việc làm");
        as(officer).body(late).when().post(HOUSEHOLDS + "/{id}/records", stays.id())
                .then().statusCode(409).body("code", equalTo("record.decided"));

        // between reviews the class changes through a regular review: Mẫu 04 in December 2026
        TestClock.set("2026-12-16");
        String regular = as(officer)
                .body(Map.of("communeCode", COMMUNE, "kind", "REGULAR", "year", 2026, "month", 12))
                .when().post(CAMPAIGNS).then().statusCode(201).extract().path("id");
        String request = as(officer).body(Map.of("householdId", stays.id(), "form", "MAU_04",
                "requestedOn", "2026-12-16", "screeningPassed", true))
                .when().post(CAMPAIGNS + "/{id}/applicants", regular).then().statusCode(201)
                .body("previousClass", equalTo("POOR")).extract().path("id");
        as(admin).body(Map.of("record", survey(2026, "2026-12-16", "NOT_POOR")))
                .when().post(CAMPAIGNS + "/{id}/items/{item}/survey", regular, request).then().statusCode(200);
        JsonPath waiting = villageRow("/api/v1/reports/tables/summary", COMMUNE, 2026, village);
        assertEquals(3, waiting.getInt("values.poor"));
        TestClock.set("2026-12-29");
        as(officer).body(PeriodicReviewTest.meeting(village, "2026-12-17", 12, 9))
                .when().post(CAMPAIGNS + "/{id}/meetings", regular).then().statusCode(201);
        as(officer).body(Map.of("startsOn", "2026-12-18"))
                .when().post(CAMPAIGNS + "/{id}/postings", regular).then().statusCode(201);
        as(PeriodicReviewTest.province).body(Map.of("givenOn", "2026-12-24", "text", "Đồng ý"))
                .when().post(CAMPAIGNS + "/{id}/opinion", regular).then().statusCode(200);
        String regularTag = as(chair).when().get(CAMPAIGNS + "/{id}", regular).then()
                .extract().header("ETag");
        as(chair).header("If-Match", regularTag)
                .body(Map.of("number", "131/QĐ-UBND", "decidedOn", "2026-12-28"))
                .when().post(CAMPAIGNS + "/{id}/decision", regular).then().statusCode(200);
        // the year's class is the latest decision's: the household that stayed poor in November left in December
        JsonPath december = villageRow("/api/v1/reports/tables/summary", COMMUNE, 2026, village);
        assertEquals(5, december.getInt("values.households"));
        assertEquals(2, december.getInt("values.poor"));
        JsonPath year = villageRow("/api/v1/reports/movement", COMMUNE, 2026, village);
        assertEquals(count(2, 4), year.getMap("figures.start"));
        assertEquals(count(2, 4), year.getMap("figures.decreases.ESCAPED"));
        assertEquals(count(1, 2), year.getMap("figures.increases.FROM_NEAR_POOR"));
        assertEquals(count(1, 2), year.getMap("figures.increases.NEWLY_POOR"));
        assertEquals(count(2, 4), year.getMap("figures.end"));
        as(officer).when().get(HOUSEHOLDS + "/{id}/decisions", stays.id()).then()
                .body("[0].kind", equalTo("REGULAR")).body("[0].classification", equalTo("NOT_POOR"))
                .body("[0].transition", equalTo("ESCAPED_POVERTY")).body("[0].decisionNumber", equalTo("131/QĐ-UBND"))
                .body("[1].kind", equalTo("PERIODIC")).body("[1].year", equalTo(2026));

        // the province's movement has the commune as a row equal to the commune's total
        JsonPath commune = as(PeriodicReviewTest.province).queryParam("areaCode", COMMUNE).queryParam("year", 2026)
                .when().get("/api/v1/reports/movement").then().statusCode(200).extract().jsonPath();
        JsonPath province = as(PeriodicReviewTest.province).queryParam("areaCode", "46").queryParam("year", 2026)
                .when().get("/api/v1/reports/movement").then().statusCode(200).extract().jsonPath();
        assertEquals(commune.getMap("total"), province.getMap("rows.find { it.key == '" + COMMUNE + "' }.figures"));
    }

    @Test
    void onlyAnAdministratorRectifiesAnOfficialClassWithAReason() {
        TestClock.set("2026-12-20");
        String village = village("Tổ dân phố Cải Chính");
        Created h = household(village, "Hồ Văn Sửa", "Lê Thị Sửa");
        Map<String, Object> body = Map.of("record", PeriodicReviewTest.record(2026, "2026-10-01", "POOR"),
                "reason", "Quyết định ghi nhầm hộ", "decidedOn", "2026-12-18");
        as(officer).body(body).when().post(HOUSEHOLDS + "/{id}/decisions", h.id())
                .then().statusCode(403);
        as(admin).body(Map.of("record", PeriodicReviewTest.record(2026, "2026-10-01", "POOR"),
                "decidedOn", "2026-12-18")).when().post(HOUSEHOLDS + "/{id}/decisions", h.id())
                .then().statusCode(422).body("code", equalTo("validation.failed"));
        as(admin).body(Map.of("record", PeriodicReviewTest.record(2026, "2026-10-01", "POOR"),
                "reason", "Tương lai", "decidedOn", "2026-12-25")).when().post(HOUSEHOLDS + "/{id}/decisions", h.id())
                .then().statusCode(422);
        as(admin).body(body).when().post(HOUSEHOLDS + "/{id}/decisions", h.id()).then().statusCode(201)
                .body("kind", equalTo("RECTIFICATION")).body("reason", equalTo("Quyết định ghi nhầm hộ"));
        as(officer).when().get(HOUSEHOLDS + "/{id}/audit", h.id()).then().statusCode(200)
                .body("action", org.hamcrest.Matchers.hasItem("record.rectified"));
        as(officer).when().get(HOUSEHOLDS + "/{id}", h.id()).then()
                .body("officialClass", equalTo("POOR"));
    }
}
