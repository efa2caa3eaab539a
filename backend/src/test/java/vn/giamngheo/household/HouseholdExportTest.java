package vn.giamngheo.household;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The household list as a file (issue 14, export): the same households as the list API for the same filters, one
 * row each, names and addresses as typed, within the caller's jurisdiction.
 */
@QuarkusTest
@TestSecurity(user = "xa.namdong", roles = "commune_officer")
@OidcSecurity(claims = @Claim(key = "area_codes", value = "20179"))
class HouseholdExportTest {

    static final String HOUSEHOLDS = "/api/v1/households";

    /** Codes of every household the list API gives for these filters, page by page. */
    static List<String> listed(Map<String, Object> filters) {
        List<String> codes = new ArrayList<>();
        String after = null;
        do {
            var request = given().queryParams(filters).queryParam("limit", 100);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.when().get(HOUSEHOLDS).then().statusCode(200).extract().jsonPath();
            codes.addAll(page.getList("items.code", String.class));
            after = page.getString("nextCursor");
        } while (after != null);
        return codes;
    }

    @Test
    void theFileHoldsEveryListedHouseholdOnceWithItsTextAsTyped() throws Exception {
        Map<String, Object> member = new HashMap<>(Map.of("fullName", "Hồ Thị \"Út\" Xuất", "relationToHead", "HEAD",
                "sex", "FEMALE", "birthDate", "1968-09-02"));
        String code = given().contentType(ContentType.JSON)
                .body(Map.of("communeCode", "20179", "address", "Thôn 3, Khe Tre", "phone", "+84 234 3871 000",
                        "members", List.of(member)))
                .when().post(HOUSEHOLDS).then().statusCode(201).extract().path("code");

        Map<String, Object> filters = Map.of("communeCode", "20179");
        List<String> listed = listed(filters);
        assertTrue(listed.contains(code));

        byte[] csv = given().queryParams(filters).queryParam("format", "csv").when().get(HOUSEHOLDS + "/export")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"danh-sach-ho-20179"))
                .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFhousehold_code,commune,village,head_name,"), text.substring(0, 80));
        List<String> lines = List.of(text.substring(1).split("\r\n"));
        List<String> codes = lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList();
        assertEquals(listed, codes, "the same households in the same order");
        String row = lines.stream().filter(l -> l.startsWith(code + ",")).findFirst().orElseThrow();
        assertTrue(row.contains(",Xã Nam Đông,"), row);
        assertTrue(row.contains(",\"Hồ Thị \"\"Út\"\" Xuất\",1,\"Thôn 3, Khe Tre\",+84 234 3871 000,ACTIVE,"), row);

        byte[] xlsx = given().queryParams(filters).when().get(HOUSEHOLDS + "/export").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals("Mã hộ", rows.get(0).getCellText(0));
            assertEquals("Họ và tên chủ hộ", rows.get(0).getCellText(3));
            assertEquals(listed, rows.subList(1, rows.size()).stream().map(r -> r.getCellText(0)).toList());
            Row mine = rows.stream().filter(r -> code.equals(r.getCellText(0))).findFirst().orElseThrow();
            assertEquals("Hồ Thị \"Út\" Xuất", mine.getCellText(3));
            assertEquals("Thôn 3, Khe Tre", mine.getCellText(5));
            assertEquals("Đang quản lý", mine.getCellText(7));
        }
    }

    @Test
    void filtersAreTheListsAndAForeignCommuneIsRefused() {
        // a search without diacritics, as in the list
        Map<String, Object> search = Map.of("communeCode", "20179", "q", "ho thi");
        byte[] csv = given().queryParams(search).queryParam("format", "csv").when().get(HOUSEHOLDS + "/export")
                .then().statusCode(200).extract().asByteArray();
        long rows = new String(csv, StandardCharsets.UTF_8).split("\r\n").length - 1;
        assertEquals(listed(search).size(), rows);

        given().queryParam("communeCode", "19996").when().get(HOUSEHOLDS + "/export").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("security.out_of_jurisdiction"));
        given().queryParam("format", "pdf").when().get(HOUSEHOLDS + "/export").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
