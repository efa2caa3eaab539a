package vn.giamngheo.review;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.review.ReviewCodes.DayKind;
import vn.giamngheo.review.PeriodicReviewTest.Created;
import vn.giamngheo.testing.KeycloakTokens;
import vn.giamngheo.testing.TestClock;

/**
 * The dates of the review: a campaign lies within its commune's validity, nothing that happened is
 * dated in the future or before what it belongs to, and a regular round's deadlines follow the law's
 * days. Each refusal is a problem with its code, and leaves nothing written.
 */
@QuarkusTest
class ReviewDatesTest {

    static final String CAMPAIGNS = PeriodicReviewTest.CAMPAIGNS;
    static final String NAM_DONG = PeriodicReviewTest.COMMUNE;
    /** Phường Hương Trà, whose officer is phuong.huongtra. */
    static final String HUONG_TRA = "19996";

    static String officer;
    static String reviewer;
    static String province;
    static String chair;

    @BeforeAll
    static void tokens() {
        PeriodicReviewTest.tokens();
        officer = PeriodicReviewTest.officer;
        reviewer = PeriodicReviewTest.reviewer;
        province = PeriodicReviewTest.province;
        chair = PeriodicReviewTest.chair;
    }

    @AfterEach
    void clockBack() {
        TestClock.reset();
    }

    /** Xã Nam Đông's regular round of a month of 2026. */
    static String round(int month) {
        return PeriodicReviewTest.as(officer).body(Map.of("communeCode", NAM_DONG, "kind", "REGULAR", "year", 2026,
                "month", month)).when().post(CAMPAIGNS).then().statusCode(201).extract().path("id");
    }

    /** A household of a new village of Xã Nam Đông, poor in 2025. */
    static Created poorHousehold(String village, String head) {
        Created h = PeriodicReviewTest.household(village, head, "Trần Thị Mai");
        PeriodicReviewTest.recordOf(h, 2025, "POOR");
        return h;
    }

    static void survey(String campaign, String item, String surveyDate) {
        PeriodicReviewTest.as(reviewer).body(Map.of("record", PeriodicReviewTest.record(2026, surveyDate, "POOR")))
                .when().post(CAMPAIGNS + "/{id}/items/{item}/survey", campaign, item)
                .then().statusCode(200).body("state", equalTo("SURVEYED"));
    }

    static Map<String, Object> applicant(Created h, String requestedOn) {
        return Map.of("householdId", h.id(), "form", "MAU_01", "requestedOn", requestedOn, "screeningPassed", true);
    }

    static void setValidTo(String code, LocalDate validTo) {
        QuarkusTransaction.requiringNew().run(() -> AdminUnit.update("validTo = ?1 where code = ?2", validTo, code));
    }

    @Test
    void aRoundOrACampaignOutsideTheCommunesValidityIsRefused() {
        TestClock.set("2026-05-10");
        // Xã Nam Đông exists from the reform of 1 July 2025: it has no round in April 2025
        PeriodicReviewTest.as(officer).body(Map.of("communeCode", NAM_DONG, "kind", "REGULAR", "year", 2025, "month", 4))
                .when().post(CAMPAIGNS).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("review.unit_not_valid"));
        PeriodicReviewTest.as(officer).queryParam("communeCode", NAM_DONG).queryParam("kind", "REGULAR")
                .queryParam("year", 2025).when().get(CAMPAIGNS).then().statusCode(200)
                .body("items.month", not(hasItem(4)));
        // its periodic review of 2025, 1 September to 14 December, lies within
        PeriodicReviewTest.as(officer).body(Map.of("communeCode", NAM_DONG, "kind", "PERIODIC", "year", 2025))
                .when().post(CAMPAIGNS).then().statusCode(201).body("opensOn", equalTo("2025-09-01"));

