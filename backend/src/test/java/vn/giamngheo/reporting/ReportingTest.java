package vn.giamngheo.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.InProcessSmtp;
import vn.giamngheo.testing.KeycloakTokens;
import vn.giamngheo.testing.TestClock;

/**
 * A month of the commune's monthly report on the regular review, with real tokens and the test
 * clock: not yet due, a reminder before the due date (in the app and by e-mail to an in-process SMTP
 * server), open, overdue after the 5th, sent late, returned, sent again; the province's timeliness.
 */
@QuarkusTest
class ReportingTest {

    static final String R = "/api/v1/reporting";
    static final String OBLIGATION = "COMMUNE_REGULAR_REVIEW";

    static String admin;
    static String commune;
    static String ward;
    static String province;

    @BeforeAll
    static void tokens() {
        KeycloakTokens.requireKeycloak();
        admin = KeycloakTokens.tokenOf("admin");
        commune = KeycloakTokens.tokenOf("xa.namdong");
        ward = KeycloakTokens.tokenOf("phuong.huongtra");
        province = KeycloakTokens.tokenOf("tinh.hue");
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Moves the server's date and runs the morning job, as the scheduler would that day. */
    static void dayIs(String date) {
        TestClock.set(date);
        given().auth().oauth2(admin).when().post(R + "/reminders/run").then().statusCode(200)
                .body("on", equalTo(date));
    }

    @AfterEach
    void realDate() {
        TestClock.reset();
    }

    static JsonPath march(String token, String unit) {
        return as(token).queryParam("obligationCode", OBLIGATION).queryParam("unitCode", unit).queryParam("year", 2026)
                .when().get(R + "/submissions").then().statusCode(200).extract().jsonPath();
    }

    static String marchId(String token, String unit) {
        return march(token, unit).getString("items.find { it.periodLabel == '2026-03' }.id");
    }

    static List<InProcessSmtp.Message> mailsAbout(String period, String to) {
        return InProcessSmtp.RECEIVED.stream().filter(m -> m.recipients().contains(to)
                && m.data().contains(period) && !m.data().contains(period.substring(0, 4) + "-Q")).toList();
    }

    @Test
    void aMonthOfTheRegularReviewReport() {
        dayIs("2026-03-20");
        String id = marchId(commune, "20179");
        as(commune).when().get(R + "/submissions/{id}", id).then().statusCode(200)
                .body("state", equalTo("NOT_YET_DUE")).body("opensOn", equalTo("2026-04-01"))
                .body("dueOn", equalTo("2026-04-05")).body("unitName", equalTo("Xã Nam Đông"));
        as(commune).when().post(R + "/submissions/{id}/submission", id).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("reporting.not_open"));
        // another commune's officer does not see it
        as(ward).when().get(R + "/submissions/{id}", id).then().statusCode(404);
        as(commune).body(Map.of("emails", List.of("vanphong.namdong@giamngheo.local")))
                .when().put(R + "/contacts/20179").then().statusCode(200);
        as(ward).body(Map.of("emails", List.of("x@giamngheo.local"))).when().put(R + "/contacts/20179")
                .then().statusCode(403);
        int before = mailsAbout("2026-03", "vanphong.namdong@giamngheo.local").size();

        // five days before the due date: a reminder in the app and one e-mail
        dayIs("2026-03-31");
        as(commune).when().get(R + "/reminders").then().statusCode(200)
                .body("find { it.submissionId == '" + id + "' }.offsetDays", equalTo(-5))
                .body("find { it.submissionId == '" + id + "' }.dueOn", equalTo("2026-04-05"));
        List<InProcessSmtp.Message> mails = mailsAbout("2026-03", "vanphong.namdong@giamngheo.local");
        assertEquals(before + 1, mails.size(), "one reminder e-mail before the due date");
        assertTrue(mails.get(mails.size() - 1).data().contains("Subject:"), mails.get(mails.size() - 1).data());

        // open; the ward sends its report on time
        dayIs("2026-04-03");
        as(commune).when().get(R + "/submissions/{id}", id).then().body("state", equalTo("OPEN"));
        String wardReport = marchId(ward, "19996");
        as(ward).body(Map.of("narrative", "Tháng 3 tiếp nhận 2 hồ sơ")).when()
                .post(R + "/submissions/{id}/submission", wardReport).then().statusCode(200)
                .body("state", equalTo("SUBMITTED_ON_TIME")).body("versions", equalTo(1));
        // nobody sends another unit's report
        as(ward).when().post(R + "/submissions/{id}/submission", id).then().statusCode(404);

        // after the 5th it is overdue, and the day after the due date brings another reminder
        dayIs("2026-04-06");
        as(commune).when().get(R + "/submissions/{id}", id).then().body("state", equalTo("OVERDUE"));
        as(commune).queryParam("state", "OVERDUE").queryParam("unitCode", "20179").when().get(R + "/submissions")
                .then().statusCode(200).body("items.id", hasItem(id));
        assertEquals(before + 2, mailsAbout("2026-03", "vanphong.namdong@giamngheo.local").size(),
                "a second reminder the day after the due date");
        dayIs("2026-04-06");
        assertEquals(before + 2, mailsAbout("2026-03", "vanphong.namdong@giamngheo.local").size(),
                "each reminder once");

        // sent late, with the figures frozen
        dayIs("2026-04-08");
        as(commune).body(Map.of("narrative", "Báo cáo kết quả rà soát thường xuyên tháng 3"))
                .when().post(R + "/submissions/{id}/submission", id).then().statusCode(200)
                .body("state", equalTo("SUBMITTED_LATE")).body("firstSubmittedOn", equalTo("2026-04-08"))
                .body("history", hasSize(1)).body("history[0].figures.content", equalTo("REGULAR_REVIEW"))
                .body("history[0].figures.households.TOTAL.households", greaterThan(-1));
        as(commune).when().post(R + "/submissions/{id}/submission", id).then().statusCode(409)
                .body("code", equalTo("reporting.already_submitted"));

        // the province returns it; the commune cannot return its own report
        as(commune).body(Map.of("reason", "x")).when().post(R + "/submissions/{id}/return", id).then().statusCode(403);
        as(province).body(Map.of("reason", "Thiếu số liệu thôn Hà An")).when().post(R + "/submissions/{id}/return", id)
                .then().statusCode(200).body("state", equalTo("RETURNED"))
                .body("returnedReason", equalTo("Thiếu số liệu thôn Hà An"));
        dayIs("2026-04-09");
        as(commune).body(Map.of("narrative", "Đã bổ sung số liệu thôn Hà An"))
                .when().post(R + "/submissions/{id}/submission", id).then().statusCode(200)
                .body("state", equalTo("SUBMITTED_LATE")).body("versions", equalTo(2))
                .body("history.number", equalTo(List.of(2, 1)))
                .body("history[1].narrative", equalTo("Báo cáo kết quả rà soát thường xuyên tháng 3"));

        // the province's timeliness for March: every commune of Huế expected, one on time, one late
        JsonPath t = as(province).queryParam("obligationCode", OBLIGATION).queryParam("periodStart", "2026-03-01")
                .queryParam("areaCode", "46").when().get(R + "/timeliness").then().statusCode(200)
                .body("dueOn", equalTo("2026-04-05")).extract().jsonPath();
        int expected = t.getInt("total.expected");
        assertEquals(40, expected, "the 40 communes and wards of Huế");
        assertEquals(t.getList("rows").size(), expected);
        assertEquals(2, t.getInt("total.submitted"));
        assertEquals(1, t.getInt("total.onTime"));
        assertEquals(1, t.getInt("total.late"));
        assertEquals(38, t.getInt("total.missing"));
        assertEquals(2.0 / 40, t.getDouble("total.submittedRate"), 1e-9);
        assertEquals(1.0 / 40, t.getDouble("total.onTimeRate"), 1e-9);
        assertEquals(1, t.getInt("rows.find { it.key == '20179' }.late"));
        assertEquals(1, t.getInt("rows.find { it.key == '19996' }.onTime"));
        assertTrue(t.getList("rows.submittedRate", Float.class).stream().allMatch(r -> r <= 1.0f));

        // accepted: nothing more to remind
        as(province).when().post(R + "/submissions/{id}/acceptance", id).then().statusCode(200)
                .body("state", equalTo("ACCEPTED"));
        as(commune).when().get(R + "/reminders").then().statusCode(200)
                .body("submissionId", org.hamcrest.Matchers.not(hasItem(id)));
    }

    @Test
    void theObligationsAreData() {
        as(commune).when().get(R + "/obligations").then().statusCode(200)
                .body("code", hasItem("COMMUNE_REGULAR_REVIEW"))
                .body("find { it.code == 'COMMUNE_REGULAR_REVIEW' }.periods", equalTo(List.of(1, 2, 3, 4, 5, 6, 7, 8)))
                .body("find { it.code == 'COMMUNE_REGULAR_REVIEW' }.dueDay", equalTo(5))
                .body("find { it.code == 'PROVINCE_PERIODIC_PRELIMINARY' }.dueMonth", equalTo(11))
                .body("find { it.code == 'PROVINCE_PERIODIC_OFFICIAL' }.dueDay", equalTo(20))
                .body("find { it.code == 'AGENCY_SUPPORT_MIDYEAR' }.statutory", equalTo(false));
    }
}
