package vn.giamngheo.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountResourceTest {

    @Test
    @TestSecurity(user = "tinh.hue", roles = {"province_officer", "default-roles-giamngheo"})
    @OidcSecurity(claims = {@Claim(key = "area_codes", value = "46"), @Claim(key = "name", value = "Lê Thị Hồng"),
        @Claim(key = "preferred_username", value = "tinh.hue")})
    void describesTheCallerWithTheNamesOfTheirAreas() {
        given().when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("tinh.hue"))
                .body("name", equalTo("Lê Thị Hồng"))
                .body("roles", equalTo(List.of("province_officer")))
                .body("national", equalTo(false))
                .body("areas", hasSize(1))
                .body("areas[0].fullName", equalTo("Thành phố Huế"))
                .body("areas[0].level", equalTo("PROVINCE"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdministratorIsNationalWithoutAreas() {
        given().when().get("/api/v1/me")
                .then().statusCode(200)
                .body("national", equalTo(true))
                .body("areas", hasSize(0));
    }

    @Test
    @TestSecurity(user = "nobody", roles = "default-roles-giamngheo")
    void aUserWithoutAProductRoleIsRefused() {
        given().when().get("/api/v1/me")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("auth.forbidden"));
    }
}
