package vn.giamngheo.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.client.apache.ApiClient;
import vn.giamngheo.client.apache.ApiException;
import vn.giamngheo.client.apache.api.ChangesApi;
import vn.giamngheo.client.apache.api.HouseholdsApi;
import vn.giamngheo.client.apache.api.ReportsApi;
import vn.giamngheo.client.apache.model.Change;
import vn.giamngheo.client.apache.model.ChangeEntityType;
import vn.giamngheo.client.apache.model.ChangePage;
import vn.giamngheo.client.apache.model.ExportFormat;
import vn.giamngheo.client.apache.model.HouseholdPage;
import vn.giamngheo.client.apache.model.HouseholdStatus;
import vn.giamngheo.client.apache.model.HouseholdSummary;
import vn.giamngheo.client.apache.model.HouseholdView;
import vn.giamngheo.client.apache.model.MovementKind;
import vn.giamngheo.client.apache.model.Problem;

/**
 * The same contract through a second Java library of openapi-generator (apache-httpclient: Apache HttpClient 5 and
 * Jackson), as a provincial system on another stack would generate it: its bearer token set the library's way,
 * paging, the change feed, a download and a problem. Against a running stack, like {@link ProvincialSystemTest}.
 */
class ApacheHttpClientTest {

    static final String COMMUNE = "20179";

    static ApiClient client;

    @BeforeAll
    static void signIn() throws Exception {
        client = new ApiClient();
        client.setBasePath(ProvincialSystemTest.API);
        client.setBearerToken(ProvincialSystemTest.clientToken());
    }

    @Test
    void everyActiveHouseholdOfACommuneIsInTheChangeFeed() throws Exception {
        HouseholdsApi households = new HouseholdsApi(client);
        Set<UUID> listed = new HashSet<>();
        String after = null;
        do {
            HouseholdPage page = households.listHouseholds(after, null, COMMUNE, null, 10, null, null,
                    HouseholdStatus.ACTIVE, null, null, null);
            for (HouseholdSummary h : page.getItems()) {
                assertTrue(listed.add(h.getId()), "each household once: " + h.getCode());
            }
            after = page.getNextCursor();
        } while (after != null);
        assertTrue(listed.size() > 10, "more than one page of 10: " + listed.size());

        // a copy kept from the feed alone knows every one of them
        ChangesApi changes = new ChangesApi(client);
        Set<UUID> fed = new HashSet<>();
        String cursor = "0";
        long last = 0;
        ChangePage page;
        do {
            page = changes.listChanges(cursor, COMMUNE, Set.of(ChangeEntityType.HOUSEHOLD), 1000, null);
            for (Change c : page.getItems()) {
                assertTrue(c.getPosition() > last, "positions ascend");
                last = c.getPosition();
                assertEquals(COMMUNE, c.getCommuneCode());
                fed.add(c.getEntityId());
            }
            cursor = page.getNextCursor();
        } while (page.getHasMore());
        assertTrue(fed.containsAll(listed), (listed.size() - listed.stream().filter(fed::contains).count())
                + " listed households are not in the feed");

        HouseholdView one = households.getHousehold(listed.iterator().next());
        assertEquals(COMMUNE, one.getCommuneCode());
        assertFalse(one.getMembers().isEmpty(), "a household has members");
    }

    @Test
    void downloadsTheMovementAsXlsxAndReadsAProblem() throws Exception {
        File xlsx = new ReportsApi(client).downloadMovement(COMMUNE, 2025, ExportFormat.XLSX, MovementKind.POOR);
        try (InputStream in = new FileInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertTrue(rows.stream().anyMatch(r -> "BIỂU TỔNG HỢP DIỄN BIẾN HỘ NGHÈO NĂM 2025".equals(r.getCellText(0))),
                    "the form's title");
        }

        ApiException missing = assertThrows(ApiException.class,
                () -> new HouseholdsApi(client).getHousehold(UUID.randomUUID()));
        assertEquals(404, missing.getCode());
        Problem problem = client.getObjectMapper().readValue(missing.getResponseBody(), Problem.class);
        assertEquals("household.not_found", problem.getCode());
    }
}
