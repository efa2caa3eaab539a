package vn.giamngheo.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.review.PeriodicReviewTest.Created;
import vn.giamngheo.testing.KeycloakTokens;
import vn.giamngheo.testing.TestClock;

/**
 * The working-day calendar with the seeded 2026 holidays, and a monthly (regular) review around the
 * Hùng Kings' day and 30/4–1/5: every duration skips weekends and public holidays.
 */
@QuarkusTest
class RegularReviewTest {

    static final String CAMPAIGNS = PeriodicReviewTest.CAMPAIGNS;

    @BeforeAll
    static void keycloakIsUp() {
        KeycloakTokens.requireKeycloak();
        PeriodicReviewTest.tokens();
    }

    @AfterEach
    void clockBack() {
        TestClock.reset();
    }

    @Test
    void theSeededCalendarSkipsTetAndTheHolidaysOfAprilAndMay() {
        String officer = KeycloakTokens.tokenOf("xa.namdong");
        given().auth().oauth2(officer).queryParam("year", 2026).when().get("/api/v1/holidays").then().statusCode(200)
                .body("day", hasItems("2026-01-01", "2026-02-16", "2026-02-17", "2026-04-26", "2026-04-27",
                        "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02"))
                .body("find { it.day == '2026-04-26' }.name", equalTo("Giỗ Tổ Hùng Vương"));
        // Friday 24/4/2026, 3 working days: Friday, then Tuesday 28 (26 is Sunday, 27 its day off), Wednesday 29
        given().auth().oauth2(officer).queryParam("startsOn", "2026-04-24").queryParam("days", 3)
                .when().get("/api/v1/working-days").then().statusCode(200).body("endsOn", equalTo("2026-04-29"));
        // Friday 13/2/2026, the last working day before Tết: Monday 23 and Tuesday 24
        given().auth().oauth2(officer).queryParam("startsOn", "2026-02-13").queryParam("days", 3)
                .when().get("/api/v1/working-days").then().statusCode(200).body("endsOn", equalTo("2026-02-24"));
        // a weekend start counts from the Monday
        given().auth().oauth2(officer).queryParam("startsOn", "2026-03-07").queryParam("days", 1)
                .when().get("/api/v1/working-days").then().statusCode(200).body("endsOn", equalTo("2026-03-09"));
    }

