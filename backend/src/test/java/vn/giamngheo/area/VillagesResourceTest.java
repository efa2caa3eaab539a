package vn.giamngheo.area;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VillagesResourceTest {

    static final String NAM_DONG = "20179";
    static final String HUONG_TRA = "19996";
    /** A commune of Hà Nội, outside province 46. */
    static final String BA_DINH = "00004";
    static final String VILLAGES = "/api/v1/communes/{commune}/villages";

    private static Response create(String commune, String name, String kind) {
        return given().contentType(ContentType.JSON).body(Map.of("name", name, "kind", kind))
                .when().post(VILLAGES, commune);
    }

    @Test
    @TestSecurity(user = "xa.namdong", roles = "commune_officer")
    @OidcSecurity(claims = @Claim(key = "area_codes", value = NAM_DONG))
    void communeOfficerCreatesAVillageOfTheirCommune() {
        Response created = create(NAM_DONG, "Thôn Tân Lợi", "VILLAGE");
        created.then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", endsWith("/api/v1/communes/20179/villages/" + created.path("id")))
                .body("communeCode", equalTo(NAM_DONG))
                .body("name", equalTo("Thôn Tân Lợi"))
                .body("kind", equalTo("VILLAGE"))
                .body("createdAt", notNullValue());

        given().when().get(VILLAGES + "/{id}", NAM_DONG, created.path("id"))
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Thôn Tân Lợi"));
    }

    @Test
    @TestSecurity(user = "xa.namdong", roles = "commune_officer")
    @OidcSecurity(claims = @Claim(key = "area_codes", value = NAM_DONG))
    void storesNamesInNfcAndFindsThemWithoutDiacritics() {
        String decomposed = Normalizer.normalize("  Thôn   Hạ  Nhất ", Normalizer.Form.NFD);
        create(NAM_DONG, decomposed, "VILLAGE").then().statusCode(201)
                .body("name", equalTo(Normalizer.normalize("Thôn Hạ Nhất", Normalizer.Form.NFC)));

        given().queryParam("q", "ha nhat").when().get(VILLAGES, NAM_DONG)
                .then().statusCode(200)
                .body("items.name", hasItem("Thôn Hạ Nhất"));
    }

    @Test
    @TestSecurity(user = "xa.namdong", roles = "commune_officer")
    @OidcSecurity(claims = @Claim(key = "area_codes", value = NAM_DONG))
    void refusesASecondVillageWithTheSameNameInAnyCase() {
        create(NAM_DONG, "Thôn Trùng Tên", "VILLAGE").then().statusCode(201);
        create(NAM_DONG, "THÔN TRÙNG TÊN", "VILLAGE").then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("village.duplicate_name"));
    }

    @Test
    @TestSecurity(user = "xa.namdong", roles = "commune_officer")
    @OidcSecurity(claims = @Claim(key = "area_codes", value = NAM_DONG))
    void updateNeedsTheCurrentETag() {
        String id = create(NAM_DONG, "Thôn Cũ", "VILLAGE").then().statusCode(201).extract().path("id");
        Map<String, String> rename = Map.of("name", "Thôn Mới", "kind", "VILLAGE");

        given().contentType(ContentType.JSON).body(rename)
                .when().put(VILLAGES + "/{id}", NAM_DONG, id)
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("code", equalTo("precondition.required"));

        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(rename)
                .when().put(VILLAGES + "/{id}", NAM_DONG, id)
                .then().statusCode(412)
                .body("code", equalTo("precondition.failed"));

        given().when().get(VILLAGES + "/{id}", NAM_DONG, id)
                .then().body("name", equalTo("Thôn Cũ"));

        String etag = given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(rename)
                .when().put(VILLAGES + "/{id}", NAM_DONG, id)
                .then().statusCode(200)
                .body("name", equalTo("Thôn Mới"))
                .body("version", equalTo(1))
                .extract().header("ETag");
        assertEquals("\"1\"", etag);

        // the old ETag is now stale
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "Thôn Khác", "kind", "VILLAGE"))
                .when().put(VILLAGES + "/{id}", NAM_DONG, id)
                .then().statusCode(412);
    }

    @Test
    @TestSecurity(user = "xa.namdong", roles = "commune_officer")
    @OidcSecurity(claims = @Claim(key = "area_codes", value = NAM_DONG))
    void deleteNeedsTheCurrentETag() {
        String id = create(NAM_DONG, "Thôn Sẽ Xoá", "VILLAGE").then().statusCode(201).extract().path("id");
        given().when().delete(VILLAGES + "/{id}", NAM_DONG, id).then().statusCode(428);
        given().header("If-Match", "\"0\"").when().delete(VILLAGES + "/{id}", NAM_DONG, id)
                .then().statusCode(204);
        given().when().get(VILLAGES + "/{id}", NAM_DONG, id)
                .then().statusCode(404)
                .body("code", equalTo("village.not_found"));
    }

    @Test
    @TestSecurity(user = "phuong.huongtra", roles = "commune_officer")
    @OidcSecurity(claims = @Claim(key = "area_codes", value = HUONG_TRA))
    void communeOfficerCannotCreateOrReadVillagesOfAnotherCommune() {
        create(NAM_DONG, "Thôn Xâm Phạm", "VILLAGE").then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("security.out_of_jurisdiction"));
        given().when().get(VILLAGES, NAM_DONG).then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("security.out_of_jurisdiction"));
    }

    @Test
    @TestSecurity(user = "phuong.huongtra", roles = "commune_officer")
    @OidcSecurity(claims = @Claim(key = "area_codes", value = HUONG_TRA))
    void aVillageIsNotReachableThroughAnotherCommunesPath() {
        String id = create(HUONG_TRA, "Tổ dân phố Riêng", "RESIDENTIAL_GROUP").then().statusCode(201)
                .extract().path("id");
        given().when().get(VILLAGES + "/{id}", NAM_DONG, id).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "mttq.namdong", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "area_codes", value = NAM_DONG))
    void auditorReadsButCannotWrite() {
        given().when().get(VILLAGES, NAM_DONG).then().statusCode(200);
        create(NAM_DONG, "Thôn Kiểm Tra", "VILLAGE").then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("auth.forbidden"));
    }

    @Test
    @TestSecurity(user = "tinh.hue", roles = "province_officer")
    @OidcSecurity(claims = @Claim(key = "area_codes", value = "46"))
    void provinceOfficerWorksInEveryCommuneOfTheProvinceOnly() {
        create(NAM_DONG, "Thôn Do Tỉnh Tạo", "VILLAGE").then().statusCode(201);
        create(HUONG_TRA, "Tổ dân phố Do Tỉnh Tạo", "RESIDENTIAL_GROUP").then().statusCode(201);
        create(BA_DINH, "Tổ dân phố Hà Nội", "RESIDENTIAL_GROUP").then().statusCode(403)
                .body("code", equalTo("security.out_of_jurisdiction"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminWorksEverywhere() {
        create(BA_DINH, "Tổ dân phố 99", "RESIDENTIAL_GROUP").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void unknownCommuneIsNotFound() {
        given().when().get(VILLAGES, "99999").then().statusCode(404)
                .body("code", equalTo("commune.not_found"));
        // a province is not a commune
        given().when().get(VILLAGES, "46").then().statusCode(404)
                .body("code", equalTo("commune.not_found"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void listsVillagesInNameOrderAPageAtATime() {
        String commune = "19753"; // Phường Phú Xuân, untouched by other tests
        for (String name : new String[] {"Tổ dân phố Cồn", "Tổ dân phố An", "Tổ dân phố Bến", "Tổ dân phố Đông"}) {
            create(commune, name, "RESIDENTIAL_GROUP").then().statusCode(201);
        }
        var first = given().queryParam("limit", 3).when().get(VILLAGES, commune)
                .then().statusCode(200).body("items", hasSize(3)).extract().jsonPath();
        assertEquals(java.util.List.of("Tổ dân phố An", "Tổ dân phố Bến", "Tổ dân phố Cồn"),
                first.getList("items.name"));
        String cursor = first.getString("nextCursor");
        assertNotEquals(null, cursor);
        given().queryParam("limit", 3).queryParam("after", cursor).when().get(VILLAGES, commune)
                .then().statusCode(200)
                .body("items.name", equalTo(java.util.List.of("Tổ dân phố Đông")))
                .body("items.name", not(hasItem("Tổ dân phố An")))
                .body("nextCursor", equalTo(null));
    }
}
