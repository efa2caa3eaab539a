package vn.giamngheo.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published contract is usable by provincial systems that generate clients from it. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theDocumentIsPublicAndEveryOperationIsNamedSummarisedTaggedAndSecured() {
        JsonPath doc = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(doc.getString("openapi").startsWith("3."));
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        assertFalse(paths.isEmpty());
        List<String> problems = new ArrayList<>();
        Map<String, String> operationIds = new java.util.HashMap<>();
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> operation) || method.equals("parameters")) {
                return;
            }
            String where = method.toUpperCase() + " " + path;
            if (!(operation.get("operationId") instanceof String id) || id.isBlank()) {
                problems.add(where + " has no operationId");
            } else if (operationIds.putIfAbsent(id, where) != null) {
                // generated clients name a method per operationId: two would clash
                problems.add(where + " has the operationId " + id + " of " + operationIds.get(id));
            }
            if (!(operation.get("summary") instanceof String s) || s.isBlank()) {
                problems.add(where + " has no summary");
            }
            if (!(operation.get("tags") instanceof List<?> tags) || tags.isEmpty()) {
                problems.add(where + " has no tag");
            }
            if (!(operation.get("security") instanceof List<?> security) || security.isEmpty()) {
                problems.add(where + " has no security requirement");
            }
            if (!(operation.get("responses") instanceof Map<?, ?> responses) || !responses.containsKey("401")) {
                problems.add(where + " does not document 401");
            }
        }));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void noTwoSchemasShareAName() {
        // SmallRye renames the second of two schemas with the same name to Name1: clients would get
        // a type they cannot tell from the first
        Map<String, Object> schemas = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("components.schemas");
        List<String> renamed = schemas.keySet().stream().filter(name -> name.matches(".*[A-Za-z]\\d+")).toList();
        assertTrue(renamed.isEmpty(), "schemas renamed for a clash: " + renamed);
    }

    @Test
    void theSecuritySchemeIsOpenIdConnect() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.securitySchemes.keycloak.type", equalTo("openIdConnect"));
    }

    @Test
    void healthNeedsNoToken() {
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
