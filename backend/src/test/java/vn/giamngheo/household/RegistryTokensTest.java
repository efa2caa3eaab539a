package vn.giamngheo.household;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.KeycloakTokens;

/** The registry's jurisdiction and consistency with real tokens from the real Keycloak. */
@QuarkusTest
class RegistryTokensTest {

    static final String HOUSEHOLDS = "/api/v1/households";

    @BeforeAll
    static void keycloakIsUp() {
        KeycloakTokens.requireKeycloak();
    }

    static Map<String, Object> newHousehold() {
        return Map.of("communeCode", "20179", "address", "Thôn Hà An", "members", List.of(
                Map.of("fullName", "Hồ Văn Tâm", "relationToHead", "HEAD", "sex", "MALE", "birthDate", "1980-04-12",
                        "ethnicity", "01"),
                Map.of("fullName", "Trần Thị Mai", "relationToHead", "SPOUSE", "sex", "FEMALE")));
    }

    @Test
    void aCommuneOfficerCreatesAndEditsAndOthersSeeWhatTheirJurisdictionAllows() {
        String officer = KeycloakTokens.tokenOf("xa.namdong");
        Response created = given().auth().oauth2(officer).contentType(ContentType.JSON).body(newHousehold())
                .when().post(HOUSEHOLDS);
        created.then().statusCode(201);
        String id = created.path("id");
        String etag = created.header("ETag");

        String etag2 = given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("address", "Thôn Hà An, số 12"))
                .when().put(HOUSEHOLDS + "/{id}", id)
                .then().statusCode(200).body("address", equalTo("Thôn Hà An, số 12")).extract().header("ETag");
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etag2)
                .body(Map.of("address", "Thôn Hà An, số 12", "phone", "0905123456"))
                .when().put(HOUSEHOLDS + "/{id}", id)
                .then().statusCode(200).body("phone", equalTo("0905123456"));

        // a stale ETag changes nothing
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("address", "Ghi đè"))
                .when().put(HOUSEHOLDS + "/{id}", id)
                .then().statusCode(412).contentType("application/problem+json").body("code", equalTo("precondition.failed"));
        given().auth().oauth2(officer).when().get(HOUSEHOLDS + "/{id}", id)
                .then().statusCode(200).body("address", equalTo("Thôn Hà An, số 12")).body("phone", equalTo("0905123456"));

        // the officer of another commune cannot tell it exists
        String other = KeycloakTokens.tokenOf("phuong.huongtra");
        given().auth().oauth2(other).when().get(HOUSEHOLDS + "/{id}", id)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("household.not_found"));
        given().auth().oauth2(other).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(Map.of("address", "X")).when().put(HOUSEHOLDS + "/{id}", id)
                .then().statusCode(404).body("code", equalTo("household.not_found"));

        // the Fatherland Front reads but never writes
        String auditor = KeycloakTokens.tokenOf("mttq.namdong");
        given().auth().oauth2(auditor).when().get(HOUSEHOLDS + "/{id}", id).then().statusCode(200);
        given().auth().oauth2(auditor).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(Map.of("address", "X")).when().put(HOUSEHOLDS + "/{id}", id)
                .then().statusCode(403).body("code", equalTo("auth.forbidden"));

        // the provincial system works in its province
        given().auth().oauth2(KeycloakTokens.serviceToken()).when().get(HOUSEHOLDS + "/{id}", id).then().statusCode(200);

        // the audit trail shows who made both edits
        JsonPath trail = given().auth().oauth2(officer).when().get(HOUSEHOLDS + "/{id}/audit", id)
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> updates = trail.getList("findAll { it.action == 'household.updated' }");
        assertEquals(2, updates.size());
        given().auth().oauth2(officer).when().get(HOUSEHOLDS + "/{id}/audit", id)
                .then().body("findAll { it.action == 'household.updated' }.actor", equalTo(List.of("xa.namdong", "xa.namdong")))
                .body("find { it.action == 'household.updated' && it.changes[0].field == 'phone' }.changes[0].after",
                        equalTo("0905123456"))
                .body("action", hasItems("household.created", "member.added"));
    }
}
