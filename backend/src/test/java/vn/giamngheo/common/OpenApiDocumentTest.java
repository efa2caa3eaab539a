package vn.giamngheo.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void aClientSendsABearerTokenAProvincialSystemGetsByClientCredentials() {
        JsonPath doc = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("http", doc.getString("components.securitySchemes.bearer.type"));
        assertEquals("bearer", doc.getString("components.securitySchemes.bearer.scheme"));
        assertEquals("oauth2", doc.getString("components.securitySchemes.clientCredentials.type"));
        assertTrue(doc.getString("components.securitySchemes.clientCredentials.flows.clientCredentials.tokenUrl")
                .endsWith("/realms/giamngheo/protocol/openid-connect/token"));
        assertEquals(List.of(Map.of("bearer", List.of()), Map.of("clientCredentials", List.of())),
                doc.getList("paths.'/api/v1/households'.get.security"));
        assertFalse(doc.getList("servers").isEmpty(), "a default server for generated clients");
    }

    /** Generators read one way of writing a schema; these are the ways they stumble on (issue 13). */
    @Test
    void everySchemaIsWrittenTheOneWayGeneratorsRead() {
        Map<String, Object> doc = given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200).extract().jsonPath().getMap("$");
        List<String> problems = new ArrayList<>();
        walk(doc, "", problems);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @SuppressWarnings("unchecked")
    static void walk(Object node, String where, List<String> problems) {
        if (node instanceof Map<?, ?> map) {
            if (map.containsKey("$ref") && map.containsKey("type")) {
                problems.add(where + ": a $ref with a type beside it");
            }
            if (map.containsKey("anyOf") && map.containsKey("type")) {
                problems.add(where + ": anyOf and a type at once");
            }
            if (map.containsKey("allOf")) {
                problems.add(where + ": allOf (say the default in the description)");
            }
            if (map.containsKey("$ref") && map.containsKey("default")) {
                problems.add(where + ": a $ref with a default beside it (the Python generator types it Any)");
            }
            if (Boolean.TRUE.equals(map.get("nullable"))) {
                problems.add(where + ": nullable: true is OpenAPI 3.0; this document is 3.1");
            }
            ((Map<String, Object>) map).forEach((k, v) -> walk(v, where + "/" + k, problems));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), where + "/" + i, problems);
            }
        }
    }

    /** Every download declares its file types, with a binary schema, so that generated clients return bytes. */
    @Test
    void downloadsAreFilesAndReportsAreJson() {
        JsonPath doc = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        for (String path : List.of("/api/v1/reports/movement/download", "/api/v1/reports/tables/{name}/download",
                "/api/v1/reports/household-list/download")) {
            Map<String, Map<String, Object>> content = doc.getMap("paths.'" + path + "'.get.responses.'200'.content");
            assertEquals(java.util.Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"),
                    content.keySet(), path);
            content.values().forEach(m -> assertEquals(Map.of("type", "string", "format", "binary"), m.get("schema"),
                    path));
        }
        for (String path : List.of("/api/v1/reports/movement", "/api/v1/reports/tables/{name}",
                "/api/v1/reports/household-list")) {
            assertEquals(java.util.Set.of("application/json"),
                    doc.getMap("paths.'" + path + "'.get.responses.'200'.content").keySet(), path);
        }
        assertEquals(Map.of("type", "string", "format", "binary"), doc.getMap(
                "paths.'/api/v1/review-campaigns/{id}/documents/decision'.get.responses.'200'.content.'application/pdf'.schema"));
    }

    @Test
    void healthNeedsNoToken() {
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
