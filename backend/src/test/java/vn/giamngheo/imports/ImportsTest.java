package vn.giamngheo.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.Recount;

/**
 * Importing a commune's household list (issue 14): the template, a file with mistakes (every one found, nothing
 * written), the error workbook, the commit, the same file again (nothing changes), and the rights of the area.
 */
@QuarkusTest
@TestSecurity(user = "xa.phuho", roles = "commune_officer")
@OidcSecurity(claims = @Claim(key = "area_codes", value = "19918"))
public class ImportsTest {

    static final String IMPORTS = "/api/v1/imports";
    /** Xã Phú Hồ: nobody else writes here. */
    static final String COMMUNE = "19918";

    @Inject
    EntityManager em;

    public static final String HEADER = "Số thứ tự hộ,Mã xã,Địa chỉ,Họ và tên,Quan hệ với chủ hộ,Giới tính,Ngày sinh,Dân tộc,"
            + "Số CCCD,Khả năng lao động,Có bảo hiểm y tế,Đang đi học,Năm rà soát,Ngày rà soát,"
            + "Thu nhập bình quân đầu người/tháng (đồng),Nguồn nước sinh hoạt,Loại nhà tiêu\r\n";

    static String file(boolean withMistakes) {
        return HEADER
                + "1,19918,\"Thôn 2, Phú Hồ\",Nguyễn Văn An,Chủ hộ,Nam,12/03/1980,01 - Kinh,046080000101,Có khả năng lao động,"
                + "Có,,2025,15/09/2025,1200000,Giếng khoan,Tự hoại\r\n"
                + "1,19918,,Lê Thị Bình,Vợ/chồng,Nữ,02/11/1984,Kinh,046184000102,Có khả năng lao động,Có,,,,,,\r\n"
                + "1,19918,,Nguyễn Văn Cường,Con,Nam,20/05/2015,01,,,Có,Có,,,,,\r\n"
                + "2,19918,Thôn 3,Trần Thị Cúc,Chủ hộ,Nữ,01/01/1970,01,046170000201,Có khả năng lao động,Có,,2025,"
                + "15/09/2025,4500000,Nước máy,Tự hoại\r\n"
                + "3,19918,Thôn 1,Phạm Văn Dũng,Chủ hộ,Nam,05/06/1975,01,046075000301,,Có,,,,,,\r\n"
                + "3,19918,,Phạm Thị Em,Vợ/chồng,Nữ,07/08/1978,01," + (withMistakes ? "4619000030" : "046178000302")
                + ",,Có,,,,,,\r\n"
                + "3,19918,,Phạm Văn Giang,Con,Nam," + (withMistakes ? "31/02/2010" : "28/02/2010") + ",01,,,Có,Có,,,,,\r\n"
                + "3,19918,,Phạm Thị Hoa," + (withMistakes ? "Hàng xóm" : "Con") + ",Nữ,09/09/2012,01,,,Có,Có,,,,,\r\n";
    }

    static JsonPath upload(String name, byte[] content, String mode) {
        return upload(COMMUNE, name, content, mode);
    }

    public static JsonPath upload(String commune, String name, byte[] content, String mode) {
        var request = given().multiPart("file", name, content, "text/csv").multiPart("areaCode", commune);
        if (mode != null) {
            request.multiPart("mode", mode);
        }
        return request.when().post(IMPORTS).then().statusCode(202).header("Location", startsWith("http"))
                .body("phase", equalTo("QUEUED")).extract().jsonPath();
    }

