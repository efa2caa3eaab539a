package vn.giamngheo.area;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AreasResourceTest {

    /** Đặc khu Phú Quốc (An Giang). */
    static final String SPECIAL_ZONE = "31078";

    @Inject
    AreaImporter importer;

    @Test
    @TestSecurity(user = "rsv.namdong", roles = "reviewer")
    void readsACommuneWithItsProvinceAndAreaType() {
        given().when().get("/api/v1/areas/20179")
                .then().statusCode(200)
                .body("fullName", equalTo("Xã Nam Đông"))
                .body("level", equalTo("COMMUNE"))
                .body("unitType", equalTo("COMMUNE"))
                .body("areaType", equalTo("RURAL"))
                .body("provinceCode", equalTo("46"))
                .body("provinceName", equalTo("Huế"))
                .body("validFrom", equalTo("2025-07-01"))
                .body("validTo", nullValue());
    }

    @Test
    @TestSecurity(user = "rsv.namdong", roles = "reviewer")
    void wardsAreUrban() {
        given().when().get("/api/v1/areas/19996")
                .then().statusCode(200)
                .body("unitType", equalTo("WARD"))
                .body("areaType", equalTo("URBAN"));
    }

    @Test
    @TestSecurity(user = "rsv.namdong", roles = "reviewer")
    void readsAProvince() {
        given().when().get("/api/v1/areas/46")
                .then().statusCode(200)
                .body("level", equalTo("PROVINCE"))
                .body("unitType", equalTo("MUNICIPALITY"))
                .body("areaType", nullValue())
                .body("provinceCode", nullValue());
    }

    @Test
    @TestSecurity(user = "rsv.namdong", roles = "reviewer")
    void unknownAreaIsNotFound() {
        given().when().get("/api/v1/areas/12345")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("area.not_found"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void specialZonesAreRuralByDefaultAndAnAdminCanMakeOneUrban() {
        given().when().get("/api/v1/areas/" + SPECIAL_ZONE)
                .then().statusCode(200)
                .body("unitType", equalTo("SPECIAL_ZONE"));
        given().queryParam("type", "SPECIAL_ZONE").when().get("/api/v1/provinces/91/communes")
                .then().statusCode(200)
                .body("items.find { it.code == '31078' }.areaType", equalTo("RURAL"))
                .body("items.find { it.code == '31105' }.areaType", equalTo("RURAL"));

        given().contentType(ContentType.JSON).body(Map.of("areaType", "URBAN"))
                .when().put("/api/v1/areas/{code}/area-type", "31108")
                .then().statusCode(200)
                .body("areaType", equalTo("URBAN"));
        given().when().get("/api/v1/areas/31108").then().body("areaType", equalTo("URBAN"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aWardsAreaTypeIsFixedByLaw() {
        given().contentType(ContentType.JSON).body(Map.of("areaType", "RURAL"))
                .when().put("/api/v1/areas/{code}/area-type", "19996")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("area.area_type_fixed"));
    }

    @Test
    @TestSecurity(user = "tinh.hue", roles = "province_officer")
    void onlyAnAdminSetsAreaTypes() {
        given().contentType(ContentType.JSON).body(Map.of("areaType", "URBAN"))
                .when().put("/api/v1/areas/{code}/area-type", SPECIAL_ZONE)
                .then().statusCode(403)
                .body("code", equalTo("auth.forbidden"));
    }

    @Test
    void importingTheUnitListAgainChangesNothing() {
        assertEquals(0, importer.importOfficialList());
    }
}
