package vn.giamngheo.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.KeycloakTokens;
import vn.giamngheo.testing.TestClock;

/**
 * Obligations are kept by the administrator, and a province's local ones by the province: a new local one
 * owes submissions at once, from that province's units only; a new due day re-dates the periods not yet
 * due and leaves the past ones as they were; nonsense schedules, other roles and stale versions are refused.
 */
@QuarkusTest
class ObligationsTest {

    static final String R = "/api/v1/reporting";

    static String admin;
    static String province;

    @BeforeAll
    static void tokens() {
        KeycloakTokens.requireKeycloak();
        admin = KeycloakTokens.tokenOf("admin");
        province = KeycloakTokens.tokenOf("tinh.hue");
    }

    @AfterEach
    void realDate() {
        TestClock.reset();
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A November report of each commune, due on the given day of December. */
    static Map<String, Object> novemberReport(String code, int dueDay) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", "Báo cáo nhanh kết quả hỗ trợ tháng 11");
        body.put("titleEn", "Quick report on November's support");
        body.put("legalBasis", "Công văn của tỉnh (ví dụ)");
        body.put("periodType", "MONTHLY");
        body.put("periods", List.of(11));
        body.put("dueRule", "DAY_OF_NEXT_MONTH");
        body.put("dueDay", dueDay);
        body.put("opensDaysBeforeDue", 0);
        body.put("ownerLevel", "COMMUNE");
        body.put("recipientLevel", "PROVINCE");
        body.put("content", "SUPPORT_RESULTS");
        body.put("reminderOffsets", List.of(-3, 1));
        body.put("lockDays", 10);
        body.put("provinceCode", "46");
        body.put("active", true);
        return body;
    }

    static List<String> dueDates(String code, int year) {
        return given().auth().oauth2(province).queryParam("obligationCode", code).queryParam("year", year)
                .queryParam("limit", 500).when().get(R + "/submissions").then().statusCode(200)
                .extract().jsonPath().getList("items.dueOn", String.class);
    }

    @Test
    void aProvinceAddsAndReschedulesItsLocalObligation() {
        TestClock.set("2026-11-22");
        String code = "HUE_NOVEMBER_" + (System.nanoTime() % 100000);

        // a province keeps its own local obligations, not national ones nor another province's
        Map<String, Object> national = novemberReport(code, 5);
        national.put("provinceCode", null);
        as(province).body(national).when().post(R + "/obligations").then().statusCode(403)
                .body("code", equalTo("reporting.not_keeper"));
        Map<String, Object> hanoi = novemberReport(code, 5);
        hanoi.put("provinceCode", "01");
        as(province).body(hanoi).when().post(R + "/obligations").then().statusCode(403)
                .body("code", equalTo("security.out_of_jurisdiction"));
        as(KeycloakTokens.tokenOf("xa.namdong")).body(novemberReport(code, 5)).when().post(R + "/obligations")
                .then().statusCode(403);

        String etag = as(province).body(novemberReport(code, 5)).when().post(R + "/obligations").then().statusCode(201)
                .body("code", equalTo(code)).body("statutory", equalTo(false)).body("periods", equalTo(List.of(11)))
                .body("provinceCode", equalTo("46")).extract().header("ETag");
        // only Huế's communes owe it
        given().auth().oauth2(admin).queryParam("obligationCode", code).queryParam("provinceCode", "01")
                .when().get(R + "/submissions").then().statusCode(200).body("items", equalTo(List.of()));
        as(admin).body(novemberReport(code, 5)).when().post(R + "/obligations").then().statusCode(409)
                .body("code", equalTo("reporting.obligation_exists"));
        // each commune of Huế owes November 2025 (overdue since 05/12/2025) and November 2026 (opens 01/12)
        List<String> due2026 = dueDates(code, 2026);
        assertThat(due2026.size(), greaterThan(30));
        assertThat(due2026.size(), lessThan(200));
        assertThat(due2026, everyItem(equalTo("2026-12-05")));
        assertThat(dueDates(code, 2025), hasItem("2025-12-05"));

        // the province asks for the 10th instead: the periods not yet due move, the past one stays
        as(admin).body(novemberReport(null, 10)).when().put(R + "/obligations/{c}", code).then().statusCode(428);
        String newTag = as(province).header("If-Match", etag).body(novemberReport(null, 10))
                .when().put(R + "/obligations/{c}", code).then().statusCode(200)
                .body("dueDay", equalTo(10)).body("version", equalTo(1)).extract().header("ETag");
        assertEquals(due2026.size(), dueDates(code, 2026).size());
        assertThat(dueDates(code, 2026), everyItem(equalTo("2026-12-10")));
        assertThat(dueDates(code, 2025), everyItem(equalTo("2025-12-05")));
        as(admin).header("If-Match", etag).body(novemberReport(null, 12)).when().put(R + "/obligations/{c}", code)
                .then().statusCode(412);
        given().auth().oauth2(province).when().get(R + "/obligations/{c}", code).then().statusCode(200)
                .header("ETag", newTag).body("dueDay", equalTo(10));

        // owners and content stay once submissions exist
        Map<String, Object> other = novemberReport(null, 10);
        other.put("content", "BRIEFING");
        as(admin).header("If-Match", newTag).body(other).when().put(R + "/obligations/{c}", code).then()
                .statusCode(409).body("code", equalTo("reporting.obligation_in_use"));
        // a code is kept
        as(admin).header("If-Match", newTag).body(novemberReport("ANOTHER_CODE", 10))
                .when().put(R + "/obligations/{c}", code).then().statusCode(422)
                .body("code", equalTo("reporting.code_fixed"));

        // deactivated: the periods not yet due are withdrawn, the overdue one stays on the record
        Map<String, Object> retired = novemberReport(null, 10);
        retired.put("active", false);
        as(admin).header("If-Match", newTag).body(retired).when().put(R + "/obligations/{c}", code).then()
                .statusCode(200).body("active", equalTo(false));
        assertEquals(List.of(), dueDates(code, 2026));
        assertThat(dueDates(code, 2025), hasItem("2025-12-05"));
    }