    /** Waits (at most 60 s) for the job to leave its running phases. */
    public static JsonPath settle(String id) {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            JsonPath job = given().when().get(IMPORTS + "/{id}", id).then().statusCode(200).extract().jsonPath();
            String phase = job.getString("phase");
            if (!List.of("QUEUED", "STAGING", "VALIDATING", "COMMITTING", "UNDOING").contains(phase)) {
                return job;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        fail("the import " + id + " did not end in 60 s");
        return null;
    }

    static String household(String q) {
        return household(COMMUNE, q);
    }

    static String household(String commune, String q) {
        List<String> ids = given().queryParam("communeCode", commune).queryParam("q", q).when().get("/api/v1/households")
                .then().statusCode(200).extract().path("items.id");
        assertEquals(1, ids.size(), "one household found by " + q);
        return ids.get(0);
    }

    @Test
    void aFileIsCheckedWholeThenCommittedAndTheSameFileAgainChangesNothing() throws Exception {
        // 1. mistakes: every one found with its row and column, nothing written
        JsonPath first = upload("ds-ho-phu-ho.csv", file(true).getBytes(StandardCharsets.UTF_8), null);
        JsonPath validated = settle(first.getString("id"));
        assertEquals("VALIDATED", validated.getString("phase"), validated.prettify());
        assertEquals(8, validated.getInt("rowsTotal"));
        assertEquals(3, validated.getInt("summary.householdsTotal"));
        assertEquals(2, validated.getInt("summary.householdsNew"));
        assertEquals(1, validated.getInt("summary.householdsRejected"));
        assertEquals(4, validated.getInt("summary.membersNew"));
        assertEquals(4, validated.getInt("summary.membersRejected"));
        assertEquals(3, validated.getInt("issueCount"));
        JsonPath issues = given().when().get(IMPORTS + "/{id}/issues", first.getString("id")).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(7, 8, 9), issues.getList("items.row", Integer.class));
        assertEquals(List.of("citizen_id", "birth_date", "relation_to_head"), issues.getList("items.column"));
        assertEquals(List.of("import.citizen_id", "import.date", "import.choice"), issues.getList("items.code"));
        assertEquals("Số CCCD phải gồm 12 chữ số", issues.getString("items[0].messageVi"));
        assertEquals("A citizen ID is 12 digits", issues.getString("items[0].messageEn"));
        assertEquals("Số CCCD", issues.getString("items[0].columnHeader"));
        assertEquals(1, given().queryParam("code", "import.date").when().get(IMPORTS + "/{id}/issues",
                first.getString("id")).then().statusCode(200).extract().jsonPath().getList("items").size());
        given().queryParam("communeCode", COMMUNE).when().get("/api/v1/households").then().statusCode(200)
                .body("items.size()", equalTo(0));

        // the classes the surveys give, before anything is written
        JsonPath households = given().when().get(IMPORTS + "/{id}/households", first.getString("id")).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("NEW", "NEW", "REJECTED"), households.getList("items.action"));
        assertEquals(List.of(3, 1, 4), households.getList("items.rowCount", Integer.class));
        String plannedClass = households.getString("items[0].classification");
        assertNotNull(plannedClass);
        assertEquals("NOT_POOR", households.getString("items[1].classification"));

