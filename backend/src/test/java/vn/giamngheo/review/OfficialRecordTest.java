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
 * movement report says what the decisions say. Told for one village of Xã Nam Đông through the 2027 periodic
 * review (NĐ 351/2025) and a regular review of March 2028.
 */
@QuarkusTest
class OfficialRecordTest {

    static final String COMMUNE = PeriodicReviewTest.COMMUNE;

    static String admin;

    @BeforeAll
    static void tokens() {
        PeriodicReviewTest.tokens();
        admin = KeycloakTokens.tokenOf("admin");
    }

    @AfterEach
    void clockBack() {
        TestClock.reset();
    }

    /** A survey under NĐ 351/2025 (rural line 2,200,000): POOR (3 deprivations), NEAR_POOR (2) or NOT_POOR. */
    static Map<String, Object> survey(int year, String date, String result) {
        Map<String, Object> facts = switch (result) {
            case "POOR" -> Map.of("wallsDurable", false, "roofDurable", false, "latrineType", "SIMPLE_PIT");
            case "NEAR_POOR" -> Map.of("wallsDurable", true, "roofDurable", true, "latrineType", "SIMPLE_PIT");
            default -> Map.of("wallsDurable", true, "roofDurable", true);
        };
        return new HashMap<>(Map.of("surveyYear", year, "surveyDate", date, "reviewer", "Hồ Thị Lan",
                "monthlyIncomePerCapita", result.equals("NOT_POOR") ? 5_000_000 : 1_200_000, "household", facts));
    }

    /** The 2026 class, as that year's decision fixed it. */
    static void decided2026(Created h, String result) {
        Map<String, Object> record = result.equals("NOT_POOR") ? PeriodicReviewTest.record(2026, "2026-10-01",
                "AVERAGE_LIVING") : PeriodicReviewTest.record(2026, "2026-10-01", result);
        if (result.equals("NOT_POOR")) {
            record.put("monthlyIncomePerCapita", 5_000_000);
        }
        as(admin).body(Map.of("record", record, "reason", "Danh sách năm 2026", "decidedOn", "2026-12-14"))
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
        TestClock.set("2027-09-05");
        String village = PeriodicReviewTest.village("Thôn Chính Thức");
        Created stays = PeriodicReviewTest.household(village, "Hồ Văn Ở", "Lê Thị Ở");
        Created escapes = PeriodicReviewTest.household(village, "Hồ Văn Thoát", "Lê Thị Thoát");
        Created worsens = PeriodicReviewTest.household(village, "Hồ Văn Cận", "Lê Thị Cận");
        Created applies = PeriodicReviewTest.household(village, "Hồ Văn Xin", "Lê Thị Xin");
        Created unlisted = PeriodicReviewTest.household(village, "Hồ Văn Khá", "Lê Thị Khá");
        decided2026(stays, "POOR");
        decided2026(escapes, "POOR");
        decided2026(worsens, "NEAR_POOR");
        decided2026(applies, "NOT_POOR");
        decided2026(unlisted, "NOT_POOR");

        // a decided year is locked: a correction is refused and nothing is written
        Map<String, Object> correction = PeriodicReviewTest.record(2026, "2026-10-01", "AVERAGE_LIVING");
        correction.put("correctionReason", "Thu nhập khai thiếu");
        as(PeriodicReviewTest.officer).body(correction).when().post(HOUSEHOLDS + "/{id}/records", stays.id())
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("record.decided"));
        as(PeriodicReviewTest.officer).when().get(HOUSEHOLDS + "/{id}/records", stays.id()).then()
                .body("size()", equalTo(1));

