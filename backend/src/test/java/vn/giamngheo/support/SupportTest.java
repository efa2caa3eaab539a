package vn.giamngheo.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.KeycloakTokens;
import vn.giamngheo.testing.TestClock;

/**
 * Support work with real Keycloak tokens: the province sets up agencies and groups (the seed moves a
 * group's lead from the district police to the agricultural extension station), the commune assigns
 * households, the extension station's user plans, commits, delivers and visits; groups cross-check
 * each other; and the effect of a latrine shows at the next yearly record.
 */
@QuarkusTest
class SupportTest {

    static final String SUPPORT = "/api/v1/support";
    static final String COMMUNE = "20179";
    static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 90000));
    /** The day the story happens, whatever the calendar says (the server's clock is set to it). */
    static final String TODAY = "2026-11-20";
    static final int YEAR = 2026;

    static String province;
    static String officer;
    static String agencyUser;

    @BeforeAll
    static void tokens() {
        KeycloakTokens.requireKeycloak();
        province = KeycloakTokens.tokenOf("tinh.hue");
        officer = KeycloakTokens.tokenOf("xa.namdong");
        agencyUser = KeycloakTokens.tokenOf("khuyennong.namdong");
    }

    @BeforeEach
    void dayOfTheStory() {
        TestClock.set(TODAY);
    }

    @AfterEach
    void clockBack() {
        TestClock.reset();
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    static String agency(String name, String kind) {
        return as(province).body(Map.of("name", name + " " + unique(), "kind", kind, "level", "DISTRICT",
                "provinceCode", "46", "contactName", "Lê Văn Liên", "contactPhone", "0234 3870 123"))
                .when().post(SUPPORT + "/agencies").then().statusCode(201).extract().path("id");
    }

    static String group(String name, String lead, List<String> members) {
        return as(province).body(Map.of("name", name + " " + unique(), "provinceCode", "46", "leadAgencyId", lead,
                "memberAgencyIds", members, "communeCodes", List.of(COMMUNE)))
                .when().post(SUPPORT + "/groups").then().statusCode(201).extract().path("id");
    }

    static String household(String head) {
        Map<String, Object> member = Map.of("fullName", head, "relationToHead", "HEAD", "sex", "MALE",
                "birthDate", "1975-06-01", "healthInsurance", false,
                "citizenId", "0460750" + String.format("%05d", SEQUENCE.incrementAndGet() % 100000));
        return as(officer).body(Map.of("communeCode", COMMUNE, "members", List.of(member)))
                .when().post("/api/v1/households").then().statusCode(201).extract().path("id");
    }

    /** A yearly record: poor (no latrine, poor house) or, with a flush toilet and more income, not poor. */
    static void record(String household, int year, boolean poor) {
        Map<String, Object> facts = poor
                ? Map.of("wallsDurable", false, "roofDurable", false, "latrineType", "SIMPLE_PIT")
                : Map.of("wallsDurable", false, "roofDurable", false, "latrineType", "SEPTIC");
        Map<String, Object> r = new HashMap<>(Map.of("surveyYear", year, "surveyDate", year + "-10-01",
                "reviewer", "Hồ Thị Lan", "monthlyIncomePerCapita", poor ? 1_100_000 : 1_700_000, "household", facts,
                "causes", List.of("LACK_OF_CAPITAL")));
        if (LocalDate.parse(year + "-10-01").isAfter(LocalDate.parse(TODAY))) {
            r.put("surveyDate", TODAY);
        }
        // the year's class is official once decided (an administrator's decision stands for the review's)
        as(KeycloakTokens.tokenOf("admin")).body(Map.of("record", r, "reason", "Danh sách năm " + year,
                "decidedOn", r.get("surveyDate"))).when().post("/api/v1/households/{id}/decisions", household)
                .then().statusCode(201);
    }

    static Map<String, Object> item(String kind, long value) {
        return Map.of("kindCode", kind, "quantity", 1, "valueVnd", value, "fundingSource", "AGENCY_CONTRIBUTIONS",
                "plannedOn", TODAY);
    }

    @Test
    void anAgencyPlansCommitsDeliversAndVisitsOnlyItsGroupsHouseholds() {
        String police = agency("Công an huyện", "ARMED_FORCES_OR_POLICE");
        String extension = agency("Trạm Khuyến nông lâm ngư", "PUBLIC_SERVICE_UNIT");
        String office = agency("Văn phòng HĐND và UBND huyện", "GOVERNMENT_OFFICE");
        // the commune officer reads agencies but does not register them
        as(officer).body(Map.of("name", "X", "kind", "OTHER", "level", "COMMUNE", "provinceCode", "46"))
                .when().post(SUPPORT + "/agencies").then().statusCode(403);
        as(province).body(Map.of("name", "Y", "kind", "OTHER", "level", "COMMUNE", "provinceCode", "01"))
                .when().post(SUPPORT + "/agencies").then().statusCode(403)
                .body("code", equalTo("security.out_of_jurisdiction"));

        String groupA = group("Nhóm Công an huyện", police, List.of(extension));
        String groupB = group("Nhóm Văn phòng HĐND và UBND", office, List.of());

        // the seed: the district moves the lead from the police to the extension station (in 2018 there;
        // here on the story's day, as a lead change is never dated before the group was created)
        String etag = as(province).when().get(SUPPORT + "/groups/{id}", groupA).then().statusCode(200)
                .extract().header("ETag");
        as(province).header("If-Match", etag).body(Map.of("agencyId", extension, "changedOn", TODAY,
                "reason", "UBND huyện thống nhất chuyển Trạm Khuyến nông lâm ngư làm trưởng Nhóm"))
                .when().put(SUPPORT + "/groups/{id}/lead", groupA).then().statusCode(200)
                .body("lead.id", equalTo(extension))
                .body("leadChanges", hasSize(1))
                .body("leadChanges[0].from.id", equalTo(police))
                .body("leadChanges[0].to.id", equalTo(extension))
                .body("leadChanges[0].changedOn", equalTo(TODAY))
                .body("members.id", hasItem(police));

        // the extension station's user works for it
        as(province).when().put(SUPPORT + "/agencies/{id}/users/khuyennong.namdong", extension).then().statusCode(200)
                .body("users", contains("khuyennong.namdong"));

        // the commune assigns households: one to each group
        String h1 = household("Hồ Văn Hiền");
        record(h1, YEAR, true);
        String h2 = household("Lê Thị Thuận");
        record(h2, YEAR, true);
        as(officer).body(Map.of("householdIds", List.of(h1), "assignedOn", TODAY))
                .when().post(SUPPORT + "/groups/{id}/households", groupA).then().statusCode(200)
                .body("households", equalTo(1));
        as(officer).queryParam("communeCode", COMMUNE).queryParam("assigned", false).queryParam("limit", 500)
                .when().get(SUPPORT + "/households").then().statusCode(200)
                .body("items.householdId", hasItem(h2)).body("items.householdId", not(hasItem(h1)))
                .body("items.find { it.householdId == '" + h2 + "' }.supportType", equalTo("LAND_AND_LABOUR"))
                .body("items.find { it.householdId == '" + h2 + "' }.priority", equalTo(true));
        as(officer).body(Map.of("householdIds", List.of(h2), "assignedOn", TODAY))
                .when().post(SUPPORT + "/groups/{id}/households", groupB).then().statusCode(200);

        // the agency sees only its group's household
        as(agencyUser).when().get(SUPPORT + "/households").then().statusCode(200)
                .body("items.householdId", hasItem(h1)).body("items.householdId", not(hasItem(h2)))
                .body("items.find { it.householdId == '" + h1 + "' }.deprivedIndicators", hasItem("SANITATION"));
        as(agencyUser).when().get("/api/v1/households/{id}", h1).then().statusCode(200)
                .body("members[0].fullName", equalTo("Hồ Văn Hiền"));
        as(agencyUser).when().get("/api/v1/households/{id}/records", h1).then().statusCode(200);
        as(agencyUser).when().get("/api/v1/households/{id}", h2).then().statusCode(404)
                .body("code", equalTo("household.not_found"));
        as(agencyUser).body(Map.of("householdId", h2, "year", YEAR, "escapeYear", YEAR + 1))
                .when().post(SUPPORT + "/plans").then().statusCode(404).body("code", equalTo("household.not_found"));
        as(agencyUser).queryParam("householdId", h2).when().get(SUPPORT + "/plans").then().statusCode(404);

        // it plans a latrine and seedlings for the household lacking a hygienic latrine
        var plan = as(agencyUser).body(Map.of("householdId", h1, "year", YEAR, "escapeYear", YEAR + 1))
                .when().post(SUPPORT + "/plans").then().statusCode(201)
                .body("supportType", equalTo("LAND_AND_LABOUR")).body("group.id", equalTo(groupA)).extract();
        String planId = plan.path("id");
        as(agencyUser).body(Map.of("householdId", h1, "year", YEAR, "escapeYear", YEAR + 1))
                .when().post(SUPPORT + "/plans").then().statusCode(409).body("code", equalTo("support.plan_exists"));
        JsonPath withItems = as(agencyUser).body(item("LATRINE", 6_500_000)).when()
                .post(SUPPORT + "/plans/{id}/items", planId).then().statusCode(201).extract().jsonPath();
        String latrine = withItems.getString("items.find { it.kindCode == 'LATRINE' }.id");
        as(agencyUser).body(item("SEEDLINGS", 1_200_000)).when().post(SUPPORT + "/plans/{id}/items", planId)
                .then().statusCode(201)
                .body("items.find { it.kindCode == 'LATRINE' }.warnings", empty())
                .body("items.find { it.kindCode == 'SEEDLINGS' }.warnings", empty())
                .body("items.find { it.kindCode == 'LATRINE' }.agency.id", equalTo(extension));
        // livestock is discouraged in the province: accepted, with the warning
        as(agencyUser).body(item("LIVESTOCK", 3_000_000)).when().post(SUPPORT + "/plans/{id}/items", planId)
                .then().statusCode(201)
                .body("items.find { it.kindCode == 'LIVESTOCK' }.warnings", contains("support.kind_discouraged"));
        // clean water for a household that has it: flagged for review
        as(agencyUser).body(item("CLEAN_WATER", 2_000_000)).when().post(SUPPORT + "/plans/{id}/items", planId)
                .then().statusCode(201)
                .body("items.find { it.kindCode == 'CLEAN_WATER' }.warnings", contains("support.item_addresses_no_need"));
        as(province).when().get(SUPPORT + "/catalogue?provinceCode=46").then().statusCode(200)
                .body("find { it.code == 'LIVESTOCK' }.discouraged", equalTo(true))
                .body("find { it.code == 'LATRINE' }.indicators", contains("SANITATION"));

        // nothing is delivered before the commitment
        as(agencyUser).body(Map.of("deliveredOn", TODAY))
                .when().post(SUPPORT + "/plans/{id}/items/{item}/delivery", planId, latrine)
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("support.commitment_required"));
        as(agencyUser).when().get(SUPPORT + "/plans/{id}", planId).then()
                .body("items.find { it.id == '" + latrine + "' }.status", equalTo("PLANNED"));
        as(agencyUser).body(Map.of("signedOn", TODAY, "signatories", "Đặng Văn Nông (Trạm Khuyến nông); Hồ Văn Hiền",
                "fileName", "cam-ket.pdf", "file", Base64.getEncoder().encodeToString("%PDF-1.4 cam kết".getBytes())))
                .when().post(SUPPORT + "/plans/{id}/commitment", planId).then().statusCode(201)
                .body("commitment.signedOn", equalTo(TODAY)).body("commitment.hasFile", equalTo(true));
        as(agencyUser).when().get(SUPPORT + "/plans/{id}/commitment/file", planId).then().statusCode(200)
                .contentType("application/pdf");
        as(agencyUser).body(Map.of("deliveredOn", TODAY))
                .when().post(SUPPORT + "/plans/{id}/items/{item}/delivery", planId, latrine)
                .then().statusCode(200)
                .body("items.find { it.id == '" + latrine + "' }.status", equalTo("DELIVERED"))
                .body("deliveredValueVnd", equalTo(6_500_000));
        as(agencyUser).body(Map.of("deliveredOn", TODAY))
                .when().post(SUPPORT + "/plans/{id}/items/{item}/delivery", planId, latrine)
                .then().statusCode(409).body("code", equalTo("support.item_not_planned"));

        // the monthly visit
        as(agencyUser).body(Map.of("visitedOn", TODAY, "visitor", "Đặng Văn Nông",
                "observed", "Hố xí đã xây xong, hộ sử dụng tốt", "nextStep", "Hướng dẫn trồng cây"))
                .when().post(SUPPORT + "/plans/{id}/visits", planId).then().statusCode(201)
                .body("visits", hasSize(1)).body("lastVisitOn", equalTo(TODAY)).body("visitOverdue", equalTo(false));

        // group B's household has a plan and no visit this month: overdue for group B, not for the agency
        as(officer).body(Map.of("householdId", h2, "year", YEAR, "escapeYear", YEAR + 1))
                .when().post(SUPPORT + "/plans").then().statusCode(201);
        as(officer).queryParam("groupId", groupB).when().get(SUPPORT + "/overdue-visits").then().statusCode(200)
                .body("householdId", contains(h2));
        as(agencyUser).when().get(SUPPORT + "/overdue-visits").then().statusCode(200)
                .body("householdId", not(hasItem(h1))).body("householdId", not(hasItem(h2)));

        // every change is on the household's audit trail
        as(officer).when().get("/api/v1/households/{id}/audit", h1).then().statusCode(200)
                .body("action", hasItem("support.item_delivered"))
                .body("find { it.action == 'support.item_delivered' }.actor", equalTo("khuyennong.namdong"))
                .body("find { it.action == 'support.commitment_recorded' }.actor", equalTo("khuyennong.namdong"));

        // cross-checks: A checks B and B checks A
        JsonPath pair = as(officer).body(Map.of("groupA", groupA, "groupB", groupB, "year", YEAR))
                .when().post(SUPPORT + "/cross-checks/pairs").then().statusCode(201)
                .body("$", hasSize(2)).extract().jsonPath();
        String aChecksB = pair.getString("find { it.inspector.id == '" + groupA + "' }.id");
        String bChecksA = pair.getString("find { it.inspector.id == '" + groupB + "' }.id");
        as(officer).body(Map.of("groupA", groupB, "groupB", groupA, "year", YEAR))
                .when().post(SUPPORT + "/cross-checks/pairs").then().statusCode(409)
                .body("code", equalTo("support.cross_check_exists"));
        as(agencyUser).body(Map.of("householdId", h2, "outcome", "NOT_DELIVERED", "foundOn", TODAY,
                "remarks", "Chưa nhận được hỗ trợ nào")).when().post(SUPPORT + "/cross-checks/{id}/findings", aChecksB)
                .then().statusCode(201).body("outcome", equalTo("NOT_DELIVERED"));
        as(agencyUser).body(Map.of("householdId", h1, "outcome", "DELIVERED", "foundOn", TODAY))
                .when().post(SUPPORT + "/cross-checks/{id}/findings", bChecksA)
                .then().statusCode(403).body("code", equalTo("support.not_inspector"));
        as(officer).body(Map.of("householdId", h1, "itemId", latrine, "outcome", "DELIVERED", "foundOn", TODAY,
                "remarks", "Hố xí sử dụng tốt")).when().post(SUPPORT + "/cross-checks/{id}/findings", bChecksA)
                .then().statusCode(201).body("kindCode", equalTo("LATRINE"));
        as(officer).body(Map.of("householdId", h2, "outcome", "DELIVERED", "foundOn", TODAY))
                .when().post(SUPPORT + "/cross-checks/{id}/findings", bChecksA)
                .then().statusCode(422).body("code", equalTo("support.household_not_in_check"));

        // the findings show in both groups' reports
        as(officer).queryParam("year", YEAR).when().get(SUPPORT + "/groups/{id}/report", groupA).then().statusCode(200)
                .body("householdsAssigned", equalTo(1)).body("plans", equalTo(1))
                .body("itemsPlanned", equalTo(4)).body("itemsDelivered", equalTo(1))
                .body("valueDeliveredVnd", equalTo(6_500_000)).body("valuePlannedVnd", equalTo(12_700_000))
                .body("findingsReceived.delivered", equalTo(1)).body("findingsReceived.notDelivered", equalTo(0))
                .body("findingsMade", equalTo(1));
        as(officer).queryParam("year", YEAR).when().get(SUPPORT + "/groups/{id}/report", groupB).then().statusCode(200)
                .body("findingsReceived.notDelivered", equalTo(1)).body("findingsMade", equalTo(1))
                .body("itemsDelivered", equalTo(0));
        as(agencyUser).queryParam("year", YEAR).when().get(SUPPORT + "/agencies/{id}/report", extension)
                .then().statusCode(200).body("itemsDelivered", equalTo(1)).body("plans", equalTo(1));
        as(agencyUser).queryParam("year", YEAR).when().get(SUPPORT + "/groups/{id}/report", groupB)
                .then().statusCode(404);
        as(officer).queryParam("year", YEAR).when().get(SUPPORT + "/groups/{id}/cross-checks", groupA)
                .then().statusCode(200).body("$", hasSize(2));

        // the province's system and the Fatherland Front read; another commune's officer sees nothing
        given().auth().oauth2(KeycloakTokens.serviceToken()).queryParam("year", YEAR)
                .when().get(SUPPORT + "/groups/{id}/report", groupA).then().statusCode(200)
                .body("itemsDelivered", equalTo(1));
        given().auth().oauth2(KeycloakTokens.serviceToken()).when().get(SUPPORT + "/plans/{id}", planId)
                .then().statusCode(200).body("householdId", equalTo(h1));
        given().auth().oauth2(KeycloakTokens.tokenOf("mttq.namdong")).when().get(SUPPORT + "/plans/{id}", planId)
                .then().statusCode(200);
        as(KeycloakTokens.tokenOf("mttq.namdong")).body(Map.of("visitedOn", TODAY, "visitor", "X", "observed", "Y"))
                .when().post(SUPPORT + "/plans/{id}/visits", planId).then().statusCode(403);
        String otherCommune = KeycloakTokens.tokenOf("phuong.huongtra");
        given().auth().oauth2(otherCommune).when().get(SUPPORT + "/plans/{id}", planId).then().statusCode(404)
                .body("code", equalTo("plan.not_found"));
        given().auth().oauth2(otherCommune).when().get(SUPPORT + "/groups/{id}", groupA).then().statusCode(404);
        as(otherCommune).body(Map.of("householdIds", List.of(h1), "assignedOn", TODAY))
                .when().post(SUPPORT + "/groups/{id}/households", groupB).then().statusCode(404);
    }

    @Test
    void aLatrineDeliveredIn2025ShowsItsEffectInThe2026Record() {
        String station = agency("Trạm Khuyến nông", "PUBLIC_SERVICE_UNIT");
        String group = group("Nhóm hiệu quả", station, List.of());
        String h = household("Phan Văn Hiệu");
        record(h, 2025, true);
        as(officer).body(Map.of("householdIds", List.of(h), "assignedOn", "2025-01-10"))
                .when().post(SUPPORT + "/groups/{id}/households", group).then().statusCode(200);
        String plan = as(officer).body(Map.of("householdId", h, "year", 2025, "escapeYear", 2026))
                .when().post(SUPPORT + "/plans").then().statusCode(201).extract().path("id");
        String latrine = as(officer).body(Map.of("kindCode", "LATRINE", "quantity", 1, "valueVnd", 6_000_000,
                "fundingSource", "STATE_BUDGET", "plannedOn", "2025-03-01"))
                .when().post(SUPPORT + "/plans/{id}/items", plan).then().statusCode(201)
                .extract().path("items[0].id");
        as(officer).body(Map.of("signedOn", "2025-03-01", "signatories", "Trạm Khuyến nông; Phan Văn Hiệu"))
                .when().post(SUPPORT + "/plans/{id}/commitment", plan).then().statusCode(201)
                .body("commitment.hasFile", equalTo(false));
        as(officer).body(Map.of("deliveredOn", "2025-02-01"))
                .when().post(SUPPORT + "/plans/{id}/items/{item}/delivery", plan, latrine)
                .then().statusCode(422).body("code", equalTo("support.delivery_before_commitment"));
        as(officer).body(Map.of("deliveredOn", "2025-04-10"))
                .when().post(SUPPORT + "/plans/{id}/items/{item}/delivery", plan, latrine).then().statusCode(200);

        // before the next record, nothing can be said
        as(officer).queryParam("areaCode", COMMUNE).queryParam("year", 2025).when().get(SUPPORT + "/effect")
                .then().statusCode(200)
                .body("kinds.find { it.kindCode == 'LATRINE' }.householdsReceived", equalTo(1))
                .body("kinds.find { it.kindCode == 'LATRINE' }.householdsFollowed", equalTo(0))
                .body("kinds.find { it.kindCode == 'LATRINE' }.share", nullValue());

        // the 2026 record: a flush toilet, sanitation no longer deprived
        record(h, 2026, false);
        as(officer).queryParam("areaCode", COMMUNE).queryParam("year", 2025).when().get(SUPPORT + "/effect")
                .then().statusCode(200)
                .body("kinds.find { it.kindCode == 'LATRINE' }.householdsFollowed", equalTo(1))
                .body("kinds.find { it.kindCode == 'LATRINE' }.householdsImproved", equalTo(1))
                .body("kinds.find { it.kindCode == 'LATRINE' }.share", equalTo(1.0f))
                .body("kinds.find { it.kindCode == 'SEEDLINGS' }.householdsReceived", equalTo(0));
        // the plan aimed to escape in 2026, and the 2026 record is not poor
        as(officer).queryParam("areaCode", COMMUNE).queryParam("year", 2026).when().get(SUPPORT + "/effect")
                .then().statusCode(200).body("plannedEscapes", equalTo(1)).body("escaped", equalTo(1))
                .body("escapeShare", equalTo(1.0f));
        // out of the officer's commune
        given().auth().oauth2(KeycloakTokens.tokenOf("phuong.huongtra")).queryParam("areaCode", COMMUNE)
                .queryParam("year", 2025).when().get(SUPPORT + "/effect").then().statusCode(403);
    }

    static String etagOf(String group) {
        return as(province).when().get(SUPPORT + "/groups/{id}", group).then().statusCode(200).extract().header("ETag");
    }

    static Map<String, Object> leadChange(String agency, String changedOn) {
        return Map.of("agencyId", agency, "changedOn", changedOn, "reason", "UBND huyện thống nhất đổi trưởng Nhóm");
    }

    static Map<String, Object> visit(String visitedOn) {
        return Map.of("visitedOn", visitedOn, "visitor", "Đặng Văn Nông", "observed", "Hộ chăm sóc cây giống tốt");
    }

    /** A poor household assigned to the group on that day, with its plan for the story's year. */
    static String planOf(String group, String head, String assignedOn) {
        String h = household(head);
        record(h, YEAR, true);
        as(officer).body(Map.of("householdIds", List.of(h), "assignedOn", assignedOn))
                .when().post(SUPPORT + "/groups/{id}/households", group).then().statusCode(200);
        return as(officer).body(Map.of("householdId", h, "year", YEAR, "escapeYear", YEAR + 1))
                .when().post(SUPPORT + "/plans").then().statusCode(201).extract().path("id");
    }

    @Test
    void nothingThatHappenedInSupportIsDatedAfterToday() {
        String tomorrow = LocalDate.parse(TODAY).plusDays(1).toString();
        String farmers = agency("Hội Nông dân huyện", "PARTY_OR_MASS_ORGANISATION");
        String clinic = agency("Trạm Y tế", "PUBLIC_SERVICE_UNIT");
        String group = group("Nhóm Hội Nông dân", farmers, List.of(clinic));
        String inspector = group("Nhóm Phòng Văn hoá", agency("Phòng Văn hoá", "GOVERNMENT_OFFICE"), List.of());

        // a lead change
        as(province).header("If-Match", etagOf(group)).body(leadChange(clinic, tomorrow))
                .when().put(SUPPORT + "/groups/{id}/lead", group).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("support.date_in_future"));
        as(province).when().get(SUPPORT + "/groups/{id}", group).then()
                .body("lead.id", equalTo(farmers)).body("leadChanges", empty());

        // the commitment, a delivery, a visit
        String plan = planOf(group, "Trương Văn Mai", TODAY);
        String seedlings = as(officer).body(item("SEEDLINGS", 800_000)).when().post(SUPPORT + "/plans/{id}/items", plan)
                .then().statusCode(201).extract().path("items[0].id");
        as(officer).body(Map.of("signedOn", tomorrow, "signatories", "Hội Nông dân; Trương Văn Mai"))
                .when().post(SUPPORT + "/plans/{id}/commitment", plan).then().statusCode(422)
                .body("code", equalTo("support.date_in_future"));
        as(officer).when().get(SUPPORT + "/plans/{id}", plan).then().body("commitment", nullValue());
        as(officer).body(Map.of("signedOn", TODAY, "signatories", "Hội Nông dân; Trương Văn Mai"))
                .when().post(SUPPORT + "/plans/{id}/commitment", plan).then().statusCode(201);
        as(officer).body(Map.of("deliveredOn", tomorrow))
                .when().post(SUPPORT + "/plans/{id}/items/{item}/delivery", plan, seedlings).then().statusCode(422)
                .body("code", equalTo("support.date_in_future"));
        as(officer).body(visit(tomorrow)).when().post(SUPPORT + "/plans/{id}/visits", plan).then().statusCode(422)
                .body("code", equalTo("support.date_in_future"));
        as(officer).when().get(SUPPORT + "/plans/{id}", plan).then()
                .body("items.find { it.id == '" + seedlings + "' }.status", equalTo("PLANNED"))
                .body("items.find { it.id == '" + seedlings + "' }.deliveredOn", nullValue())
                .body("visits", empty());

        // a cross-check finding
        String check = as(officer).body(Map.of("groupA", inspector, "groupB", group, "year", YEAR))
                .when().post(SUPPORT + "/cross-checks/pairs").then().statusCode(201).extract().jsonPath()
                .getString("find { it.inspector.id == '" + inspector + "' }.id");
        String household = as(officer).when().get(SUPPORT + "/plans/{id}", plan).then().extract().path("householdId");
        as(officer).body(Map.of("householdId", household, "outcome", "NOT_DELIVERED", "foundOn", tomorrow))
                .when().post(SUPPORT + "/cross-checks/{id}/findings", check).then().statusCode(422)
                .body("code", equalTo("support.date_in_future"));
        as(officer).when().get(SUPPORT + "/cross-checks/{id}", check).then().statusCode(200).body("findings", empty());
    }

    @Test
    void nothingInSupportIsDatedBeforeWhatItBelongsTo() {
        String yesterday = LocalDate.parse(TODAY).minusDays(1).toString();
        String farmers = agency("Hội Nông dân xã", "PARTY_OR_MASS_ORGANISATION");
        String youth = agency("Đoàn Thanh niên", "PARTY_OR_MASS_ORGANISATION");
        String group = group("Nhóm Hội Nông dân xã", farmers, List.of(youth));
        String inspector = group("Nhóm Đoàn Thanh niên", agency("Hội Phụ nữ", "PARTY_OR_MASS_ORGANISATION"), List.of());

        // the group was registered today: no lead change before it
        as(province).header("If-Match", etagOf(group)).body(leadChange(youth, yesterday))
                .when().put(SUPPORT + "/groups/{id}/lead", group).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("support.date_before_start"));
        as(province).when().get(SUPPORT + "/groups/{id}", group).then()
                .body("lead.id", equalTo(farmers)).body("leadChanges", empty());

        // a household assigned on 1 June: its plan's commitment and visits come from that day
        String plan = planOf(group, "Lê Văn Tháng Sáu", YEAR + "-06-01");
        as(officer).body(Map.of("signedOn", YEAR + "-05-31", "signatories", "Hội Nông dân; Lê Văn Tháng Sáu"))
                .when().post(SUPPORT + "/plans/{id}/commitment", plan).then().statusCode(422)
                .body("code", equalTo("support.date_before_start"));
        as(officer).body(visit(YEAR + "-05-31")).when().post(SUPPORT + "/plans/{id}/visits", plan)
                .then().statusCode(422).body("code", equalTo("support.date_before_start"));
        as(officer).when().get(SUPPORT + "/plans/{id}", plan).then()
                .body("commitment", nullValue()).body("visits", empty());
        as(officer).body(Map.of("signedOn", YEAR + "-06-01", "signatories", "Hội Nông dân; Lê Văn Tháng Sáu"))
                .when().post(SUPPORT + "/plans/{id}/commitment", plan).then().statusCode(201);
        // one helped since last year: its plan of this year starts on 1 January
        String older = planOf(group, "Hồ Thị Năm Ngoái", (YEAR - 1) + "-03-01");
        as(officer).body(visit((YEAR - 1) + "-12-31")).when().post(SUPPORT + "/plans/{id}/visits", older)
                .then().statusCode(422).body("code", equalTo("support.date_before_start"));
        as(officer).when().get(SUPPORT + "/plans/{id}", older).then().body("visits", empty());
        as(officer).body(visit(YEAR + "-01-02")).when().post(SUPPORT + "/plans/{id}/visits", older)
                .then().statusCode(201);
        // next year's plan, prepared today: committed today, but nothing dated before it was made
        String olderHousehold = as(officer).when().get(SUPPORT + "/plans/{id}", older).then().extract()
                .path("householdId");
        String nextYear = as(officer).body(Map.of("householdId", olderHousehold, "year", YEAR + 1,
                "escapeYear", YEAR + 2)).when().post(SUPPORT + "/plans").then().statusCode(201).extract().path("id");
        as(officer).body(visit(yesterday)).when().post(SUPPORT + "/plans/{id}/visits", nextYear)
                .then().statusCode(422).body("code", equalTo("support.date_before_start"));
        as(officer).body(Map.of("signedOn", TODAY, "signatories", "Hội Nông dân; Hồ Thị Năm Ngoái"))
                .when().post(SUPPORT + "/plans/{id}/commitment", nextYear).then().statusCode(201);

        // a check of this year's support finds nothing before the year began
        String check = as(officer).body(Map.of("groupA", inspector, "groupB", group, "year", YEAR))
                .when().post(SUPPORT + "/cross-checks/pairs").then().statusCode(201).extract().jsonPath()
                .getString("find { it.inspector.id == '" + inspector + "' }.id");
        String household = as(officer).when().get(SUPPORT + "/plans/{id}", plan).then().extract().path("householdId");
        as(officer).body(Map.of("householdId", household, "outcome", "DELIVERED", "foundOn", (YEAR - 1) + "-12-31"))
                .when().post(SUPPORT + "/cross-checks/{id}/findings", check).then().statusCode(422)
                .body("code", equalTo("support.date_before_start"));
        as(officer).when().get(SUPPORT + "/cross-checks/{id}", check).then().body("findings", empty());
    }
}