        // 2. the error workbook: the rows as they were, and what is wrong with each
        byte[] errors = given().when().get(IMPORTS + "/{id}/error-workbook", first.getString("id")).then()
                .statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(errors))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals(9, rows.size());
            int last = rows.get(0).getCellCount() - 1;
            assertEquals("Lỗi", rows.get(0).getCellText(last));
            // rows[i] is the file's row i + 1
            assertEquals("4619000030", rows.get(6).getCellText(8));
            assertTrue(rows.get(6).getCellText(last).startsWith("Dòng 7: citizen_id: Số CCCD phải gồm 12 chữ số"),
                    rows.get(6).getCellText(last));
            assertTrue(rows.get(8).getCellText(last).contains("Hàng xóm"), rows.get(8).getCellText(last));
            assertEquals("", rows.get(1).getCellText(last));
        }

        // all or nothing is refused while a household is rejected
        given().contentType(ContentType.JSON).body(Map.of("mode", "ALL_OR_NOTHING"))
                .when().post(IMPORTS + "/{id}/commit", first.getString("id")).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("import.has_rejected"));

        // 3. commit per household: the two good ones are written, with the class their survey gives
        given().contentType(ContentType.JSON).body(Map.of()).when().post(IMPORTS + "/{id}/commit", first.getString("id"))
                .then().statusCode(202).body("phase", equalTo("COMMITTING"));
        JsonPath committed = settle(first.getString("id"));
        assertEquals("COMMITTED", committed.getString("phase"), committed.prettify());
        String an = household("nguyen van an");
        given().when().get("/api/v1/households/{id}", an).then().statusCode(200)
                .body("members.size()", equalTo(3)).body("address", equalTo("Thôn 2, Phú Hồ"));
        given().when().get("/api/v1/households/{id}/records", an).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].surveyYear", equalTo(2025))
                .body("[0].classification", equalTo(plannedClass));
        household("tran thi cuc");
        given().queryParam("communeCode", COMMUNE).when().get("/api/v1/households").then().statusCode(200)
                .body("items.size()", equalTo(2));
        assertEquals(1L, ((Number) em.createNativeQuery("SELECT count(*) FROM audit_entry WHERE action ="
                + " 'import.committed' AND entity_id = CAST(:id AS uuid) AND changes::text LIKE :sha")
                .setParameter("id", first.getString("id")).setParameter("sha", "%" + first.getString("fileSha256") + "%")
                .getSingleResult()).longValue(), "the commit is audited as one import with the file's hash");
        assertEquals(List.of(), Recount.figuresNotRecounted(em, COMMUNE));

        // 4. the same file again: recognised, nothing to change, and the commit changes nothing
        int versionBefore = given().when().get("/api/v1/households/{id}", an).then().extract().path("version");
        long auditBefore = auditEntries();
        JsonPath again = upload("ds-ho-phu-ho.csv", file(true).getBytes(StandardCharsets.UTF_8), null);
        JsonPath revalidated = settle(again.getString("id"));
        assertEquals(first.getString("id"), revalidated.getString("sameFileAs"));
        assertEquals(2, revalidated.getInt("summary.householdsUnchanged"));
        assertEquals(0, revalidated.getInt("summary.householdsNew"));
        assertEquals(0, revalidated.getInt("summary.householdsUpdated"));
        given().contentType(ContentType.JSON).body(Map.of()).when().post(IMPORTS + "/{id}/commit", again.getString("id"))
                .then().statusCode(202);
        assertEquals("COMMITTED", settle(again.getString("id")).getString("phase"));
        given().when().get("/api/v1/households/{id}", an).then().body("version", equalTo(versionBefore));
        given().when().get("/api/v1/households/{id}/records", an).then().body("size()", equalTo(1));
        assertEquals(auditBefore + 1, auditEntries(), "only the import's own entry");

        // 5. the file fixed: the third household comes in, all or nothing
        JsonPath fixed = upload("ds-ho-phu-ho-sua.csv", file(false).getBytes(StandardCharsets.UTF_8), "ALL_OR_NOTHING");
        JsonPath fixedValidated = settle(fixed.getString("id"));
        assertEquals(1, fixedValidated.getInt("summary.householdsNew"), fixedValidated.prettify());
        assertEquals(2, fixedValidated.getInt("summary.householdsUnchanged"));
        assertEquals(0, fixedValidated.getInt("issueCount"));
        given().contentType(ContentType.JSON).body(Map.of()).when().post(IMPORTS + "/{id}/commit", fixed.getString("id"))
                .then().statusCode(202);
        assertEquals("COMMITTED", settle(fixed.getString("id")).getString("phase"));
        given().when().get("/api/v1/households/{id}", household("pham van dung")).then().body("members.size()", equalTo(4));
        assertEquals(List.of(), Recount.figuresNotRecounted(em, COMMUNE));

        // the history of the commune's imports, newest first
        List<String> history = given().queryParam("areaCode", COMMUNE).when().get(IMPORTS).then().statusCode(200)
                .extract().path("items.id");
        List<String> ours = history.stream().filter(List.of(first.getString("id"), again.getString("id"),
                fixed.getString("id"))::contains).toList();
        assertEquals(List.of(fixed.getString("id"), again.getString("id"), first.getString("id")), ours);
    }

    public static JsonPath commit(String id) {
        given().contentType(ContentType.JSON).body(Map.of()).when().post(IMPORTS + "/{id}/commit", id).then()
                .statusCode(202);
        JsonPath job = settle(id);
        assertEquals("COMMITTED", job.getString("phase"), job.prettify());
        return job;
    }

    /** Xã 19942: written by this test only. */
    static final String UNDO_COMMUNE = "19942";

    @Test
    @TestSecurity(user = "xa.undo", roles = "commune_officer")
    @OidcSecurity(claims = @Claim(key = "area_codes", value = UNDO_COMMUNE))
    void aWholeImportIsUndoneWhileNothingNewerTouchedItsHouseholds() {
        String first = HEADER
                + "1,19942,Thôn 1,Võ Văn Khải,Chủ hộ,Nam,01/01/1980,01,046080000901,Có khả năng lao động,Có,,2025,"
                + "15/09/2025,1000000,Giếng khoan,Tự hoại\r\n"
                + "1,19942,,Võ Thị Lài,Vợ/chồng,Nữ,01/02/1982,01,046182000902,Có khả năng lao động,Có,,,,,,\r\n"
                + "2,19942,Thôn 2,Hồ Thị Lan,Chủ hộ,Nữ,01/03/1970,01,046170000903,Có khả năng lao động,Có,,2025,"
                + "15/09/2025,5000000,Nước máy,Tự hoại\r\n";
        String firstId = upload(UNDO_COMMUNE, "lan-1.csv", first.getBytes(StandardCharsets.UTF_8), null).getString("id");
        assertEquals("VALIDATED", settle(firstId).getString("phase"));
        commit(firstId);
        String khai = household(UNDO_COMMUNE, "vo van khai");
        String lan = household(UNDO_COMMUNE, "ho thi lan");
        JsonPath before = given().when().get("/api/v1/households/{id}", khai).then().statusCode(200).extract().jsonPath();
        JsonPath recordBefore = given().when().get("/api/v1/households/{id}/records", khai).then().statusCode(200)
                .extract().jsonPath();

        // the second file updates Khải's household (address, a child, a corrected survey) and brings a new one
        String second = HEADER
                + "1,19942,Thôn 9,Võ Văn Khải,Chủ hộ,Nam,01/01/1980,01,046080000901,Có khả năng lao động,Có,,2025,"
                + "20/09/2025,3000000,Giếng khoan,Tự hoại\r\n"
                + "1,19942,,Võ Thị Lài,Vợ/chồng,Nữ,01/02/1982,01,046182000902,Có khả năng lao động,Có,,,,,,\r\n"
                + "1,19942,,Võ Văn Nam,Con,Nam,01/06/2016,01,,,Có,Có,,,,,\r\n"
                + "3,19942,Thôn 3,Đặng Văn Minh,Chủ hộ,Nam,01/04/1975,01,046075000904,Có khả năng lao động,Có,,2025,"
                + "15/09/2025,900000,Giếng khoan,Tự hoại\r\n";
        String secondId = upload(UNDO_COMMUNE, "lan-2.csv", second.getBytes(StandardCharsets.UTF_8), null)
                .getString("id");
        JsonPath planned = settle(secondId);
        assertEquals(1, planned.getInt("summary.householdsNew"), planned.prettify());
        assertEquals(1, planned.getInt("summary.householdsUpdated"));
        commit(secondId);
        String minh = household(UNDO_COMMUNE, "dang van minh");
        JsonPath updated = given().when().get("/api/v1/households/{id}", khai).then().statusCode(200)
                .body("address", equalTo("Thôn 9")).body("members.size()", equalTo(3)).extract().jsonPath();
        assertEquals(List.of(), Recount.figuresNotRecounted(em, UNDO_COMMUNE));

        // undo the second import: Minh's household is gone, Khải's is as it was, with its first survey current
        given().when().post(IMPORTS + "/{id}/undo", secondId).then().statusCode(202).body("phase", equalTo("UNDOING"))
                .body("undoneBy", equalTo("xa.undo"));
        JsonPath undone = settle(secondId);
        assertEquals("UNDONE", undone.getString("phase"), undone.prettify());
        assertNotNull(undone.getString("undoneAt"));
        given().when().get("/api/v1/households/{id}", minh).then().statusCode(404);
        given().queryParam("communeCode", UNDO_COMMUNE).queryParam("q", "dang van minh").when().get("/api/v1/households")
                .then().statusCode(200).body("items.size()", equalTo(0));
        JsonPath after = given().when().get("/api/v1/households/{id}", khai).then().statusCode(200).extract().jsonPath();
        assertEquals(before.getString("address"), after.getString("address"));
        assertEquals(before.getList("members.fullName"), after.getList("members.fullName"));
        assertEquals(before.getString("headMemberId"), after.getString("headMemberId"));
        assertTrue(after.getInt("version") > updated.getInt("version"), "a new version, never an old one again");
        given().when().get("/api/v1/households/{id}/records", khai).then().statusCode(200)
                .body("size()", equalTo(recordBefore.getList("$").size()))
                .body("[0].id", equalTo(recordBefore.getString("[0].id")))
                .body("[0].monthlyIncomePerCapita", equalTo(1000000));
        assertEquals(List.of(), Recount.figuresNotRecounted(em, UNDO_COMMUNE));
        assertEquals(List.of(), Recount.transitionsNotRecounted(em, UNDO_COMMUNE));
        assertEquals(1L, count("SELECT count(*) FROM change_event WHERE entity_type = 'HOUSEHOLD' AND operation ="
                + " 'DELETED' AND entity_id = CAST('" + minh + "' AS uuid)"), "the feed tells the household was deleted");
        assertEquals(1L, count("SELECT count(*) FROM audit_entry WHERE action = 'import.undone' AND entity_id ="
                + " CAST('" + secondId + "' AS uuid)"));
        assertEquals(2L, count("SELECT count(*) FROM audit_entry WHERE action LIKE 'household.import_%' AND changes::text"
                + " LIKE '%" + secondId + "%'"), "each household's undo audited");
        given().when().post(IMPORTS + "/{id}/undo", secondId).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("import.not_committed"));

        // the first import: Khải's household was written by the second import (and its undo), Lan's was edited
        // since: it can no longer be undone
        String etag = given().when().get("/api/v1/households/{id}", lan).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("address", "Thôn 2, xóm mới"))
                .when().put("/api/v1/households/{id}", lan).then().statusCode(200);
        String lanCode = given().when().get("/api/v1/households/{id}", lan).then().extract().path("code");
        given().when().post(IMPORTS + "/{id}/undo", firstId).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("import.undo_blocked"))
                .body("detail", org.hamcrest.Matchers.containsString(lanCode))
                .body("violations.message", equalTo(List.of(before.getString("code"), lanCode)));
        assertEquals("COMMITTED", settle(firstId).getString("phase"));
        household(UNDO_COMMUNE, "vo van khai");
    }

    long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    long auditEntries() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM audit_entry WHERE commune_code = :c")
                .setParameter("c", COMMUNE).getSingleResult()).longValue();
    }

    @Test
    void rowsOfAnotherCommuneAndUploadsForAnotherAreaAreRefused() {
        String foreign = HEADER + "1,19942,,Võ Văn Khải,Chủ hộ,Nam,01/01/1990,01,046090000999,,,,,,,,\r\n";
        JsonPath job = settle(upload("khac-xa.csv", foreign.getBytes(StandardCharsets.UTF_8), null).getString("id"));
        assertEquals(1, job.getInt("summary.householdsRejected"));
        given().when().get(IMPORTS + "/{id}/issues", job.getString("id")).then().statusCode(200)
                .body("items[0].code", equalTo("import.commune_outside")).body("items[0].row", equalTo(2));

        given().multiPart("file", "x.csv", foreign.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("areaCode", "19942").when().post(IMPORTS).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("security.out_of_jurisdiction"));

        // a file without the columns a household needs fails, and says which
        JsonPath broken = settle(upload("sai-mau.csv", "Tên,Tuổi\r\nAn,3\r\n".getBytes(StandardCharsets.UTF_8), null)
                .getString("id"));
        assertEquals("FAILED", broken.getString("phase"));
        assertEquals("import.missing_columns", broken.getString("failureCode"));
        assertTrue(broken.getString("failureMessage").contains("Mã xã"), broken.getString("failureMessage"));
    }

    @Test
    void theTemplateHasTheHeadersTheDropdownsAndAHiddenCodeList() throws Exception {
        byte[] xlsx = given().queryParam("areaCode", COMMUNE).when().get(IMPORTS + "/templates/HOUSEHOLDS").then()
                .statusCode(200).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = wb.getSheets().map(s -> s.getName() + ":" + s.getVisibility()).toList();
            assertEquals(List.of("Hộ và thành viên:VISIBLE", "Hướng dẫn:VISIBLE", "Danh mục:HIDDEN"), sheets);
            Row header = wb.getFirstSheet().read().get(0);
            List<String> headers = new ArrayList<>();
            for (int i = 0; i < header.getCellCount(); i++) {
                headers.add(header.getCellText(i));
            }
            assertEquals(List.of(ImportColumns.headers()), headers);
            List<Row> lists = wb.getSheets().toList().get(2).read();
            List<String> firstColumn = lists.stream().map(r -> r.getCellText(0)).toList();
            assertTrue(firstColumn.contains("19918 - Phú Hồ"), firstColumn.toString());
            List<String> all = lists.stream().flatMap(r -> r.stream()).filter(c -> c != null).map(c -> c.getText()).toList();
            assertTrue(all.containsAll(List.of("Chủ hộ", "Vợ/chồng", "Nam", "Nữ", "01 - Kinh", "Có", "Không")), all.toString());
        }
        String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<dataValidation"), "dropdowns on the data sheet");
        assertTrue(sheet.contains("Danh mục"), "fed by the code list sheet");

        byte[] csv = given().queryParam("format", "csv").when().get(IMPORTS + "/templates/HOUSEHOLDS").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF\"Mã hộ\",\"Số thứ tự hộ\",\"Mã xã\","), text);
    }

    static String entry(byte[] zip, String name) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("template", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (ZipFile in = new ZipFile(file.toFile())) {
                var e = in.getEntry(name);
                if (e == null) {
                    throw new AssertionError("no " + name);
                }
                return new String(in.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