        // the 2027 review lists the poor and near-poor (M = 3 of the village's N = 5) and one applicant
        String campaign = as(PeriodicReviewTest.officer)
                .body(Map.of("communeCode", COMMUNE, "kind", "PERIODIC", "year", 2027))
                .when().post(CAMPAIGNS).then().statusCode(201).extract().path("id");
        JsonPath listed = PeriodicReviewTest.items(campaign);
        List<String> ours = List.of(stays.id(), escapes.id(), worsens.id());
        for (Map<String, Object> item : listed.<Map<String, Object>>getList("items")) {
            if (!ours.contains(item.get("householdId"))) {
                as(PeriodicReviewTest.officer).body(Map.of("reason", "Hộ của bộ kiểm thử khác"))
                        .when().post(CAMPAIGNS + "/{id}/items/{item}/exclusion", campaign, item.get("id"))
                        .then().statusCode(200);
            }
        }
        as(PeriodicReviewTest.officer).body(Map.of("householdId", applies.id(), "form", "MAU_01",
                "requestedOn", "2027-09-03", "screeningPassed", true))
                .when().post(CAMPAIGNS + "/{id}/applicants", campaign).then().statusCode(201);
        JsonPath all = PeriodicReviewTest.items(campaign);
        Map<Created, String> results = Map.of(stays, "POOR", escapes, "NOT_POOR", worsens, "POOR", applies, "POOR");
        TestClock.set("2027-10-10");
        results.forEach((h, result) -> as(PeriodicReviewTest.reviewer)
                .body(Map.of("record", survey(2027, "2027-10-05", result)))
                .when().post(CAMPAIGNS + "/{id}/items/{item}/survey", campaign, PeriodicReviewTest.itemOf(all, h))
                .then().statusCode(200).body("proposedClass", equalTo(result)));

        // before the decision the official 2027 figures are 2026's, for all five households;
        // the provisional view, labelled so, shows the proposals
        JsonPath before = villageRow("/api/v1/reports/tables/summary", COMMUNE, 2027, village);
        assertEquals(5, before.getInt("values.households"));
        assertEquals(2, before.getInt("values.poor"));
        assertEquals(1, before.getInt("values.nearPoor"));
        JsonPath provisional = as(PeriodicReviewTest.officer).queryParam("year", 2027)
                .when().get("/api/v1/dashboards/{c}/provisional", COMMUNE).then().statusCode(200)
                .body("basis", equalTo("PROVISIONAL")).body("proposals", equalTo(4)).extract().jsonPath();
        assertEquals(provisional.getInt("official.poor") + 1, provisional.getInt("provisional.poor"));
        assertEquals(provisional.getInt("official.nearPoor") - 1, provisional.getInt("provisional.nearPoor"));
        assertEquals(provisional.getInt("official.households"), provisional.getInt("provisional.households"));

        // meeting, posting, the province's opinion and the chairman's decision
        TestClock.set("2027-11-06");
        as(PeriodicReviewTest.officer).body(PeriodicReviewTest.meeting(village, "2027-10-20", 10, 8))
                .when().post(CAMPAIGNS + "/{id}/meetings", campaign).then().statusCode(201)
                .body("passed", equalTo(true));
        as(PeriodicReviewTest.officer).body(Map.of("startsOn", "2027-10-25"))
                .when().post(CAMPAIGNS + "/{id}/postings", campaign).then().statusCode(201);
        as(PeriodicReviewTest.province).body(Map.of("givenOn", "2027-11-02", "text", "Đồng ý"))
                .when().post(CAMPAIGNS + "/{id}/opinion", campaign).then().statusCode(200);
        String etag = as(PeriodicReviewTest.chair).when().get(CAMPAIGNS + "/{id}", campaign).then()
                .extract().header("ETag");
        as(PeriodicReviewTest.chair).header("If-Match", etag)
                .body(Map.of("number", "127/QĐ-UBND", "decidedOn", "2027-11-05"))
                .when().post(CAMPAIGNS + "/{id}/decision", campaign).then().statusCode(200)
                .body("status", equalTo("DECIDED"));

