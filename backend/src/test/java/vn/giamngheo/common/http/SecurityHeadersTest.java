package vn.giamngheo.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.KeycloakTokens;

/** The API's safe headers, and the bearer scheme as RFC 6750 writes it, with a real Keycloak token. */
@QuarkusTest
class SecurityHeadersTest {

    @BeforeAll
    static void keycloak() {
        KeycloakTokens.requireKeycloak();
    }

    @Test
    void apiAnswersCarryTheSafeHeadersAndAreNotStored() {
        String token = KeycloakTokens.tokenOf("xa.namdong");
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/households?communeCode=20179")
                .then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"))
                .header("Cache-Control", equalTo("no-store"));
        // problems too
        given().when().get("/api/v1/households").then().statusCode(401)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"));
        // a download keeps its own caching rule
        given().header("Authorization", "Bearer " + token).queryParam("areaCode", "20179").when()
                .get("/api/v1/imports/templates/HOUSEHOLDS").then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"));
        // outside the API: no API CSP (the OpenAPI document is read by tools)
        given().when().get("/q/openapi").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", nullValue());
    }

    @Test
    void theBearerSchemeIsCaseInsensitiveWithOneOrMoreSpaces() {
        String token = KeycloakTokens.tokenOf("xa.namdong");
        for (String scheme : new String[] {"Bearer ", "bearer  ", "BEARER ", "Bearer   "}) {
            given().header("Authorization", scheme + token).when().get("/api/v1/households?communeCode=20179")
                    .then().statusCode(200);
        }
        given().header("Authorization", "Basic " + token).when().get("/api/v1/households?communeCode=20179")
                .then().statusCode(401);
        given().header("Authorization", "bearer").when().get("/api/v1/households?communeCode=20179")
                .then().statusCode(401);
    }
}