    @Test
    void anAdministratorEditsTheCalendarAndDurationsFollow() {
        String admin = KeycloakTokens.tokenOf("admin");
        String officer = KeycloakTokens.tokenOf("xa.namdong");
        given().auth().oauth2(officer).queryParam("startsOn", "2026-12-30").queryParam("days", 2)
                .when().get("/api/v1/working-days").then().body("endsOn", equalTo("2026-12-31"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("name", "Nghỉ bù"))
                .when().put("/api/v1/holidays/2026-12-31").then().statusCode(403).body("code", equalTo("auth.forbidden"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", "Nghỉ bù Tết Dương lịch"))
                .when().put("/api/v1/holidays/2026-12-31").then().statusCode(200)
                .body("day", equalTo("2026-12-31")).body("name", equalTo("Nghỉ bù Tết Dương lịch"));
        // 31/12 off, 1/1/2027 New Year, then the weekend: the second working day is Monday 4/1/2027
        given().auth().oauth2(officer).queryParam("startsOn", "2026-12-30").queryParam("days", 2)
                .when().get("/api/v1/working-days").then().body("endsOn", equalTo("2027-01-04"));
        given().auth().oauth2(admin).when().delete("/api/v1/holidays/2026-12-31").then().statusCode(204);
        given().auth().oauth2(officer).queryParam("year", 2026).when().get("/api/v1/holidays")
                .then().body("day", not(hasItem("2026-12-31")));
        given().auth().oauth2(officer).queryParam("startsOn", "2026-12-30").queryParam("days", 2)
                .when().get("/api/v1/working-days").then().body("endsOn", equalTo("2026-12-31"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", " "))
                .when().put("/api/v1/holidays/2026-12-31").then().statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void aMonthlyRequestToLeavePovertyIsPostedOverTheHolidaysAndDecided() {
        // a fixed day after the story's last date (the decision of 6/5), whatever the calendar says
        TestClock.set("2026-05-10");
        String officer = KeycloakTokens.tokenOf("xa.namdong");
        String village = PeriodicReviewTest.village("Thôn Tháng Tư");
        Created h = PeriodicReviewTest.household(village, "Phạm Thị Thuỷ", "Hoàng Văn Sơn");
        PeriodicReviewTest.recordOf(h, 2025, "POOR");

        String campaign = PeriodicReviewTest.as(officer)
                .body(Map.of("communeCode", "20179", "kind", "REGULAR", "year", 2026, "month", 4))
                .when().post(CAMPAIGNS).then().statusCode(201)
                .body("opensOn", equalTo("2026-04-15"))
                // 15 days from Wednesday 15/4 (QĐ 24/2021 Điều 5: calendar days) end on Thursday 30/4, a holiday
                // like Friday 1/5: the period ends on the next working day, Monday 4/5
                .body("closesOn", equalTo("2026-05-04"))
                .extract().path("id");
        // the household asks to be recognised as out of poverty (Mẫu 04) on 16/4: 15 days later is 1/5, a
        // holiday before a weekend, so it is decided by Monday 4/5
        String item = PeriodicReviewTest.as(officer).body(Map.of("householdId", h.id(), "form", "MAU_04",
                "requestedOn", "2026-04-16", "screeningPassed", true))
                .when().post(CAMPAIGNS + "/{id}/applicants", campaign).then().statusCode(201)
                .body("origin", equalTo("REQUEST_EXIT")).body("previousClass", equalTo("POOR"))
                .body("decideBy", equalTo("2026-05-04")).extract().path("id");
        PeriodicReviewTest.survey(campaign, item, "AVERAGE_LIVING", "2026-04-20");
        PeriodicReviewTest.as(officer).body(PeriodicReviewTest.meeting(village, "2026-04-22", 20, 15))
                .when().post(CAMPAIGNS + "/{id}/meetings", campaign).then().statusCode(201).body("passed", equalTo(true));

        // posted on Friday 24/4 for 3 working days: ends Wednesday 29/4
        PeriodicReviewTest.as(officer).body(Map.of("startsOn", "2026-04-24"))
                .when().post(CAMPAIGNS + "/{id}/postings", campaign).then().statusCode(201)
                .body("workingDays", equalTo(3)).body("endsOn", equalTo("2026-04-29"));
        // a complaint on Tuesday 28/4 is re-checked within 3 working days: 29/4, 4/5, 5/5
        String complaint = PeriodicReviewTest.as(officer).body(Map.of("itemId", item, "complainant", "Trần Văn Bình",
                "kind", "DATA_ERROR", "receivedOn", "2026-04-28"))
                .when().post(CAMPAIGNS + "/{id}/complaints", campaign).then().statusCode(201)
                .body("recheckDue", equalTo("2026-05-05")).extract().path("id");
        PeriodicReviewTest.as(officer).body(Map.of("outcome", "REJECTED", "resolvedOn", "2026-04-29",
                "resolution", "Số liệu đúng"))
                .when().post(CAMPAIGNS + "/{id}/complaints/{c}/resolution", campaign, complaint)
                .then().statusCode(200).body("late", equalTo(false));
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}/items/{item}", campaign, item)
                .then().body("state", equalTo("POSTED"));

        PeriodicReviewTest.as(PeriodicReviewTest.province).body(Map.of("givenOn", "2026-05-04", "text", "Đồng ý"))
                .when().post(CAMPAIGNS + "/{id}/opinion", campaign).then().statusCode(200);
        String etag = PeriodicReviewTest.as(PeriodicReviewTest.chair).when().get(CAMPAIGNS + "/{id}", campaign)
                .then().extract().header("ETag");
        PeriodicReviewTest.as(PeriodicReviewTest.chair).header("If-Match", etag)
                .body(Map.of("number", "31/QĐ-UBND", "decidedOn", "2026-05-06"))
                .when().post(CAMPAIGNS + "/{id}/decision", campaign).then().statusCode(200)
                .body("status", equalTo("DECIDED"));
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}/items/{item}", campaign, item)
                .then().body("transition", equalTo("ESCAPED_POVERTY")).body("finalClass", equalTo("AVERAGE_LIVING"));
        PeriodicReviewTest.as(officer).queryParam("communeCode", "20179").queryParam("kind", "REGULAR")
                .queryParam("year", 2026).when().get(CAMPAIGNS).then().statusCode(200)
                .body("items.find { it.id == '" + campaign + "' }.month", equalTo(4));
    }
}