        // after it: the year's rate is the decided poor over all N households; the unlisted one keeps its class
        JsonPath after = villageRow("/api/v1/reports/tables/summary", COMMUNE, 2027, village);
        assertEquals(5, after.getInt("values.households"));
        assertEquals(3, after.getInt("values.poor"));
        assertEquals(0, after.getInt("values.nearPoor"));
        as(PeriodicReviewTest.officer).when().get(HOUSEHOLDS + "/{id}", unlisted.id()).then()
                .body("officialClass", equalTo("NOT_POOR")).body("officialYear", equalTo(2027));
        as(PeriodicReviewTest.officer).queryParam("communeCode", COMMUNE).queryParam("villageId", village)
                .queryParam("year", 2027).queryParam("classification", "POOR").when().get(HOUSEHOLDS)
                .then().statusCode(200).body("items.size()", equalTo(3));
        JsonPath dashboard = as(PeriodicReviewTest.officer).when().get("/api/v1/dashboards/{c}", COMMUNE)
                .then().statusCode(200).extract().jsonPath().setRootPath("years.find { it.year == 2027 }");
        assertEquals(provisional.getInt("provisional.poor"), dashboard.getInt("poor"));
        assertEquals(BigDecimal.valueOf(dashboard.getInt("poor") * 100.0 / dashboard.getInt("households"))
                .setScale(2, java.math.RoundingMode.HALF_UP), new BigDecimal(dashboard.getString("poorRate")));

        // the movement says what the decision says, household by household
        JsonPath items = PeriodicReviewTest.items(campaign);
        assertEquals("UNCHANGED", items.getString("items.find { it.householdId == '" + stays.id() + "' }.transition"));
        assertEquals("ESCAPED_POVERTY",
                items.getString("items.find { it.householdId == '" + escapes.id() + "' }.transition"));
        assertEquals("NEAR_POOR_TO_POOR",
                items.getString("items.find { it.householdId == '" + worsens.id() + "' }.transition"));
        assertEquals("NEWLY_POOR", items.getString("items.find { it.householdId == '" + applies.id() + "' }.transition"));
        JsonPath movement = villageRow("/api/v1/reports/movement", COMMUNE, 2027, village);
        assertEquals(count(2, 4), movement.getMap("figures.start"));
        assertEquals(count(1, 2), movement.getMap("figures.decreases.ESCAPED"));
        assertEquals(count(0, 0), movement.getMap("figures.decreases.OTHER"));
        assertEquals(count(1, 2), movement.getMap("figures.increases.FROM_NEAR_POOR"));
        assertEquals(count(1, 2), movement.getMap("figures.increases.NEWLY_POOR"));
        assertEquals(count(0, 0), movement.getMap("figures.increases.OTHER"));
        assertEquals(count(3, 6), movement.getMap("figures.end"));

        // the decided 2027 result is locked too
        Map<String, Object> late = survey(2027, "2027-10-05", "NOT_POOR");
        late.put("correctionReason", "Hộ đã có việc làm");
        as(PeriodicReviewTest.officer).body(late).when().post(HOUSEHOLDS + "/{id}/records", stays.id())
                .then().statusCode(409).body("code", equalTo("record.decided"));

