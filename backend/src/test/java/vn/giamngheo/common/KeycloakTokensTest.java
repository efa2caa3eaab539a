package vn.giamngheo.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.KeycloakTokens;

/**
 * Real tokens from the real Keycloak with the dev realm (started by {@code make test}). This suite
 * never skips: without Keycloak it fails and says how to start it.
 */
@QuarkusTest
class KeycloakTokensTest {

    static final String KEYCLOAK = KeycloakTokens.KEYCLOAK;
    static final String TOKEN_URL = KeycloakTokens.TOKEN_URL;

    @BeforeAll
    static void keycloakIsUp() {
        KeycloakTokens.requireKeycloak();
    }

    static String tokenOf(String user) {
        return KeycloakTokens.tokenOf(user);
    }

    static String serviceToken() {
        return KeycloakTokens.serviceToken();
    }

    @Test
    void withoutATokenTheApiAnswers401() {
        given().when().get("/api/v1/provinces")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("code", equalTo("auth.unauthenticated"));
    }

    @Test
    void aForgedTokenIsRefusedWith401() {
        String token = tokenOf("xa.namdong");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth().oauth2(forged).when().get("/api/v1/provinces")
                .then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2("not-a-jwt").when().get("/api/v1/provinces")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        // the same Keycloak reached as 127.0.0.1 signs tokens whose issuer is not the configured realm URL
        String otherIssuer = given().baseUri(KEYCLOAK.replace("localhost", "127.0.0.1"))
                .contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "giamngheo-web",
                        "username", "xa.namdong", "password", "xa.namdong"))
                .when().post(URI.create(TOKEN_URL).getPath())
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(otherIssuer).when().get("/api/v1/provinces")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aCommuneOfficerReadsTheThirtyFourProvinces() {
        given().auth().oauth2(tokenOf("xa.namdong")).when().get("/api/v1/provinces")
                .then().statusCode(200)
                .body("$", hasSize(34));
    }

    @Test
    void theTokenCarriesNameRolesAndJurisdiction() {
        given().auth().oauth2(tokenOf("xa.namdong")).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("xa.namdong"))
                .body("name", equalTo("Nguyễn Văn Nam"))
                .body("roles", equalTo(List.of("commune_officer")))
                .body("national", equalTo(false))
                .body("areas[0].code", equalTo("20179"))
                .body("areas[0].fullName", equalTo("Xã Nam Đông"));
    }

    @Test
    void aCommuneOfficerWritesInsideTheCommune() {
        given().auth().oauth2(tokenOf("xa.namdong")).contentType(ContentType.JSON)
                .body(Map.of("name", "Thôn Thật " + UUID.randomUUID().toString().substring(0, 8), "kind", "VILLAGE"))
                .when().post("/api/v1/communes/20179/villages")
                .then().statusCode(201);
    }

    @Test
    void aCommuneOfficerIsRefusedOutsideTheCommune() {
        given().auth().oauth2(tokenOf("xa.namdong")).contentType(ContentType.JSON)
                .body(Map.of("name", "Tổ dân phố Ngoài", "kind", "RESIDENTIAL_GROUP"))
                .when().post("/api/v1/communes/19996/villages")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("security.out_of_jurisdiction"));
        given().auth().oauth2(tokenOf("phuong.huongtra")).when().get("/api/v1/communes/20179/villages")
                .then().statusCode(403)
                .body("code", equalTo("security.out_of_jurisdiction"));
    }

    @Test
    void anAuditorMayReadButHasTheWrongRoleToWrite() {
        given().auth().oauth2(tokenOf("mttq.namdong")).when().get("/api/v1/communes/20179/villages")
                .then().statusCode(200);
        given().auth().oauth2(tokenOf("mttq.namdong")).contentType(ContentType.JSON)
                .body(Map.of("name", "Thôn Của Kiểm Tra", "kind", "VILLAGE"))
                .when().post("/api/v1/communes/20179/villages")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("auth.forbidden"));
    }

    @Test
    void theProvincialSystemWorksWithinItsProvinceOnly() {
        given().auth().oauth2(serviceToken()).when().get("/api/v1/communes/20179/villages")
                .then().statusCode(200);
        given().auth().oauth2(serviceToken()).when().get("/api/v1/communes/00004/villages")
                .then().statusCode(403)
                .body("code", equalTo("security.out_of_jurisdiction"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} classifies a household")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"admin", "tinh.hue", "xa.namdong", "chutich.namdong",
        "rsv.namdong", "phuong.huongtra", "mttq.namdong", "khuyennong.namdong", "#tinh-hue-sync"})
    void everyDevUserAndTheProvincialSystemMayClassify(String user) {
        String token = user.equals("#tinh-hue-sync") ? serviceToken() : tokenOf(user);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("year", 2025, "areaType", "RURAL", "monthlyIncomePerCapita", 1_450_000,
                        "deprivations", Map.of("HEALTH_INSURANCE", true, "SANITATION", true, "TELECOM", true)))
                .when().post("/api/v1/classification/evaluate")
                .then().statusCode(200)
                .body("standardCode", equalTo("ND07_2021"))
                .body("classification", equalTo("POOR"))
                .body("scoreB", equalTo(30));
    }

    @Test
    void classificationErrorsAreProblemsForRealCallersToo() {
        given().auth().oauth2(serviceToken()).contentType(ContentType.JSON)
                .body(Map.of("year", 2025, "areaType", "RURAL"))
                .when().post("/api/v1/classification/evaluate")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("classification.income_required"));
    }

    @Test
    void anAdministratorIsNational() {
        given().auth().oauth2(tokenOf("admin")).when().get("/api/v1/communes/00004/villages")
                .then().statusCode(200);
        given().auth().oauth2(tokenOf("admin")).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("national", equalTo(true))
                .body("roles", equalTo(List.of("admin")));
    }
}
