package vn.giamngheo.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.client.ApiClient;
import vn.giamngheo.client.ApiException;
import vn.giamngheo.client.ApiResponse;
import vn.giamngheo.client.api.ClassificationApi;
import vn.giamngheo.client.api.HouseholdsApi;
import vn.giamngheo.client.api.ReportsApi;
import vn.giamngheo.client.api.ReviewsApi;
import vn.giamngheo.client.model.AreaType;
import vn.giamngheo.client.model.CampaignPage;
import vn.giamngheo.client.model.ClassificationView;
import vn.giamngheo.client.model.CompareRequest;
import vn.giamngheo.client.model.ComparisonView;
import vn.giamngheo.client.model.CreateHouseholdRequest;
import vn.giamngheo.client.model.EvaluateRequest;
import vn.giamngheo.client.model.ExportFormat;
import vn.giamngheo.client.model.HouseholdClass;
import vn.giamngheo.client.model.HouseholdPage;
import vn.giamngheo.client.model.HouseholdSummary;
import vn.giamngheo.client.model.HouseholdView;
import vn.giamngheo.client.model.MemberRequest;
import vn.giamngheo.client.model.MovementKind;
import vn.giamngheo.client.model.MovementReport;
import vn.giamngheo.client.model.Problem;
import vn.giamngheo.client.model.RelationToHead;
import vn.giamngheo.client.model.Sex;
import vn.giamngheo.client.model.UpdateHouseholdRequest;

/**
 * What a provincial system does with the Java client generated from the root {@code openapi.yaml}: it gets a token
 * with its own Keycloak client (client credentials of tinh-hue-sync, jurisdiction: province 46) and works through
 * the generated methods only. Runs against a running stack (make clients-test, inside make test); it fails, never
 * skips, when the stack is not there.
 */
class ProvincialSystemTest {

    static final String API = System.getProperty("giamngheo.api", "http://localhost:18080");
    static final String KEYCLOAK = System.getProperty("giamngheo.keycloak", "http://localhost:8180");
    static final String COMMUNE = "20179";

    static ApiClient client;