        // between reviews the class changes through a regular review: Mẫu 04 in March 2028
        TestClock.set("2028-03-16");
        String regular = as(PeriodicReviewTest.officer)
                .body(Map.of("communeCode", COMMUNE, "kind", "REGULAR", "year", 2028, "month", 3))
                .when().post(CAMPAIGNS).then().statusCode(201).extract().path("id");
        String request = as(PeriodicReviewTest.officer).body(Map.of("householdId", stays.id(), "form", "MAU_04",
                "requestedOn", "2028-03-16", "screeningPassed", true))
                .when().post(CAMPAIGNS + "/{id}/applicants", regular).then().statusCode(201)
                .body("previousClass", equalTo("POOR")).extract().path("id");
        as(PeriodicReviewTest.reviewer).body(Map.of("record", survey(2028, "2028-03-16", "NOT_POOR")))
                .when().post(CAMPAIGNS + "/{id}/items/{item}/survey", regular, request).then().statusCode(200);
        JsonPath waiting = villageRow("/api/v1/reports/tables/summary", COMMUNE, 2028, village);
        assertEquals(3, waiting.getInt("values.poor"));
        TestClock.set("2028-03-27");
        as(PeriodicReviewTest.officer).body(PeriodicReviewTest.meeting(village, "2028-03-17", 12, 9))
                .when().post(CAMPAIGNS + "/{id}/meetings", regular).then().statusCode(201);
        as(PeriodicReviewTest.officer).body(Map.of("startsOn", "2028-03-20"))
                .when().post(CAMPAIGNS + "/{id}/postings", regular).then().statusCode(201);
        as(PeriodicReviewTest.province).body(Map.of("givenOn", "2028-03-24", "text", "Đồng ý"))
                .when().post(CAMPAIGNS + "/{id}/opinion", regular).then().statusCode(200);
        String regularTag = as(PeriodicReviewTest.chair).when().get(CAMPAIGNS + "/{id}", regular).then()
                .extract().header("ETag");
        as(PeriodicReviewTest.chair).header("If-Match", regularTag)
                .body(Map.of("number", "31/QĐ-UBND", "decidedOn", "2028-03-26"))
                .when().post(CAMPAIGNS + "/{id}/decision", regular).then().statusCode(200);
        JsonPath march = villageRow("/api/v1/reports/movement", COMMUNE, 2028, village);
        assertEquals(count(3, 6), march.getMap("figures.start"));
        assertEquals(count(1, 2), march.getMap("figures.decreases.ESCAPED"));
        assertEquals(count(2, 4), march.getMap("figures.end"));
        as(PeriodicReviewTest.officer).when().get(HOUSEHOLDS + "/{id}/decisions", stays.id()).then()
                .body("[0].kind", equalTo("REGULAR")).body("[0].classification", equalTo("NOT_POOR"))
                .body("[0].transition", equalTo("ESCAPED_POVERTY")).body("[0].decisionNumber", equalTo("31/QĐ-UBND"))
                .body("[1].kind", equalTo("PERIODIC")).body("[1].year", equalTo(2027));

        // the province's movement has the commune as a row equal to the commune's total
        JsonPath commune = as(PeriodicReviewTest.province).queryParam("areaCode", COMMUNE).queryParam("year", 2028)
                .when().get("/api/v1/reports/movement").then().statusCode(200).extract().jsonPath();
        JsonPath province = as(PeriodicReviewTest.province).queryParam("areaCode", "46").queryParam("year", 2028)
                .when().get("/api/v1/reports/movement").then().statusCode(200).extract().jsonPath();
        assertEquals(commune.getMap("total"), province.getMap("rows.find { it.key == '" + COMMUNE + "' }.figures"));
    }

    @Test
    void onlyAnAdministratorRectifiesAnOfficialClassWithAReason() {
        TestClock.set("2026-12-20");
        String village = PeriodicReviewTest.village("Thôn Cải Chính");
        Created h = PeriodicReviewTest.household(village, "Hồ Văn Sửa", "Lê Thị Sửa");
        Map<String, Object> body = Map.of("record", PeriodicReviewTest.record(2026, "2026-10-01", "POOR"),
                "reason", "Quyết định ghi nhầm hộ", "decidedOn", "2026-12-18");
        as(PeriodicReviewTest.officer).body(body).when().post(HOUSEHOLDS + "/{id}/decisions", h.id())
                .then().statusCode(403);
        as(admin).body(Map.of("record", PeriodicReviewTest.record(2026, "2026-10-01", "POOR"),
                "decidedOn", "2026-12-18")).when().post(HOUSEHOLDS + "/{id}/decisions", h.id())
                .then().statusCode(422).body("code", equalTo("validation.failed"));
        as(admin).body(Map.of("record", PeriodicReviewTest.record(2026, "2026-10-01", "POOR"),
                "reason", "Tương lai", "decidedOn", "2026-12-25")).when().post(HOUSEHOLDS + "/{id}/decisions", h.id())
                .then().statusCode(422);
        as(admin).body(body).when().post(HOUSEHOLDS + "/{id}/decisions", h.id()).then().statusCode(201)
                .body("kind", equalTo("RECTIFICATION")).body("reason", equalTo("Quyết định ghi nhầm hộ"));
        as(PeriodicReviewTest.officer).when().get(HOUSEHOLDS + "/{id}/audit", h.id()).then().statusCode(200)
                .body("action", org.hamcrest.Matchers.hasItem("record.rectified"));
        as(PeriodicReviewTest.officer).when().get(HOUSEHOLDS + "/{id}", h.id()).then()
                .body("officialClass", equalTo("POOR"));
    }
}
