package vn.giamngheo.area;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProvincesResourceTest {

    @Test
    @TestSecurity(user = "xa.namdong", roles = "commune_officer")
    @OidcSecurity(claims = @Claim(key = "area_codes", value = "20179"))
    void listsTheThirtyFourProvincesInCodeOrder() {
        given().when().get("/api/v1/provinces")
                .then().statusCode(200)
                .body("$", hasSize(34))
                .body("[0].code", equalTo("01"))
                .body("[0].name", equalTo("Hà Nội"))
                .body("[0].unitType", equalTo("MUNICIPALITY"))
                .body("find { it.code == '46' }.fullName", equalTo("Thành phố Huế"))
                .body("find { it.code == '46' }.communeCount", equalTo(40));
    }

    @Test
    @TestSecurity(user = "xa.namdong", roles = "commune_officer")
    void provincesHoldAllThreeThousandThreeHundredTwentyOneCommunes() {
        List<Integer> counts = given().when().get("/api/v1/provinces")
                .then().statusCode(200).extract().jsonPath().getList("communeCount", Integer.class);
        assertEquals(3321, counts.stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    @TestSecurity(user = "phuong.huongtra", roles = "commune_officer")
    void searchIgnoresDiacritics() {
        given().queryParam("q", "huong tra")
                .when().get("/api/v1/provinces/46/communes")
                .then().statusCode(200)
                .body("items.code", hasItem("19996"))
                .body("items.find { it.code == '19996' }.fullName", equalTo("Phường Hương Trà"))
                .body("items.find { it.code == '19996' }.unitType", equalTo("WARD"))
                .body("items.find { it.code == '19996' }.areaType", equalTo("URBAN"));
    }

    @Test
    @TestSecurity(user = "phuong.huongtra", roles = "commune_officer")
    void searchWithDiacriticsAndCaseFindsTheSameCommune() {
        given().queryParam("q", "NAM ĐÔNG")
                .when().get("/api/v1/provinces/46/communes")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].code", equalTo("20179"))
                .body("items[0].unitType", equalTo("COMMUNE"))
                .body("items[0].areaType", equalTo("RURAL"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void filtersByUnitType() {
        given().queryParam("type", "WARD").queryParam("limit", 500)
                .when().get("/api/v1/provinces/46/communes")
                .then().statusCode(200)
                .body("items.unitType", everyItem(equalTo("WARD")))
                .body("items.code", hasItem("19996"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void pagesThroughAProvinceWithKeysetsWithoutGapsOrRepeats() {
        List<String> codes = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 50);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.when().get("/api/v1/provinces/01/communes")
                    .then().statusCode(200).extract().jsonPath();
            codes.addAll(page.getList("items.code", String.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        int expected = given().when().get("/api/v1/provinces").then().extract().jsonPath()
                .getInt("find { it.code == '01' }.communeCount");
        assertEquals(expected, codes.size());
        assertEquals(codes.size(), new HashSet<>(codes).size(), "no commune twice");
        assertTrue(pages >= 3, "Hà Nội's 126 communes take three pages of 50");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void lastPageHasNoCursor() {
        given().queryParam("limit", 500)
                .when().get("/api/v1/provinces/46/communes")
                .then().statusCode(200)
                .body("items", hasSize(40))
                .body("nextCursor", nullValue());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void rejectsACursorItDidNotIssue() {
        given().queryParam("after", "bm90LWEtY3Vyc29y")
                .when().get("/api/v1/provinces/46/communes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("paging.invalid_cursor"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void rejectsAPageSizeOutOfRange() {
        given().queryParam("limit", 0)
                .when().get("/api/v1/provinces/46/communes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("request.invalid_parameter"))
                .body("violations[0].field", equalTo("limit"))
                .body("violations[0].message", notNullValue());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void rejectsAnUnknownUnitType() {
        given().queryParam("type", "DISTRICT")
                .when().get("/api/v1/provinces/46/communes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("request.invalid_parameter"))
                .body("detail", containsString("DISTRICT"))
                .body("detail", containsString("SPECIAL_ZONE"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void unknownProvinceIsNotFound() {
        given().when().get("/api/v1/provinces/99/communes")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("province.not_found"));
    }

    @Test
    void rejectsAnonymousCaller() {
        given().when().get("/api/v1/provinces")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("code", equalTo("auth.unauthenticated"));
    }
}
