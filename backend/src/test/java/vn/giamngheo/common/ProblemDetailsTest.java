package vn.giamngheo.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Bad input of every kind gets a problem document with a stable code, never a 500 or a trace. */
@QuarkusTest
@TestSecurity(user = "xa.namdong", roles = "commune_officer")
@OidcSecurity(claims = @Claim(key = "area_codes", value = "20179"))
class ProblemDetailsTest {

    static final String VILLAGES = "/api/v1/communes/20179/villages";

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Thôn A\", ")
                .when().post(VILLAGES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("request.malformed_json"))
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("type", equalTo("urn:giamngheo:problem:request.malformed_json"))
                .body("instance", equalTo(VILLAGES))
                .body(not(containsString("Exception")));
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheAllowedValues() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Thôn A\", \"kind\": \"CASTLE\"}")
                .when().post(VILLAGES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("request.invalid_value"))
                .body("violations[0].field", equalTo("kind"))
                .body("violations[0].message", allOf(containsString("VILLAGE"), containsString("RESIDENTIAL_GROUP")))
                .body(not(containsString("vn.giamngheo")));
    }

    @Test
    void wrongTypeIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"name\": [1, 2], \"kind\": \"VILLAGE\"}")
                .when().post(VILLAGES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("request.invalid_value"))
                .body("violations[0].field", equalTo("name"));
    }

    @Test
    void unknownPropertyIsRefusedRatherThanIgnored() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Thôn A\", \"kind\": \"VILLAGE\", \"nmae\": 1}")
                .when().post(VILLAGES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("request.unknown_property"))
                .body("violations[0].field", equalTo("nmae"));
    }

    @Test
    void invalidContentListsEveryViolation() {
        given().contentType(ContentType.JSON).body("{\"name\": \"   \"}")
                .when().post(VILLAGES)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("validation.failed"))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("kind"));
    }

    @Test
    void missingBodyIsABadRequest() {
        given().contentType(ContentType.JSON)
                .when().post(VILLAGES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("request.body_required"));
    }

    @Test
    void tooLongNameIsInvalidContent() {
        given().contentType(ContentType.JSON).body("{\"name\": \"" + "a".repeat(101) + "\", \"kind\": \"VILLAGE\"}")
                .when().post(VILLAGES)
                .then().statusCode(422)
                .body("violations[0].field", equalTo("name"));
    }

    @Test
    void oversizeBodyIsRefused() {
        String big = "{\"name\": \"" + "a".repeat(2 * 1024 * 1024) + "\", \"kind\": \"VILLAGE\"}";
        given().contentType(ContentType.JSON).body(big)
                .when().post(VILLAGES)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("request.too_large"));
    }

    @Test
    void wrongContentTypeIsRefused() {
        given().contentType(ContentType.TEXT).body("Thôn A")
                .when().post(VILLAGES)
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("http.unsupported_media_type"));
    }

    @Test
    void unknownPathIsAProblemToo() {
        given().when().get("/api/v1/nowhere")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("http.not_found"));
    }

    @Test
    void malformedIdInPathIsNotFound() {
        given().when().get(VILLAGES + "/not-a-uuid")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("request.invalid_parameter"));
    }

    @Test
    void wrongTypeOfQueryParameterIsABadRequest() {
        given().queryParam("limit", "many")
                .when().get(VILLAGES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("request.invalid_parameter"))
                .body("detail", notNullValue());
    }
}