        // a commune dissolved after 30 June 2026 has no July round: its successor reviews those households
        String huongTra = KeycloakTokens.tokenOf("phuong.huongtra");
        setValidTo(HUONG_TRA, LocalDate.parse("2026-06-30"));
        try {
            PeriodicReviewTest.as(huongTra).body(Map.of("communeCode", HUONG_TRA, "kind", "REGULAR", "year", 2026,
                    "month", 7)).when().post(CAMPAIGNS).then().statusCode(422)
                    .body("code", equalTo("review.unit_not_valid"));
            PeriodicReviewTest.as(huongTra).queryParam("communeCode", HUONG_TRA).queryParam("kind", "REGULAR")
                    .queryParam("year", 2026).when().get(CAMPAIGNS).then().statusCode(200)
                    .body("items.month", not(hasItem(7)));
        } finally {
            setValidTo(HUONG_TRA, null);
        }
    }

    @Test
    void nothingThatHappenedInAReviewIsDatedAfterToday() {
        TestClock.set("2026-03-20");
        String campaign = round(3);
        String village = PeriodicReviewTest.village("Thôn Ngày Mai");
        Created h = poorHousehold(village, "Nguyễn Văn Tới");

        // the request (Mẫu 01 / Mẫu 04)
        PeriodicReviewTest.as(officer).body(applicant(h, "2026-03-21"))
                .when().post(CAMPAIGNS + "/{id}/applicants", campaign).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("review.date_in_future"));
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}/items", campaign).then().statusCode(200)
                .body("items", empty());
        String item = PeriodicReviewTest.as(officer).body(applicant(h, "2026-03-16"))
                .when().post(CAMPAIGNS + "/{id}/applicants", campaign).then().statusCode(201).extract().path("id");
        survey(campaign, item, "2026-03-17");

        // the village meeting
        PeriodicReviewTest.as(officer).body(PeriodicReviewTest.meeting(village, "2026-03-21", 10, 8))
                .when().post(CAMPAIGNS + "/{id}/meetings", campaign).then().statusCode(422)
                .body("code", equalTo("review.date_in_future"));
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}/meetings", campaign).then().body("$", empty());
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}/items/{item}", campaign, item)
                .then().body("state", equalTo("SURVEYED"));
        PeriodicReviewTest.as(officer).body(PeriodicReviewTest.meeting(village, "2026-03-18", 10, 8))
                .when().post(CAMPAIGNS + "/{id}/meetings", campaign).then().statusCode(201);
        // posted from Thursday 19/3 for 3 working days: until Monday 23/3
        PeriodicReviewTest.as(officer).body(Map.of("startsOn", "2026-03-19"))
                .when().post(CAMPAIGNS + "/{id}/postings", campaign).then().statusCode(201)
                .body("endsOn", equalTo("2026-03-23"));

        // the complaint and its resolution
        Map<String, Object> complaint = Map.of("itemId", item, "complainant", "Lê Văn Hỏi", "kind", "DATA_ERROR",
                "receivedOn", "2026-03-21");
        PeriodicReviewTest.as(officer).body(complaint).when().post(CAMPAIGNS + "/{id}/complaints", campaign)
                .then().statusCode(422).body("code", equalTo("review.date_in_future"));
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}/complaints", campaign).then().body("$", empty());
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}/items/{item}", campaign, item)
                .then().body("state", equalTo("POSTED"));
        String received = PeriodicReviewTest.as(officer).body(Map.of("itemId", item, "complainant", "Lê Văn Hỏi",
                "kind", "DATA_ERROR", "receivedOn", "2026-03-20")).when().post(CAMPAIGNS + "/{id}/complaints", campaign)
                .then().statusCode(201).extract().path("id");
        PeriodicReviewTest.as(officer).body(Map.of("outcome", "REJECTED", "resolvedOn", "2026-03-21"))
                .when().post(CAMPAIGNS + "/{id}/complaints/{c}/resolution", campaign, received)
                .then().statusCode(422).body("code", equalTo("review.date_in_future"));
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}/complaints", campaign)
                .then().body("outcome", hasSize(1)).body("[0].outcome", nullValue()).body("[0].resolvedOn", nullValue());
        PeriodicReviewTest.as(officer).body(Map.of("outcome", "REJECTED", "resolvedOn", "2026-03-20"))
                .when().post(CAMPAIGNS + "/{id}/complaints/{c}/resolution", campaign, received).then().statusCode(200);

        // the opinion and the decision, once the posting is over
        TestClock.set("2026-03-24");
        PeriodicReviewTest.as(province).body(Map.of("givenOn", "2026-03-25", "text", "Thống nhất"))
                .when().post(CAMPAIGNS + "/{id}/opinion", campaign).then().statusCode(422)
                .body("code", equalTo("review.date_in_future"));
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}", campaign).then()
                .body("status", equalTo("POSTING")).body("opinionOn", nullValue());
        PeriodicReviewTest.as(province).body(Map.of("givenOn", "2026-03-24", "text", "Thống nhất"))
                .when().post(CAMPAIGNS + "/{id}/opinion", campaign).then().statusCode(200);
        String etag = PeriodicReviewTest.as(chair).when().get(CAMPAIGNS + "/{id}", campaign).then().extract()
                .header("ETag");
        PeriodicReviewTest.as(chair).header("If-Match", etag).body(Map.of("number", "7/QĐ-UBND", "decidedOn",
                "2026-03-25")).when().post(CAMPAIGNS + "/{id}/decision", campaign).then().statusCode(422)
                .body("code", equalTo("review.date_in_future"));
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}", campaign).then()
                .body("status", equalTo("AWAITING_DECISION")).body("decisionOn", nullValue());
        PeriodicReviewTest.as(chair).header("If-Match", etag).body(Map.of("number", "7/QĐ-UBND", "decidedOn",
                "2026-03-24")).when().post(CAMPAIGNS + "/{id}/decision", campaign).then().statusCode(200)
                .body("status", equalTo("DECIDED"));
    }

    @Test
    void nothingInAReviewIsDatedBeforeWhatItBelongsToExisted() {
        TestClock.set("2026-06-30");
        String campaign = round(6);
        String village = PeriodicReviewTest.village("Thôn Hôm Qua");
        Created h = poorHousehold(village, "Phan Văn Trước");

        // a request is not older than its commune (valid from 1 July 2025)...
        PeriodicReviewTest.as(officer).body(applicant(h, "2025-06-30"))
                .when().post(CAMPAIGNS + "/{id}/applicants", campaign).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("review.date_before_start"));
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}/items", campaign).then().body("items", empty());
        // ...but it may come before the round opens on the 15th
        String item = PeriodicReviewTest.as(officer).body(applicant(h, "2026-06-10"))
                .when().post(CAMPAIGNS + "/{id}/applicants", campaign).then().statusCode(201).extract().path("id");
        survey(campaign, item, "2026-06-15");

        // no meeting before the round opened on 15/6
        PeriodicReviewTest.as(officer).body(PeriodicReviewTest.meeting(village, "2026-06-12", 10, 8))
                .when().post(CAMPAIGNS + "/{id}/meetings", campaign).then().statusCode(422)
                .body("code", equalTo("review.date_before_start"));
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}/meetings", campaign).then().body("$", empty());
        PeriodicReviewTest.as(officer).body(PeriodicReviewTest.meeting(village, "2026-06-16", 10, 8))
                .when().post(CAMPAIGNS + "/{id}/meetings", campaign).then().statusCode(201);

        // nor a posting
        PeriodicReviewTest.as(officer).body(Map.of("startsOn", "2026-06-12"))
                .when().post(CAMPAIGNS + "/{id}/postings", campaign).then().statusCode(422)
                .body("code", equalTo("review.date_before_start"));
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}/postings", campaign).then().body("$", empty());
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}/items/{item}", campaign, item)
                .then().body("state", equalTo("MEETING_PASSED"));
        PeriodicReviewTest.as(officer).body(Map.of("startsOn", "2026-06-17"))
                .when().post(CAMPAIGNS + "/{id}/postings", campaign).then().statusCode(201);

        // a complaint comes once the results are posted (17/6), its resolution once it is received
        PeriodicReviewTest.as(officer).body(Map.of("itemId", item, "complainant", "Võ Thị Sớm", "kind", "DATA_ERROR",
                "receivedOn", "2026-06-16")).when().post(CAMPAIGNS + "/{id}/complaints", campaign)
                .then().statusCode(422).body("code", equalTo("review.date_before_start"));
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}/complaints", campaign).then().body("$", empty());
        String complaint = PeriodicReviewTest.as(officer).body(Map.of("itemId", item, "complainant", "Võ Thị Sớm",
                "kind", "DATA_ERROR", "receivedOn", "2026-06-18")).when().post(CAMPAIGNS + "/{id}/complaints", campaign)
                .then().statusCode(201).extract().path("id");
        PeriodicReviewTest.as(officer).body(Map.of("outcome", "REJECTED", "resolvedOn", "2026-06-17"))
                .when().post(CAMPAIGNS + "/{id}/complaints/{c}/resolution", campaign, complaint)
                .then().statusCode(422).body("code", equalTo("review.date_before_start"));
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}/complaints", campaign)
                .then().body("[0].outcome", nullValue());
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}/items/{item}", campaign, item)
                .then().body("state", equalTo("UNDER_RECHECK"));
        PeriodicReviewTest.as(officer).body(Map.of("outcome", "REJECTED", "resolvedOn", "2026-06-19"))
                .when().post(CAMPAIGNS + "/{id}/complaints/{c}/resolution", campaign, complaint).then().statusCode(200);
    }

    static void setRule(int days, DayKind kind) {
        QuarkusTransaction.requiringNew().run(() -> ReviewRule.update("days = ?1, dayKind = ?2 where key = ?3", days,
                kind, ReviewRule.REGULAR_DECISION));
    }

    @Test
    void theRegularReviewsFifteenDaysAreCalendarDaysReadFromTheReviewRules() {
        TestClock.set("2026-09-20");
        // the law's default: 15 days from Tuesday 15/9 is Wednesday 30/9
        String september = PeriodicReviewTest.as(officer).body(Map.of("communeCode", NAM_DONG, "kind", "REGULAR",
                "year", 2026, "month", 9)).when().post(CAMPAIGNS).then().statusCode(201)
                .body("closesOn", equalTo("2026-09-30"))
                .body("deadlines.find { it.step == 'DECISION' }.due", equalTo("2026-09-30")).extract().path("id");
        String village = PeriodicReviewTest.village("Thôn Mười Lăm Ngày");
        // a request filed before the review started is counted from its start, the 15th...
        PeriodicReviewTest.as(officer).body(applicant(poorHousehold(village, "Đỗ Văn Sớm"), "2026-09-10"))
                .when().post(CAMPAIGNS + "/{id}/applicants", september).then().statusCode(201)
                .body("decideBy", equalTo("2026-09-30"));
        // ...a later one from its filing: 15 days from 18/9 is Saturday 3/10, so Monday 5/10
        PeriodicReviewTest.as(officer).body(applicant(poorHousehold(village, "Đỗ Thị Muộn"), "2026-09-18"))
                .when().post(CAMPAIGNS + "/{id}/applicants", september).then().statusCode(201)
                .body("decideBy", equalTo("2026-10-05"));

        // the rule is data: a province that counted 15 working days would get them
        setRule(15, DayKind.WORKING);
        try {
            TestClock.set("2026-10-20");
            PeriodicReviewTest.as(officer).body(Map.of("communeCode", NAM_DONG, "kind", "REGULAR", "year", 2026,
                    "month", 10)).when().post(CAMPAIGNS).then().statusCode(201)
                    // 15 working days after Thursday 15/10: Thursday 5/11
                    .body("closesOn", equalTo("2026-11-05"));
        } finally {
            setRule(15, DayKind.CALENDAR);
        }
    }

    static List<String> dues(String campaign) {
        return PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}", campaign).then().statusCode(200)
                .extract().path("deadlines.due");
    }

    @Test
    void aRegularRoundIsDueOnWorkingDaysAndItsDecisionWaitsForItsLatestRequest() {
        TestClock.set("2026-08-25");
        // the August round opens on Saturday 15/8; its steps fall on working days after it, and its
        // decision 15 days later, Sunday 30/8, moves to Monday 31/8
        String campaign = PeriodicReviewTest.as(officer).body(Map.of("communeCode", NAM_DONG, "kind", "REGULAR",
                "year", 2026, "month", 8)).when().post(CAMPAIGNS).then().statusCode(201)
                .body("opensOn", equalTo("2026-08-15")).body("closesOn", equalTo("2026-08-31"))
                .body("deadlines.step", contains("SURVEY", "MEETINGS", "POSTING", "OPINION", "DECISION"))
                .body("deadlines.due", contains("2026-08-19", "2026-08-21", "2026-08-26", "2026-08-27", "2026-08-31"))
                .extract().path("id");

        // a request of Tuesday 18/8 is due 15 days later, Wednesday 2/9, a holiday: Thursday 3/9; the
        // round's decision waits for it, the other steps stay where they were
        String village = PeriodicReviewTest.village("Thôn Tháng Tám");
        PeriodicReviewTest.as(officer).body(applicant(poorHousehold(village, "Lý Văn Chờ"), "2026-08-18"))
                .when().post(CAMPAIGNS + "/{id}/applicants", campaign).then().statusCode(201)
                .body("decideBy", equalTo("2026-09-03"));
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}", campaign).then()
                .body("deadlines.due", contains("2026-08-19", "2026-08-21", "2026-08-26", "2026-08-27", "2026-09-03"))
                .body("closesOn", equalTo("2026-09-03"));
        // one of Thursday 20/8: Friday 4/9
        PeriodicReviewTest.as(officer).body(applicant(poorHousehold(village, "Lý Thị Đợi"), "2026-08-20"))
                .when().post(CAMPAIGNS + "/{id}/applicants", campaign).then().statusCode(201)
                .body("decideBy", equalTo("2026-09-04"));
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}", campaign).then()
                .body("deadlines.find { it.step == 'DECISION' }.due", equalTo("2026-09-04"))
                .body("closesOn", equalTo("2026-09-04"));
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}/audit", campaign).then()
                .body("findAll { it.action == 'review.decision_due_moved' }", hasSize(2));

        // the province's own due dates for the round: working days, the decision not before a request's limit
        Map<String, Object> dues = new HashMap<>(Map.of("surveyDue", "2026-08-20", "meetingsDue", "2026-08-24",
                "postingDue", "2026-08-27", "opinionDue", "2026-08-28", "decisionDue", "2026-09-07"));
        String etag = PeriodicReviewTest.as(province).when().get(CAMPAIGNS + "/{id}", campaign).then().extract()
                .header("ETag");
        Map<String, Object> onSunday = new HashMap<>(dues);
        onSunday.put("meetingsDue", "2026-08-23");
        PeriodicReviewTest.as(province).header("If-Match", etag).body(onSunday)
                .when().put(CAMPAIGNS + "/{id}/deadlines", campaign).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("review.due_not_working_day"));
        Map<String, Object> onHoliday = new HashMap<>(dues);
        onHoliday.put("decisionDue", "2026-09-02");
        PeriodicReviewTest.as(province).header("If-Match", etag).body(onHoliday)
                .when().put(CAMPAIGNS + "/{id}/deadlines", campaign).then().statusCode(422)
                .body("code", equalTo("review.due_not_working_day"));
        Map<String, Object> beforeLimit = new HashMap<>(dues);
        beforeLimit.put("decisionDue", "2026-09-03");
        PeriodicReviewTest.as(province).header("If-Match", etag).body(beforeLimit)
                .when().put(CAMPAIGNS + "/{id}/deadlines", campaign).then().statusCode(422)
                .body("code", equalTo("review.decision_due_before_request_limit"));
        PeriodicReviewTest.as(officer).when().get(CAMPAIGNS + "/{id}", campaign).then()
                .body("deadlines.due", contains("2026-08-19", "2026-08-21", "2026-08-26", "2026-08-27", "2026-09-04"));
        PeriodicReviewTest.as(province).header("If-Match", etag).body(dues)
                .when().put(CAMPAIGNS + "/{id}/deadlines", campaign).then().statusCode(200)
                .body("deadlines.due", contains("2026-08-20", "2026-08-24", "2026-08-27", "2026-08-28", "2026-09-07"));
    }
}