    /** A client-credentials token of tinh-hue-sync, as the provincial system gets it. */
    static String clientToken() throws Exception {
        String form = "grant_type=client_credentials&client_id=tinh-hue-sync&client_secret="
                + URLEncoder.encode("tinh-hue-sync-dev-secret", StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(KEYCLOAK + "/realms/giamngheo/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return (String) new ObjectMapper().readValue(response.body(), Map.class).get("access_token");
    }

    @BeforeAll
    static void signIn() throws Exception {
        String token = clientToken();
        client = new ApiClient();
        client.updateBaseUri(API);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    @Test
    void pagesThroughEveryHouseholdOfACommuneAndReadsOneWithItsMembers() throws Exception {
        HouseholdsApi households = new HouseholdsApi(client);
        Set<UUID> seen = new HashSet<>();
        String after = null;
        int pages = 0;
        do {
            HouseholdPage page = households.listHouseholds(after, null, COMMUNE, null, 10, null, null, null, null, null,
                    null);
            for (HouseholdSummary h : page.getItems()) {
                assertTrue(seen.add(h.getId()), "each household once: " + h.getCode());
                assertTrue(h.getCode().startsWith(COMMUNE + "-"), h.getCode());
            }
            after = page.getNextCursor();
            pages++;
        } while (after != null);
        assertTrue(pages > 1, "the commune's households take more than one page of 10: " + seen.size());

        HouseholdView one = households.getHousehold(seen.iterator().next());
        assertEquals(COMMUNE, one.getCommuneCode());
        assertFalse(one.getMembers().isEmpty(), "a household has members");
        assertTrue(one.getMembers().stream().anyMatch(m -> m.getRelationToHead() == RelationToHead.HEAD));
    }

    @Test
    void evaluatesAHouseholdAndComparesTheStandards() throws Exception {
        ClassificationApi classification = new ClassificationApi(client);
        Map<String, Boolean> deprived = Map.of("HEALTH_INSURANCE", true, "HOUSING_QUALITY", true, "SANITATION", true);
        ClassificationView result = classification.classifyHousehold(new EvaluateRequest().year(2025)
                .areaType(AreaType.RURAL).monthlyIncomePerCapita(1_200_000L).deprivations(deprived));
        assertEquals(HouseholdClass.POOR, result.getClassification(), "under the line with three deprivations");
        ComparisonView comparison = classification.compareStandards(new CompareRequest()
                .standardCodes(List.of("ND07_2021", "ND351_2025")).year(2025).areaType(AreaType.RURAL)
                .monthlyIncomePerCapita(1_200_000L).deprivations(deprived));
        assertEquals(2, comparison.getResults().size());
    }

    @Test
    void readsTheMovementAsJsonAndDownloadsItAsTheFormsXlsx() throws Exception {
        ReportsApi reports = new ReportsApi(client);
        MovementReport movement = reports.getMovement(COMMUNE, 2025, MovementKind.POOR);
        assertEquals("Xã Nam Đông", movement.getAreaName());
        var total = movement.getTotal();
        assertEquals(total.getEnd().getHouseholds(), total.getStart().getHouseholds()
                - total.getDecreasesTotal().getHouseholds() + total.getIncreasesTotal().getHouseholds());

        File xlsx = reports.downloadMovement(COMMUNE, 2025, ExportFormat.XLSX, MovementKind.POOR);
        try (InputStream in = new FileInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertTrue(rows.stream().anyMatch(r -> "BIỂU TỔNG HỢP DIỄN BIẾN HỘ NGHÈO NĂM 2025".equals(r.getCellText(0))),
                    "the form's title");
        }
        File csv = reports.downloadMovement(COMMUNE, 2025, ExportFormat.CSV, MovementKind.POOR);
        assertTrue(Files.readString(csv.toPath(), StandardCharsets.UTF_8).contains("Xã Nam Đông"));
    }

    @Test
    void downloadsADecisionAsPdf() throws Exception {
        ReviewsApi reviews = new ReviewsApi(client);
        CampaignPage campaigns = reviews.listCampaigns(null, COMMUNE, null, null, null, null, null, null);
        assertFalse(campaigns.getItems().isEmpty(), "the commune has a review");
        File pdf = reviews.getDecisionDocument(campaigns.getItems().get(0).getId());
        byte[] head = new byte[4];
        try (InputStream in = new FileInputStream(pdf)) {
            assertEquals(4, in.read(head));
        }
        assertEquals("%PDF", new String(head, StandardCharsets.US_ASCII));
    }

    @Test
    void createsAHouseholdUpdatesItWithItsETagAndReadsTheProblemOfAStaleOne() throws Exception {
        HouseholdsApi households = new HouseholdsApi(client);
        MemberRequest head = new MemberRequest().fullName("Hồ Văn Tích Hợp").relationToHead(RelationToHead.HEAD)
                .sex(Sex.MALE).birthDate(LocalDate.of(1980, 5, 1));
        CreateHouseholdRequest request = new CreateHouseholdRequest()
                .communeCode(COMMUNE).address("Thôn 1, Xã Nam Đông").phone("0234 3871 234").members(List.of(head));
        String key = UUID.randomUUID().toString();
        ApiResponse<HouseholdView> created = households.createHouseholdWithHttpInfo(request, key);
        assertEquals(201, created.getStatusCode());
        UUID id = created.getData().getId();
        String etag = etagOf(created.getHeaders());

        // the answer was lost on the way: the system sends the same create again with the same key
        ApiResponse<HouseholdView> retried = households.createHouseholdWithHttpInfo(request, key);
        assertEquals(201, retried.getStatusCode());
        assertEquals(id, retried.getData().getId(), "the retry answers with the household the first request stored");
        assertEquals(List.of("true"), header(retried.getHeaders(), "Idempotency-Replayed"));

        // the client sends only what it changes (it leaves nulls out): the phone it did not send is kept
        ApiResponse<HouseholdView> updated = households.updateHouseholdWithHttpInfo(id, etag,
                new UpdateHouseholdRequest().address("Thôn 2, Xã Nam Đông"));
        assertEquals(200, updated.getStatusCode());
        assertEquals("Thôn 2, Xã Nam Đông", updated.getData().getAddress());
        assertEquals("0234 3871 234", updated.getData().getPhone());
        assertNotNull(etagOf(updated.getHeaders()));

        ApiException stale = assertThrows(ApiException.class, () -> households.updateHousehold(id, etag,
                new UpdateHouseholdRequest().address("Thôn 3")));
        assertEquals(412, stale.getCode());
        Problem problem = client.getObjectMapper().readValue(stale.getResponseBody(), Problem.class);
        assertEquals("precondition.failed", problem.getCode());
        assertEquals("Thôn 2, Xã Nam Đông", households.getHousehold(id).getAddress(), "nothing written");
    }

    static String etagOf(Map<String, List<String>> headers) {
        List<String> etag = header(headers, "ETag");
        if (etag.isEmpty()) {
            throw new AssertionError("no ETag in " + headers.keySet());
        }
        return etag.get(0);
    }

    static List<String> header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                .map(Map.Entry::getValue).orElse(List.of());
    }
}