    @Test
    void aProvinceCannotChangeAStatutoryObligation() {
        String etag = given().auth().oauth2(province).when().get(R + "/obligations/{c}", "COMMUNE_REGULAR_REVIEW")
                .then().statusCode(200).body("provinceCode", equalTo(null)).extract().header("ETag");
        Map<String, Object> body = novemberReport(null, 6);
        body.put("periods", List.of(1, 2, 3, 4, 5, 6, 7, 8));
        body.put("content", "REGULAR_REVIEW");
        as(province).header("If-Match", etag).body(body).when().put(R + "/obligations/{c}", "COMMUNE_REGULAR_REVIEW")
                .then().statusCode(403).body("code", equalTo("reporting.not_keeper"));
        // the seed's local obligations are Huế's
        given().auth().oauth2(province).when().get(R + "/obligations/{c}", "COMMUNE_BRIEFING").then().statusCode(200)
                .body("provinceCode", equalTo("46"));
    }

    @Test
    void schedulesThatMakeNoSenseAreRefused() {
        Map<String, Object> thirteenth = novemberReport("BAD_MONTH", 5);
        thirteenth.put("periods", List.of(11, 13));
        as(admin).body(thirteenth).when().post(R + "/obligations").then().statusCode(422)
                .body("code", equalTo("reporting.invalid_periods"));

        Map<String, Object> february = novemberReport("BAD_DATE", 31);
        february.put("periodType", "YEARLY");
        february.put("periods", List.of(1));
        february.put("dueRule", "FIXED_DATE");
        february.put("dueMonth", 2);
        as(admin).body(february).when().post(R + "/obligations").then().statusCode(422)
                .body("code", equalTo("reporting.invalid_due_date"));

        Map<String, Object> sideways = novemberReport("BAD_RECIPIENT", 5);
        sideways.put("ownerLevel", "PROVINCE");
        as(admin).body(sideways).when().post(R + "/obligations").then().statusCode(422)
                .body("code", equalTo("reporting.invalid_recipient"));

        Map<String, Object> agencyReview = novemberReport("BAD_CONTENT", 5);
        agencyReview.put("ownerLevel", "AGENCY");
        agencyReview.put("content", "REGULAR_REVIEW");
        as(admin).body(agencyReview).when().post(R + "/obligations").then().statusCode(422)
                .body("code", equalTo("reporting.content_not_for_owner"));

        Map<String, Object> nowhere = novemberReport("BAD_PROVINCE", 5);
        nowhere.put("provinceCode", "99");
        as(admin).body(nowhere).when().post(R + "/obligations").then().statusCode(422)
                .body("code", equalTo("reporting.unknown_province"));

        Map<String, Object> untitled = novemberReport("lower case", 5);
        untitled.put("title", " ");
        as(admin).body(untitled).when().post(R + "/obligations").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("validation.failed"));
        // nothing refused was written
        given().auth().oauth2(admin).when().get(R + "/obligations/{c}", "BAD_MONTH").then().statusCode(404);
    }
}
