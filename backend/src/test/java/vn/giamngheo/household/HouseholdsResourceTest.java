package vn.giamngheo.household;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "xa.namdong", roles = "commune_officer")
@OidcSecurity(claims = @Claim(key = "area_codes", value = "20179"))
class HouseholdsResourceTest {

    static final String HOUSEHOLDS = "/api/v1/households";
    static final String COMMUNE = "20179";

    static String citizenId() {
        return String.format("0461%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static Map<String, Object> member(String name, String relation, Object... facts) {
        Map<String, Object> m = new HashMap<>(Map.of("fullName", name, "relationToHead", relation));
        for (int i = 0; i < facts.length; i += 2) {
            m.put((String) facts[i], facts[i + 1]);
        }
        return m;
    }

    static Response create(List<Map<String, Object>> members) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("communeCode", COMMUNE, "address", "Thôn Khe Tre", "members", members))
                .when().post(HOUSEHOLDS);
    }

    static JsonPath household(String id) {
        return given().when().get(HOUSEHOLDS + "/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    static String etag(String id) {
        return given().when().get(HOUSEHOLDS + "/{id}", id).header("ETag");
    }

    @Test
    void registersAHouseholdWithACodeOfItsCommuneAndItsHead() {
        Response created = create(List.of(member("Lê Văn Hải", "HEAD", "sex", "MALE", "birthDate", "1975-01-02"),
                member("Lê Thị Nụ", "CHILD", "sex", "FEMALE", "birthDate", "2012-06-01")));
        created.then().statusCode(201)
                .body("code", startsWith("20179-"))
                .body("provinceCode", equalTo("46"))
                .body("status", equalTo("ACTIVE"))
                .body("members", hasSize(2))
                .body("members[0].fullName", equalTo("Lê Văn Hải"))
                .body("latestRecord", nullValue());
        String head = created.path("members.find { it.relationToHead == 'HEAD' }.id");
        assertEquals(head, created.path("headMemberId"));
    }

    @Test
    void aCitizenIdOfThirteenDigitsIsRefusedNamingTheField() {
        create(List.of(member("Phan Văn Sai", "HEAD", "citizenId", "0461900123456")))
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("validation.failed"))
                .body("violations.field", hasItem("members[0].citizenId"));
    }

    @Test
    void aCitizenIdBelongsToOneActiveMember() {
        String id = citizenId();
        create(List.of(member("Ngô Văn Một", "HEAD", "citizenId", id))).then().statusCode(201);
        create(List.of(member("Ngô Văn Hai", "HEAD", "citizenId", id))).then().statusCode(409)
                .body("code", equalTo("member.duplicate_citizen_id"));
    }

    @Test
    void citizenIdsAreMaskedAndReadInFullOnlyWithAnAuditEntry() {
        String cid = citizenId();
        Response created = create(List.of(member("Đoàn Văn Kín", "HEAD", "citizenId", cid)));
        String id = created.path("id");
        String memberId = created.path("members[0].id");
        assertEquals("********" + cid.substring(8), created.path("members[0].citizenIdMasked"));
        given().when().get(HOUSEHOLDS + "/{id}/members/{m}/citizen-id", id, memberId)
                .then().statusCode(200).body("citizenId", equalTo(cid));
        given().when().get(HOUSEHOLDS + "/{id}/audit", id)
                .then().body("action", hasItem("member.citizen_id_read"))
                .body("changes.flatten().after", not(hasItem(cid)));

        // an update that leaves the citizen ID out keeps it; an empty one clears it
        given().contentType(ContentType.JSON).header("If-Match", "\"" + created.path("members[0].version") + "\"")
                .body(Map.of("fullName", "Đoàn Văn Kín", "relationToHead", "HEAD", "healthInsurance", true))
                .when().put(HOUSEHOLDS + "/{id}/members/{m}", id, memberId)
                .then().statusCode(200).body("citizenIdMasked", equalTo("********" + cid.substring(8)))
                .body("healthInsurance", equalTo(true));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("fullName", "Đoàn Văn Kín", "relationToHead", "HEAD", "citizenId", ""))
                .when().put(HOUSEHOLDS + "/{id}/members/{m}", id, memberId)
                .then().statusCode(200).body("citizenIdMasked", nullValue());
    }

    @Test
    void searchFindsNamesWithoutDiacriticsCodesAndCitizenIds() {
        String cid = citizenId();
        String id = create(List.of(member("Nguyễn Thị Hoà Bình", "HEAD", "citizenId", cid))).path("id");
        String code = household(id).getString("code");

        given().queryParam("communeCode", COMMUNE).queryParam("q", "nguyen thi hoa binh").queryParam("limit", 500)
                .when().get(HOUSEHOLDS)
                .then().statusCode(200).body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.headName", equalTo("Nguyễn Thị Hoà Bình"));
        given().queryParam("communeCode", COMMUNE).queryParam("q", "nguyen thi").queryParam("limit", 500)
                .when().get(HOUSEHOLDS)
                .then().statusCode(200).body("items.id", hasItem(id))
                .body("items.headName", everyItem(org.hamcrest.Matchers.containsString("Nguyễn Thị")));
        given().queryParam("q", "NGUYỄN THỊ HOÀ").queryParam("limit", 500).when().get(HOUSEHOLDS)
                .then().statusCode(200).body("items.id", hasItem(id));
        given().queryParam("q", code).when().get(HOUSEHOLDS)
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
        given().queryParam("q", cid).when().get(HOUSEHOLDS)
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
    }

    @Test
    @TestSecurity(user = "phuong.huongtra", roles = "commune_officer")
    @OidcSecurity(claims = @Claim(key = "area_codes", value = "19996"))
    void listsStayWithinTheJurisdiction() {
        given().queryParam("limit", 500).when().get(HOUSEHOLDS)
                .then().statusCode(200).body("items.communeCode", everyItem(equalTo("19996")));
        given().queryParam("communeCode", COMMUNE).when().get(HOUSEHOLDS)
                .then().statusCode(403).body("code", equalTo("security.out_of_jurisdiction"));
    }

    @Test
    void pagesThroughACommuneInCodeOrder() {
        for (int i = 0; i < 5; i++) {
            create(List.of(member("Chủ Hộ Trang " + i, "HEAD"))).then().statusCode(201);
        }
        List<String> codes = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("communeCode", COMMUNE).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.when().get(HOUSEHOLDS).then().statusCode(200).extract().jsonPath();
            codes.addAll(page.getList("items.code"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertTrue(codes.size() >= 5);
        assertEquals(codes.size(), new HashSet<>(codes).size());
        List<String> sorted = new ArrayList<>(codes);
        sorted.sort(null);
        assertEquals(sorted, codes);
    }

    @Test
    void aYearlyRecordComputesStoresAndExplainsTheClass() {
        String id = create(List.of(
                member("Hồ Văn Nghèo", "HEAD", "birthDate", "1985-05-05", "sex", "MALE", "healthInsurance", false),
                member("Hồ Thị Con", "CHILD", "birthDate", "2015-03-03", "attendingSchool", true,
                        "healthInsurance", true))).path("id");
        Map<String, Object> record = new HashMap<>(Map.of("surveyYear", 2025, "surveyDate", "2025-10-01",
                "reviewer", "Hồ Thị Lan", "monthlyIncomePerCapita", 1_200_000,
                "household", Map.of("wallsDurable", false, "roofDurable", false, "latrineType", "SIMPLE_PIT"),
                "causes", List.of("LACK_OF_CAPITAL", "LACK_OF_LAND"), "needs", List.of("CREDIT")));
        given().contentType(ContentType.JSON).body(record).when().post(HOUSEHOLDS + "/{id}/records", id)
                .then().statusCode(201)
                .body("standardCode", equalTo("ND07_2021"))
                .body("areaType", equalTo("RURAL"))
                .body("classification", equalTo("POOR"))
                .body("deprivedIndicators", equalTo(List.of("HEALTH_INSURANCE", "HOUSING_QUALITY", "SANITATION")))
                .body("scoreB", equalTo(30))
                .body("explanation.explanations.find { it.indicator == 'HEALTH_INSURANCE' }.text",
                        equalTo("Hồ Văn Nghèo, 40 tuổi, không có thẻ BHYT"))
                .body("members", hasSize(2))
                .body("causes", equalTo(List.of("LACK_OF_LAND", "LACK_OF_CAPITAL")))
                .body("current", equalTo(true));

        household(id);
        // a survey is a proposal: the household has no official class until a decision takes it
        given().when().get(HOUSEHOLDS + "/{id}", id).then()
                .body("latestRecord.classification", equalTo("POOR"))
                .body("latestRecord.surveyYear", equalTo(2025))
                .body("officialClass", nullValue());
        given().queryParam("communeCode", COMMUNE).queryParam("year", 2025).queryParam("classification", "POOR")
                .queryParam("limit", 500).when().get(HOUSEHOLDS)
                .then().statusCode(200).body("items.id", not(hasItem(id)));

        // the same year again needs a reason, and keeps the first record
        given().contentType(ContentType.JSON).body(record).when().post(HOUSEHOLDS + "/{id}/records", id)
                .then().statusCode(422).body("code", equalTo("record.correction_reason_required"));
        Map<String, Object> corrected = new HashMap<>(record);
        corrected.put("monthlyIncomePerCapita", 1_700_000);
        corrected.put("correctionReason", "Thu nhập tính thiếu lương hưu");
        given().contentType(ContentType.JSON).body(corrected).when().post(HOUSEHOLDS + "/{id}/records", id)
                .then().statusCode(201).body("classification", equalTo("AVERAGE_LIVING"))
                .body("correctionReason", equalTo("Thu nhập tính thiếu lương hưu"));
        given().when().get(HOUSEHOLDS + "/{id}/records", id)
                .then().statusCode(200).body("$", hasSize(2))
                .body("find { it.current }.classification", equalTo("AVERAGE_LIVING"))
                .body("find { !it.current }.classification", equalTo("POOR"));
        // still proposals: the official record (decisions) is tested in OfficialRecordTest
        given().when().get(HOUSEHOLDS + "/{id}/decisions", id).then().statusCode(200).body("$", hasSize(0));
        given().queryParam("communeCode", COMMUNE).queryParam("classification", "AVERAGE_LIVING")
                .queryParam("limit", 500).when().get(HOUSEHOLDS)
                .then().body("items.id", not(hasItem(id)));
    }

    @Test
    void anUpdateChangesTheFieldsItIsSentAndKeepsTheRest() {
        // issue 13: a generated client that sends only what it changes must not clear the rest
        String village = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Thôn Giữ " + ThreadLocalRandom.current().nextInt(1_000_000), "kind", "VILLAGE"))
                .when().post("/api/v1/communes/{c}/villages", COMMUNE).then().statusCode(201).extract().path("id");
        Response created = create(List.of(member("Trần Văn Giữ", "HEAD", "sex", "MALE", "birthDate", "1970-03-04",
                "ethnicity", "01", "healthInsurance", true)));
        String id = created.path("id");
        String memberId = created.path("members[0].id");
        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("villageId", village, "phone", "0234 3871 111")).when().put(HOUSEHOLDS + "/{id}", id)
                .then().statusCode(200).body("villageId", equalTo(village)).body("phone", equalTo("0234 3871 111"))
                .body("address", equalTo("Thôn Khe Tre"));
        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("address", "Thôn 2")).when().put(HOUSEHOLDS + "/{id}", id)
                .then().statusCode(200).body("address", equalTo("Thôn 2")).body("villageId", equalTo(village))
                .body("phone", equalTo("0234 3871 111"));
        Map<String, Object> clearPhone = new HashMap<>();
        clearPhone.put("phone", null);
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(clearPhone)
                .when().put(HOUSEHOLDS + "/{id}", id)
                .then().statusCode(200).body("phone", nullValue()).body("address", equalTo("Thôn 2"))
                .body("villageId", equalTo(village));
        JsonPath after = household(id);
        assertEquals("Thôn 2", after.getString("address"));
        assertEquals(null, after.getString("phone"));
        given().when().get(HOUSEHOLDS + "/{id}/audit", id).then().statusCode(200)
                .body("find { it.action == 'household.updated' && it.changes.find { c -> c.field == 'phone' && c.after == null } }",
                        not(nullValue()));

        // a member: one fact sent, the others kept; a fact sent as null is cleared
        Map<String, Object> oneFact = new HashMap<>(Map.of("fullName", "Trần Văn Giữ", "relationToHead", "HEAD",
                "employment", "UNEMPLOYED"));
        oneFact.put("healthInsurance", null);
        given().contentType(ContentType.JSON).header("If-Match", "\"" + created.path("members[0].version") + "\"")
                .body(oneFact).when().put(HOUSEHOLDS + "/{id}/members/{m}", id, memberId)
                .then().statusCode(200).body("employment", equalTo("UNEMPLOYED")).body("sex", equalTo("MALE"))
                .body("birthDate", equalTo("1970-03-04")).body("ethnicity", equalTo("01"))
                .body("healthInsurance", nullValue());
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String id = create(List.of(member("Đặng Văn Khoá", "HEAD"))).path("id");
        given().contentType(ContentType.JSON).body(Map.of("address", "Mới")).when().put(HOUSEHOLDS + "/{id}", id)
                .then().statusCode(428).body("code", equalTo("precondition.required"));
    }

    @Test
    @TestSecurity(user = "mttq.namdong", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "area_codes", value = "20179"))
    void anAuditorCannotRegister() {
        create(List.of(member("Không Được", "HEAD"))).then().statusCode(403).body("code", equalTo("auth.forbidden"));
    }

    @Test
    void splitMergeMoveAndLeaveKeepEveryHistory() {
        Response created = create(List.of(member("Cha Già", "HEAD", "birthDate", "1950-01-01"),
                member("Con Trai", "CHILD", "birthDate", "1980-01-01"),
                member("Con Dâu", "CHILD_IN_LAW", "birthDate", "1982-01-01"),
                member("Cháu Nội", "GRANDCHILD", "birthDate", "2010-01-01")));
        String id = created.path("id");
        String son = created.path("members.find { it.fullName == 'Con Trai' }.id");
        String wife = created.path("members.find { it.fullName == 'Con Dâu' }.id");
        String grandchild = created.path("members.find { it.fullName == 'Cháu Nội' }.id");

        // tách hộ: the son's family forms a household of its own
        Response split = given().contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(Map.of("memberIds", List.of(son, wife), "headMemberId", son, "splitOn", "2025-09-01"))
                .when().post(HOUSEHOLDS + "/{id}/split", id);
        split.then().statusCode(201).body("members", hasSize(2))
                .body("members.find { it.fullName == 'Con Trai' }.relationToHead", equalTo("HEAD"));
        String newId = split.path("id");
        household(id);
        given().when().get(HOUSEHOLDS + "/{id}", id).then()
                .body("members.findAll { it.status == 'ACTIVE' }.fullName", equalTo(List.of("Cha Già", "Cháu Nội")))
                .body("members.findAll { it.status == 'LEFT' }.leftReason",
                        equalTo(List.of("MOVED_TO_HOUSEHOLD", "MOVED_TO_HOUSEHOLD")));

        // the grandchild moves to the parents
        String grandchildEtag = "\"" + household(id).getInt("members.find { it.id == '" + grandchild + "' }.version")
                + "\"";
        given().contentType(ContentType.JSON).header("If-Match", grandchildEtag)
                .body(Map.of("targetHouseholdId", newId, "relationToHead", "CHILD", "movedOn", "2025-09-02"))
                .when().post(HOUSEHOLDS + "/{id}/members/{m}/move", id, grandchild)
                .then().statusCode(201).body("fullName", equalTo("Cháu Nội"));
        assertEquals(3, household(newId).getList("members.findAll { it.status == 'ACTIVE' }").size());

        // nhập hộ: the old father joins his son's household
        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("targetHouseholdId", newId, "mergedOn", "2025-09-03"))
                .when().post(HOUSEHOLDS + "/{id}/merge", id)
                .then().statusCode(200).body("id", equalTo(newId))
                .body("members.findAll { it.status == 'ACTIVE' }", hasSize(4));
        given().when().get(HOUSEHOLDS + "/{id}", id).then()
                .body("status", equalTo("CLOSED")).body("closeReason", equalTo("MERGED")).body("successorId", equalTo(newId));
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("address", "X"))
                .when().put(HOUSEHOLDS + "/{id}", id).then().statusCode(409).body("code", equalTo("household.closed"));

        // the father is head of nothing now; make him head, then the son leaves (moved away)
        JsonPath target = household(newId);
        String father = target.getString("members.find { it.fullName == 'Cha Già' && it.status == 'ACTIVE' }.id");
        given().contentType(ContentType.JSON).header("If-Match", etag(newId)).body(Map.of("memberId", father))
                .when().post(HOUSEHOLDS + "/{id}/head", newId)
                .then().statusCode(200).body("headMemberId", equalTo(father));
        JsonPath afterHead = household(newId);
        String sonNow = afterHead.getString("members.find { it.fullName == 'Con Trai' && it.status == 'ACTIVE' }.id");
        int sonVersion = afterHead.getInt("members.find { it.id == '" + sonNow + "' }.version");
        given().contentType(ContentType.JSON).header("If-Match", "\"" + sonVersion + "\"")
                .body(Map.of("reason", "MOVED_OUT", "leftOn", "2025-10-01"))
                .when().post(HOUSEHOLDS + "/{id}/members/{m}/departure", newId, sonNow)
                .then().statusCode(200).body("status", equalTo("LEFT"));

        given().when().get(HOUSEHOLDS + "/{id}/audit", newId).then()
                .body("action", hasItem("household.head_changed"))
                .body("action", hasItem("member.moved_in"))
                .body("action", hasItem("member.left"));
        assertNotNull(household(newId).getString("code"));
    }
}
