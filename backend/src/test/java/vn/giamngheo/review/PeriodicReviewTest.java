package vn.giamngheo.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.KeycloakTokens;
import vn.giamngheo.testing.TestClock;

/**
 * A whole periodic review of Xã Nam Đông for 2026, through the API with real Keycloak tokens:
 * the officer lists, the reviewer surveys, the villages meet (a refused meeting sends households
 * back), the results are posted, a complaint re-opens a household, the province gives its opinion and
 * the chairman decides; then the documents.
 */
@QuarkusTest
class PeriodicReviewTest {

    static final String CAMPAIGNS = "/api/v1/review-campaigns";
    static final String HOUSEHOLDS = "/api/v1/households";
    static final String COMMUNE = "20179";

    static String officer;
    static String reviewer;
    static String chair;
    static String province;

    @BeforeAll
    static void tokens() {
        KeycloakTokens.requireKeycloak();
        officer = KeycloakTokens.tokenOf("xa.namdong");
        reviewer = KeycloakTokens.tokenOf("rsv.namdong");
        chair = KeycloakTokens.tokenOf("chutich.namdong");
        province = KeycloakTokens.tokenOf("tinh.hue");
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String village(String name) {
        return as(officer).body(Map.of("name", name + " " + UUID.randomUUID().toString().substring(0, 6),
                "kind", "VILLAGE")).when().post("/api/v1/communes/{c}/villages", COMMUNE)
                .then().statusCode(201).extract().path("id");
    }

    static final java.util.concurrent.atomic.AtomicInteger SEQUENCE =
            new java.util.concurrent.atomic.AtomicInteger((int) (System.nanoTime() % 90000));

    record Created(String id, String code) {
    }

    static Created household(String villageId, String head, String spouse) {
        List<Map<String, Object>> members = new ArrayList<>();
        members.add(Map.of("fullName", head, "relationToHead", "HEAD", "sex", "MALE", "birthDate", "1978-03-02",
                "healthInsurance", false, "citizenId", "0460780" + String.format("%05d", SEQUENCE.incrementAndGet() % 100000)));
        members.add(Map.of("fullName", spouse, "relationToHead", "SPOUSE", "sex", "FEMALE", "birthDate", "1981-07-15",
                "healthInsurance", false));
        var response = as(officer).body(Map.of("communeCode", COMMUNE, "villageId", villageId, "members", members))
                .when().post(HOUSEHOLDS).then().statusCode(201).extract();
        return new Created(response.path("id"), response.path("code"));
    }

    /** A yearly record: POOR (3 deprivations, low income), NEAR_POOR (2) or AVERAGE_LIVING (enough income). */
    static Map<String, Object> record(int year, String surveyDate, String result) {
        Map<String, Object> facts = switch (result) {
            case "POOR" -> Map.of("wallsDurable", false, "roofDurable", false, "latrineType", "SIMPLE_PIT");
            case "NEAR_POOR" -> Map.of("wallsDurable", true, "roofDurable", true, "latrineType", "SIMPLE_PIT");
            default -> Map.of("wallsDurable", true, "roofDurable", true);
        };
        Map<String, Object> r = new HashMap<>(Map.of("surveyYear", year, "surveyDate", surveyDate,
                "reviewer", "Hồ Thị Lan", "monthlyIncomePerCapita", result.equals("AVERAGE_LIVING") ? 1_700_000 : 1_200_000,
                "household", facts));
        return r;
    }

    /** The household's official class of a year, as that year's decision fixed it (an administrator's). */
    static void recordOf(Created h, int year, String result) {
        as(KeycloakTokens.tokenOf("admin")).body(Map.of("record", record(year, year + "-10-01", result),
                "reason", "Danh sách năm " + year, "decidedOn", year + "-12-14"))
                .when().post(HOUSEHOLDS + "/{id}/decisions", h.id())
                .then().statusCode(201).body("classification", equalTo(result));
    }

    static String itemOf(JsonPath items, Created h) {
        return items.getString("items.find { it.householdId == '" + h.id() + "' }.id");
    }

    static JsonPath items(String campaign) {
        return as(officer).queryParam("limit", 500).when().get(CAMPAIGNS + "/{id}/items", campaign)
                .then().statusCode(200).extract().jsonPath();
    }

    static void survey(String campaign, String item, String result) {
        survey(campaign, item, result, "2026-10-05");
    }

    static void survey(String campaign, String item, String result, String surveyDate) {
        as(reviewer).body(Map.of("record", record(2026, surveyDate, result)))
                .when().post(CAMPAIGNS + "/{id}/items/{item}/survey", campaign, item)
                .then().statusCode(200).body("state", equalTo("SURVEYED")).body("proposedClass", equalTo(result));
    }

    static Map<String, Object> meeting(String villageId, String heldOn, int attendees, int agreeing) {
        return Map.of("villageId", villageId, "heldOn", heldOn, "chair", "Lê Văn Trưởng", "attendees", attendees,
                "agreeing", agreeing, "minutesName", "biên bản họp.pdf",
                "minutes", java.util.Base64.getEncoder().encodeToString("%PDF-1.4 biên bản".getBytes()));
    }

    /** Keeps a document in target/documents for people to look at. */
    static byte[] keep(String name, byte[] bytes) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "documents");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), bytes);
        return bytes;
    }

    static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(new ByteArrayInputStream(pdf));
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return Normalizer.normalize(text.toString(), Normalizer.Form.NFC);
    }

    @Test
    void aPeriodicReviewRunsFromTheListToTheChairmansDecision() throws Exception {
        // a fixed day after the story's last date (the decision of 13/11), whatever the calendar says:
        // nothing that happened may be dated after today
        TestClock.set("2026-11-20");
        String thonA = village("Thôn Hà An");
        String thonB = village("Thôn Phú Mỹ");
        Created stays = household(thonA, "Nguyễn Văn Ánh", "Trần Thị Bích");
        Created escapes = household(thonA, "Lê Thị Hồng", "Phan Văn Dũng");
        Created worsens = household(thonB, "Hồ Đức Việt", "Võ Thị Ngọc");
        Created applicant = household(thonB, "Đặng Quốc Khánh", "Lê Thị Mỹ");
        Created screenedOut = household(thonB, "Trương Văn Lực", "Ngô Thị Hà");
        recordOf(stays, 2025, "POOR");
        recordOf(escapes, 2025, "POOR");
        recordOf(worsens, 2025, "NEAR_POOR");

        // the officer opens the year's review: every current poor and near-poor household is listed
        var opened = as(officer).body(Map.of("communeCode", COMMUNE, "kind", "PERIODIC", "year", 2026))
                .when().post(CAMPAIGNS).then().statusCode(201)
                .body("status", equalTo("OPEN")).body("opensOn", equalTo("2026-09-01"))
                .body("closesOn", equalTo("2026-12-14")).body("communeName", equalTo("Xã Nam Đông"))
                .body("postingDays", equalTo(3)).extract();
        String campaign = opened.path("id");
        as(officer).body(Map.of("communeCode", COMMUNE, "kind", "PERIODIC", "year", 2026)).when().post(CAMPAIGNS)
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("review.duplicate_campaign"));
        JsonPath listed = items(campaign);
        assertEquals("EXISTING_POOR", listed.getString("items.find { it.householdId == '" + stays.id() + "' }.origin"));
        assertEquals("EXISTING_NEAR_POOR",
                listed.getString("items.find { it.householdId == '" + worsens.id() + "' }.origin"));
        // households other suites left in the commune are not this story's: set aside with a reason
        List<String> ours = List.of(stays.id(), escapes.id(), worsens.id());
        for (Map<String, Object> item : listed.<Map<String, Object>>getList("items")) {
            if (!ours.contains(item.get("householdId"))) {
                as(officer).body(Map.of("reason", "Hộ của bộ kiểm thử khác"))
                        .when().post(CAMPAIGNS + "/{id}/items/{item}/exclusion", campaign, item.get("id"))
                        .then().statusCode(200).body("state", equalTo("EXCLUDED"));
            }
        }

        // applicants with their request form and quick screen (Phiếu A)
        as(officer).body(Map.of("householdId", applicant.id(), "form", "MAU_01", "requestedOn", "2026-09-10",
                "screeningPassed", true)).when().post(CAMPAIGNS + "/{id}/applicants", campaign)
                .then().statusCode(201).body("origin", equalTo("REQUEST_REVIEW")).body("state", equalTo("LISTED"));
        as(officer).body(Map.of("householdId", screenedOut.id(), "form", "MAU_01", "requestedOn", "2026-09-11",
                "screeningPassed", false, "screeningNote", "Có xe ô tô, nhà kiên cố"))
                .when().post(CAMPAIGNS + "/{id}/applicants", campaign)
                .then().statusCode(201).body("state", equalTo("SCREENED_OUT"));
        as(officer).body(Map.of("householdId", applicant.id(), "form", "MAU_01", "requestedOn", "2026-09-10",
                "screeningPassed", true)).when().post(CAMPAIGNS + "/{id}/applicants", campaign)
                .then().statusCode(409).body("code", equalTo("review.already_listed"));

        JsonPath all = items(campaign);
        String iStays = itemOf(all, stays);
        String iEscapes = itemOf(all, escapes);
        String iWorsens = itemOf(all, worsens);
        String iApplicant = itemOf(all, applicant);

        // only a reviewer (or an admin) surveys
        as(officer).body(Map.of("record", record(2026, "2026-10-05", "POOR")))
                .when().post(CAMPAIGNS + "/{id}/items/{item}/survey", campaign, iStays)
                .then().statusCode(403).body("code", equalTo("auth.forbidden"));
        survey(campaign, iStays, "POOR");
        survey(campaign, iEscapes, "AVERAGE_LIVING");
        survey(campaign, iWorsens, "POOR");

        // nobody missed: the applicant is not surveyed yet, so the chairman cannot decide, and is told who
        as(officer).when().get(CAMPAIGNS + "/{id}/gaps", campaign).then().statusCode(200)
                .body("householdCode", hasItem(applicant.code()))
                .body("find { it.householdCode == '" + applicant.code() + "' }.waitsFor", equalTo("SURVEY"));
        String etag = as(chair).when().get(CAMPAIGNS + "/{id}", campaign).then().statusCode(200).extract().header("ETag");
        as(chair).header("If-Match", etag).body(Map.of("number", "99/QĐ-UBND", "decidedOn", "2026-10-06"))
                .when().post(CAMPAIGNS + "/{id}/decision", campaign)
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("review.gaps"))
                .body("detail", containsString(applicant.code()))
                .body("violations.field", hasItem("households/" + applicant.code()))
                .body("violations.find { it.field == 'households/" + applicant.code() + "' }.message",
                        containsString("Đặng Quốc Khánh"));
        // and a reviewer can never decide
        as(reviewer).header("If-Match", etag).body(Map.of("number", "99/QĐ-UBND", "decidedOn", "2026-10-06"))
                .when().post(CAMPAIGNS + "/{id}/decision", campaign)
                .then().statusCode(403).body("code", equalTo("auth.forbidden"));
        survey(campaign, iApplicant, "POOR");

        // Thôn Hà An meets: 4 of 10 agree, so both of its households go back to survey
        as(officer).body(meeting(thonA, "2026-10-20", 10, 4)).when().post(CAMPAIGNS + "/{id}/meetings", campaign)
                .then().statusCode(201).body("passed", equalTo(false)).body("households", equalTo(2));
        JsonPath afterRefusal = items(campaign);
        assertEquals("LISTED", afterRefusal.getString("items.find { it.id == '" + iStays + "' }.state"));
        assertEquals("LISTED", afterRefusal.getString("items.find { it.id == '" + iEscapes + "' }.state"));
        assertEquals("SURVEYED", afterRefusal.getString("items.find { it.id == '" + iWorsens + "' }.state"));
        // with nobody surveyed again, there is nothing to meet about
        as(officer).body(meeting(thonA, "2026-10-21", 10, 6)).when().post(CAMPAIGNS + "/{id}/meetings", campaign)
                .then().statusCode(422).body("code", equalTo("review.meeting_nothing_to_confirm"));
        survey(campaign, iStays, "POOR");
        survey(campaign, iEscapes, "AVERAGE_LIVING");
        as(officer).body(meeting(thonA, "2026-10-24", 10, 11)).when().post(CAMPAIGNS + "/{id}/meetings", campaign)
                .then().statusCode(422).body("code", equalTo("review.meeting_agreeing_above_attendees"));
        // posting waits for every village
        as(officer).body(Map.of("startsOn", "2026-10-26")).when().post(CAMPAIGNS + "/{id}/postings", campaign)
                .then().statusCode(422).body("code", equalTo("review.posting_not_ready"));
        // 6 of 10 agree: the results stand
        as(officer).body(meeting(thonA, "2026-10-24", 10, 6)).when().post(CAMPAIGNS + "/{id}/meetings", campaign)
                .then().statusCode(201).body("passed", equalTo(true)).body("households", equalTo(2));
        // exactly half is enough
        as(officer).body(meeting(thonB, "2026-10-24", 12, 6)).when().post(CAMPAIGNS + "/{id}/meetings", campaign)
                .then().statusCode(201).body("passed", equalTo(true)).body("households", equalTo(2));
        as(officer).when().get(CAMPAIGNS + "/{id}/meetings", campaign).then().statusCode(200)
                .body("passed", contains(false, true, true));

        // public posting, 3 working days from Monday 2 November: until Wednesday 4 November
        as(officer).body(Map.of("startsOn", "2026-11-02")).when().post(CAMPAIGNS + "/{id}/postings", campaign)
                .then().statusCode(201).body("endsOn", equalTo("2026-11-04")).body("households", equalTo(4));
        as(officer).when().get(CAMPAIGNS + "/{id}", campaign).then().body("status", equalTo("POSTING"))
                .body("postingEndsOn", equalTo("2026-11-04"));

        // a neighbour complains that the near-poor household is wrongly counted poor
        String complaint = as(officer).body(Map.of("itemId", iWorsens, "complainant", "Nguyễn Thị Lý",
                "kind", "WRONGLY_INCLUDED", "content", "Hộ mới mua xe máy", "receivedOn", "2026-11-03"))
                .when().post(CAMPAIGNS + "/{id}/complaints", campaign)
                .then().statusCode(201).body("recheckDue", equalTo("2026-11-06")).extract().path("id");
        as(province).body(Map.of("givenOn", "2026-11-05", "text", "Thống nhất"))
                .when().post(CAMPAIGNS + "/{id}/opinion", campaign)
                .then().statusCode(422).body("code", equalTo("review.opinion_not_ready"));
        // upheld: the household is surveyed, confirmed and posted again
        as(officer).body(Map.of("outcome", "UPHELD", "resolvedOn", "2026-11-05", "resolution", "Phúc tra lại"))
                .when().post(CAMPAIGNS + "/{id}/complaints/{c}/resolution", campaign, complaint)
                .then().statusCode(200).body("outcome", equalTo("UPHELD"));
        as(officer).when().get(CAMPAIGNS + "/{id}/items/{item}", campaign, iWorsens).then()
                .body("state", equalTo("LISTED")).body("note", containsString("Khiếu nại"));
        survey(campaign, iWorsens, "POOR");
        as(officer).body(meeting(thonB, "2026-11-06", 8, 5)).when().post(CAMPAIGNS + "/{id}/meetings", campaign)
                .then().statusCode(201).body("passed", equalTo(true)).body("households", equalTo(1));
        as(officer).body(Map.of("startsOn", "2026-11-09")).when().post(CAMPAIGNS + "/{id}/postings", campaign)
                .then().statusCode(201).body("endsOn", equalTo("2026-11-11")).body("households", equalTo(1));

        // the posting list of Thôn Phú Mỹ, as a spreadsheet with the form's headers
        byte[] xlsx = keep("posting-list.xlsx", as(officer).queryParam("villageId", thonB).queryParam("format", "xlsx")
                .when().get(CAMPAIGNS + "/{id}/documents/posting-list", campaign)
                .then().statusCode(200).contentType(ReviewDocuments.XLSX).extract().asByteArray());
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<Integer, Row> rows = new HashMap<>();
            wb.getFirstSheet().read().forEach(r -> rows.put(r.getRowNum(), r));
            assertEquals("DANH SÁCH NIÊM YẾT KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO", rows.get(2).getCellText(0));
            assertEquals(List.of("STT", "Mã hộ", "Họ và tên chủ hộ", "Thôn", "Trước rà soát", "Kết quả rà soát",
                    "Chỉ số thiếu hụt", "Ghi chú"), rows.get(5).stream().map(c -> c.getText()).toList());
            assertEquals(List.of(worsens.code(), applicant.code()).stream().sorted().toList(),
                    List.of(rows.get(6).getCellText(1), rows.get(7).getCellText(1)));
            Row hoDucViet = rows.get(6).getCellText(1).equals(worsens.code()) ? rows.get(6) : rows.get(7);
            assertEquals(List.of("Hồ Đức Việt", "Hộ cận nghèo", "Hộ nghèo"), List.of(hoDucViet.getCellText(2),
                    hoDucViet.getCellText(4), hoDucViet.getCellText(5)));
            assertEquals("Bảo hiểm y tế; Chất lượng nhà ở; Nhà tiêu hợp vệ sinh", hoDucViet.getCellText(6));
            assertTrue(rows.values().stream().noneMatch(r -> "Nguyễn Văn Ánh".equals(r.getCellText(2))),
                    "only Thôn Phú Mỹ");
        }
        String postingPdf = pdfText(keep("posting-list.pdf", as(officer).queryParam("villageId", thonA)
                .when().get(CAMPAIGNS + "/{id}/documents/posting-list", campaign)
                .then().statusCode(200).contentType(ReviewDocuments.PDF).extract().asByteArray()));
        assertTrue(postingPdf.contains("Nguyễn Văn Ánh") && postingPdf.contains("Lê Thị Hồng"), postingPdf);

        // the province gives its opinion once the posting is over
        as(province).body(Map.of("givenOn", "2026-11-10", "text", "Thống nhất"))
                .when().post(CAMPAIGNS + "/{id}/opinion", campaign)
                .then().statusCode(422).body("code", equalTo("review.posting_not_over"));
        as(officer).body(Map.of("givenOn", "2026-11-12", "text", "Thống nhất"))
                .when().post(CAMPAIGNS + "/{id}/opinion", campaign).then().statusCode(403);
        as(province).body(Map.of("givenOn", "2026-11-12", "text", "Thống nhất kết quả rà soát"))
                .when().post(CAMPAIGNS + "/{id}/opinion", campaign)
                .then().statusCode(200).body("status", equalTo("AWAITING_DECISION")).body("opinionBy", equalTo("tinh.hue"));

        // the chairman decides
        etag = as(chair).when().get(CAMPAIGNS + "/{id}", campaign).then().statusCode(200)
                .body("gaps", equalTo(0)).extract().header("ETag");
        as(chair).body(Map.of("number", "125/QĐ-UBND", "decidedOn", "2026-11-13"))
                .when().post(CAMPAIGNS + "/{id}/decision", campaign)
                .then().statusCode(428);
        as(chair).header("If-Match", etag).body(Map.of("number", "125/QĐ-UBND", "decidedOn", "2026-11-11"))
                .when().post(CAMPAIGNS + "/{id}/decision", campaign)
                .then().statusCode(422).body("code", equalTo("review.decision_before_opinion"));
        as(chair).header("If-Match", etag).body(Map.of("number", "125/QĐ-UBND", "decidedOn", "2026-11-13"))
                .when().post(CAMPAIGNS + "/{id}/decision", campaign)
                .then().statusCode(200).body("status", equalTo("DECIDED")).body("decidedBy", equalTo("chutich.namdong"))
                .body("decisionNumber", equalTo("125/QĐ-UBND"));

        JsonPath decided = items(campaign);
        String base = "items.find { it.householdId == '%s' }.";
        assertEquals("UNCHANGED", decided.getString(base.formatted(stays.id()) + "transition"));
        assertEquals("POOR", decided.getString(base.formatted(stays.id()) + "finalClass"));
        assertEquals("ESCAPED_POVERTY", decided.getString(base.formatted(escapes.id()) + "transition"));
        assertEquals("AVERAGE_LIVING", decided.getString(base.formatted(escapes.id()) + "finalClass"));
        assertEquals("NEAR_POOR_TO_POOR", decided.getString(base.formatted(worsens.id()) + "transition"));
        assertEquals("NEWLY_POOR", decided.getString(base.formatted(applicant.id()) + "transition"));
        assertEquals("SCREENED_OUT", decided.getString(base.formatted(screenedOut.id()) + "state"));
        assertEquals(null, decided.getString(base.formatted(screenedOut.id()) + "transition"));

        // the registry follows the decision, and the decided record is locked
        as(officer).when().get(HOUSEHOLDS + "/{id}", worsens.id()).then()
                .body("latestRecord.classification", equalTo("POOR")).body("latestRecord.surveyYear", equalTo(2026));
        // nothing changes after the decision
        as(officer).body(Map.of("reason", "Thử")).when()
                .post(CAMPAIGNS + "/{id}/items/{item}/exclusion", campaign, iStays)
                .then().statusCode(409).body("code", equalTo("review.decided"));

        // the decision (Mẫu 02) and the certificate (Mẫu 03) print Vietnamese names
        String decision = pdfText(keep("decision.pdf", as(officer).when().get(CAMPAIGNS + "/{id}/documents/decision", campaign)
                .then().statusCode(200).contentType(ReviewDocuments.PDF)
                .header("Content-Disposition", containsString("quyet-dinh-2026.pdf")).extract().asByteArray()));
        assertTrue(decision.contains("QUYẾT ĐỊNH"), decision);
        assertTrue(decision.contains("125/QĐ-UBND"), decision);
        assertTrue(decision.contains("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NAM ĐÔNG"), decision);
        assertTrue(decision.contains("Nguyễn Văn Ánh") && decision.contains("Đặng Quốc Khánh")
                && decision.contains("Lê Thị Hồng"), decision);
        assertTrue(decision.contains("HỘ THOÁT NGHÈO"), decision);

        String certificate = pdfText(keep("certificate.pdf", as(officer)
                .when().get(CAMPAIGNS + "/{id}/items/{item}/certificate", campaign, iApplicant)
                .then().statusCode(200).contentType(ReviewDocuments.PDF).extract().asByteArray()));
        assertTrue(certificate.contains("GIẤY CHỨNG NHẬN"), certificate);
        assertTrue(certificate.contains("Đặng Quốc Khánh") && certificate.contains("Lê Thị Mỹ"), certificate);
        assertTrue(certificate.contains("HỘ NGHÈO năm 2026"), certificate);
        as(officer).when().get(CAMPAIGNS + "/{id}/items/{item}/certificate", campaign, iEscapes)
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("review.certificate_unavailable"));

        // who did what, and when
        as(chair).when().get(CAMPAIGNS + "/{id}/audit", campaign).then().statusCode(200)
                .body("find { it.action == 'review.campaign_decided' }.actor", equalTo("chutich.namdong"))
                .body("find { it.action == 'review.opinion_given' }.actor", equalTo("tinh.hue"))
                .body("findAll { it.action == 'review.surveyed' }.actor", hasItems("rsv.namdong"))
                .body("findAll { it.action == 'review.surveyed' }.actor", not(hasItem("xa.namdong")))
                .body("action", hasItems("review.campaign_opened", "review.meeting_refused",
                        "review.meeting_confirmed", "review.posted", "review.complaint_received",
                        "review.complaint_resolved", "review.decided"));

        // the province's system reads it; another commune's officer cannot see it
        given().auth().oauth2(KeycloakTokens.serviceToken()).when().get(CAMPAIGNS + "/{id}", campaign)
                .then().statusCode(200).body("status", equalTo("DECIDED"));
        given().auth().oauth2(KeycloakTokens.tokenOf("phuong.huongtra")).when().get(CAMPAIGNS + "/{id}", campaign)
                .then().statusCode(404).body("code", equalTo("campaign.not_found"));
        given().auth().oauth2(KeycloakTokens.tokenOf("phuong.huongtra")).queryParam("year", 2026)
                .when().get(CAMPAIGNS).then().statusCode(200).body("items.id", not(hasItem(campaign)));
        given().auth().oauth2(province).queryParam("communeCode", COMMUNE).queryParam("year", 2026)
                .when().get(CAMPAIGNS).then().statusCode(200).body("items.id", hasItem(campaign))
                .body("items.find { it.id == '" + campaign + "' }.status", equalTo("DECIDED"));
    }

    @Test
    void aCampaignPastItsDueDatesIsFlaggedLate() {
        // a fixed day: after the 2025 campaign's dates, before the dates the province sets for 2027
        TestClock.set("2026-12-20");
        String token = KeycloakTokens.tokenOf("phuong.huongtra");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("communeCode", "19996", "kind", "PERIODIC", "year", 2025))
                .when().post(CAMPAIGNS).then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).when().get(CAMPAIGNS + "/{id}", id).then().statusCode(200)
                .body("lateSteps", hasItem("DECISION"))
                .body("deadlines.find { it.step == 'DECISION' }.due", equalTo("2025-12-14"))
                .body("deadlines.find { it.step == 'DECISION' }.late", equalTo(true));
        given().auth().oauth2(token).queryParam("late", true).when().get(CAMPAIGNS).then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.lateSteps", hasItem("DECISION"));
        given().auth().oauth2(token).queryParam("late", false).when().get(CAMPAIGNS).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        // the province sets its own due dates: in order, by a province officer, with the current ETag
        String etag = given().auth().oauth2(token).when().get(CAMPAIGNS + "/{id}", id).then().extract().header("ETag");
        Map<String, Object> dues = Map.of("surveyDue", "2027-01-15", "meetingsDue", "2027-01-31",
                "postingDue", "2027-02-10", "opinionDue", "2027-02-28", "decisionDue", "2027-03-15", "postingDays", 5);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag).body(dues)
                .when().put(CAMPAIGNS + "/{id}/deadlines", id).then().statusCode(403);
        Map<String, Object> backwards = new HashMap<>(dues);
        backwards.put("decisionDue", "2027-01-01");
        as(province).header("If-Match", etag).body(backwards).when().put(CAMPAIGNS + "/{id}/deadlines", id)
                .then().statusCode(422).body("code", equalTo("review.deadlines_out_of_order"));
        as(province).header("If-Match", etag).body(dues).when().put(CAMPAIGNS + "/{id}/deadlines", id)
                .then().statusCode(200).body("postingDays", equalTo(5)).body("lateSteps", hasSize(0))
                .body("deadlines.find { it.step == 'DECISION' }.due", equalTo("2027-03-15"));
        given().auth().oauth2(token).queryParam("late", true).when().get(CAMPAIGNS).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        // a regular review needs its month
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("communeCode", "19996", "kind", "REGULAR", "year", 2026))
                .when().post(CAMPAIGNS).then().statusCode(422).body("code", equalTo("review.month_required"));
        // and nobody opens a review outside their commune
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("communeCode", COMMUNE, "kind", "REGULAR", "year", 2026, "month", 3))
                .when().post(CAMPAIGNS).then().statusCode(403).body("code", equalTo("security.out_of_jurisdiction"));
    }

    @AfterEach
    void clockBack() {
        TestClock.reset();
    }
}
