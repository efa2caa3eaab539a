package vn.giamngheo.standard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class StandardsResourceTest {

    static final String STANDARDS = "/api/v1/standards";

    @Inject
    StandardService standards;

    static String newCode() {
        return "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static Response copy(String from, String code) {
        return given().contentType(ContentType.JSON).body(Map.of("newCode", code))
                .when().post(STANDARDS + "/{code}/copies", from);
    }

    /** Replaces the draft's definition after changing it with the given function. */
    static Response edit(String code, java.util.function.Consumer<Map<String, Object>> change) {
        Response current = given().when().get(STANDARDS + "/{code}", code);
        Map<String, Object> definition = current.jsonPath().getMap("definition");
        change.accept(definition);
        return given().contentType(ContentType.JSON).header("If-Match", current.header("ETag")).body(definition)
                .when().put(STANDARDS + "/{code}", code);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> lines(Map<String, Object> definition, String area) {
        return (Map<String, Object>) ((Map<String, Object>) definition.get("lines")).get(area);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> indicator(Map<String, Object> definition, String code) {
        for (Object d : (List<Object>) definition.get("dimensions")) {
            for (Object i : (List<Object>) ((Map<String, Object>) d).get("indicators")) {
                if (code.equals(((Map<String, Object>) i).get("code"))) {
                    return (Map<String, Object>) i;
                }
            }
        }
        throw new IllegalArgumentException(code);
    }

    /** A draft copied from ND351_2025 moved to years no other standard governs. */
    static String draftFor(int yearFrom, int yearTo) {
        String code = newCode();
        copy("ND351_2025", code).then().statusCode(201);
        edit(code, d -> {
            d.put("yearFrom", yearFrom);
            d.put("yearTo", yearTo);
        }).then().statusCode(200);
        return code;
    }

    static Response publish(String code) {
        String etag = given().when().get(STANDARDS + "/{code}", code).header("ETag");
        return given().header("If-Match", etag).when().post(STANDARDS + "/{code}/publication", code);
    }

    @Test
    @TestSecurity(user = "xa.namdong", roles = "commune_officer")
    void everyRoleReadsTheSeededStandards() {
        given().when().get(STANDARDS)
                .then().statusCode(200)
                .body("code", hasItems("QD59_2015", "ND07_2021", "ND351_2025"))
                .body("find { it.code == 'ND07_2021' }.lines.RURAL.povertyLine", equalTo(1_500_000))
                .body("find { it.code == 'ND07_2021' }.lines.URBAN.scoreACutoff", equalTo(175))
                .body("find { it.code == 'ND07_2021' }.indicatorCount", equalTo(12))
                .body("find { it.code == 'QD59_2015' }.ruleFamily", equalTo("BAND"))
                .body("find { it.code == 'QD59_2015' }.indicatorCount", equalTo(10));
    }

    @Test
    @TestSecurity(user = "xa.namdong", roles = "commune_officer")
    void theNewStandardMarksItsProvisionalParts() {
        given().when().get(STANDARDS + "/ND351_2025")
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("PUBLISHED"))
                .body("editable", equalTo("PROVISIONAL_ONLY"))
                .body("definition.lines.RURAL.povertyLine", equalTo(2_200_000))
                .body("definition.lines.URBAN.averageLivingProvisional", equalTo(true))
                .body("definition.dimensions.indicators.flatten().find { it.code == 'WASTE_DISPOSAL' }.provisional",
                        equalTo(true))
                .body("definition.dimensions.indicators.flatten().code", hasSize(12));
    }

    @Test
    @TestSecurity(user = "tinh.hue", roles = "province_officer")
    void findsTheStandardGoverningAYear() {
        given().queryParam("governingYear", 2021).when().get(STANDARDS)
                .then().statusCode(200).body("code", equalTo(List.of("QD59_2015")));
        given().queryParam("governingYear", 2027).when().get(STANDARDS)
                .then().statusCode(200).body("code", equalTo(List.of("ND351_2025")));
        given().queryParam("governingYear", 2015).when().get(STANDARDS)
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    @TestSecurity(user = "tinh.hue", roles = "province_officer")
    void aPublishedStandardWithoutProvisionalPartsIsNotEditable() {
        given().when().get(STANDARDS + "/ND07_2021").then().statusCode(200).body("editable", equalTo("NONE"));
    }

    @Test
    @TestSecurity(user = "tinh.hue", roles = "province_officer")
    void onlyAnAdministratorDrafts() {
        copy("ND07_2021", newCode()).then().statusCode(403).body("code", equalTo("auth.forbidden"));
    }

    @Test
    void listsTheIndicatorTypesWithTheirParameters() {
        given().when().get(STANDARDS + "/indicator-types")
                .then().statusCode(200)
                .body("code", hasItems("EMPLOYMENT", "WASTE_DISPOSAL", "HEALTH_SERVICE_ACCESS"))
                .body("find { it.code == 'HEALTH_INSURANCE' }.parameters[0].name", equalTo("minAge"))
                .body("find { it.code == 'DRINKING_WATER' }.parameters[0].allowedValues", hasItem("PIPED"))
                .body("find { it.code == 'DRINKING_WATER' }.parameters[0].codeList", equalTo("WaterSource"));
    }

    @Test
    void aDraftIsCopiedEditedValidatedAndPublished() {
        String code = newCode();
        copy("ND351_2025", code).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .body("basedOn", equalTo("ND351_2025"))
                .body("editable", equalTo("ALL"))
                .body("definition.code", equalTo(code));
        edit(code, d -> {
            d.put("yearFrom", 2031);
            d.put("yearTo", 2035);
            d.put("name", "Chuẩn nghèo thử nghiệm");
            lines(d, "RURAL").put("averageLivingUpper", 3_300_000);
            lines(d, "RURAL").put("averageLivingProvisional", false);
            indicator(d, "WASTE_DISPOSAL").put("parameters", Map.of("acceptedMethods", List.of("COLLECTED")));
        }).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("definition.name", equalTo("Chuẩn nghèo thử nghiệm"))
                .body("definition.lines.RURAL.averageLivingUpper", equalTo(3_300_000));

        given().when().post(STANDARDS + "/{code}/validation", code)
                .then().statusCode(200)
                .body("valid", equalTo(true))
                .body("problems", hasSize(0));
        publish(code).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedBy", equalTo("admin"));

        // it now governs its years
        given().contentType(ContentType.JSON).body(Map.of("year", 2033, "areaType", "RURAL",
                        "monthlyIncomePerCapita", 3_000_000))
                .when().post("/api/v1/classification/evaluate")
                .then().statusCode(200)
                .body("standardCode", equalTo(code))
                .body("classification", equalTo("AVERAGE_LIVING"));
    }

    @Test
    void publishingANewVersionRetiresTheOneItWasCopiedFrom() {
        String first = draftFor(2036, 2037);
        publish(first).then().statusCode(200);
        String second = newCode();
        copy(first, second).then().statusCode(201);
        publish(second).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().when().get(STANDARDS + "/{code}", first).then().body("status", equalTo("RETIRED"));
    }

    @Test
    void overlappingYearsAndUnorderedLinesAreReportedAndBlockPublication() {
        String code = newCode();
        copy("QD59_2015", code).then().statusCode(201);
        edit(code, d -> {
            d.put("yearFrom", 2026);
            d.put("yearTo", 2027);
            lines(d, "URBAN").put("nearPovertyLine", 800_000);
            indicator(d, "HEALTH_INSURANCE").put("parameters", Map.of());
        }).then().statusCode(200);

        JsonPath report = given().when().post(STANDARDS + "/{code}/validation", code)
                .then().statusCode(200).body("valid", equalTo(false)).extract().jsonPath();
        List<String> problems = report.getList("problems");
        org.junit.jupiter.api.Assertions.assertTrue(problems.stream().anyMatch(p -> p.contains("ND07_2021")), problems::toString);
        org.junit.jupiter.api.Assertions.assertTrue(problems.stream().anyMatch(p -> p.contains("ND351_2025")), problems::toString);
        org.junit.jupiter.api.Assertions.assertTrue(problems.stream().anyMatch(p -> p.contains("nearPovertyLine")), problems::toString);
        org.junit.jupiter.api.Assertions.assertTrue(problems.stream().anyMatch(p -> p.contains("HEALTH_INSURANCE.minAge")),
                problems::toString);

        publish(code).then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("standard.invalid"))
                .body("violations.size()", greaterThanOrEqualTo(4));
        given().when().get(STANDARDS + "/{code}", code).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void aPublishedStandardChangesOnlyInItsProvisionalPartsAndNotOnceUsed() {
        String code = draftFor(2038, 2039);
        publish(code).then().statusCode(200);

        edit(code, d -> indicator(d, "WASTE_DISPOSAL").put("parameters",
                Map.of("acceptedMethods", List.of("COLLECTED", "ON_SITE_TREATMENT", "OTHER"))))
                .then().statusCode(200)
                .body("definition.dimensions.indicators.flatten().find { it.code == 'WASTE_DISPOSAL' }"
                        + ".parameters.acceptedMethods", hasItem("OTHER"));
        edit(code, d -> lines(d, "URBAN").put("povertyLine", 2_900_000))
                .then().statusCode(409)
                .body("code", equalTo("standard.not_editable"));

        standards.markInUse(code);
        edit(code, d -> indicator(d, "WASTE_DISPOSAL").put("parameters", Map.of("acceptedMethods", List.of("COLLECTED"))))
                .then().statusCode(409)
                .body("code", equalTo("standard.not_editable"))
                .body("detail", containsString("new draft"));
        given().when().get(STANDARDS + "/{code}", code).then().body("editable", equalTo("NONE"));
    }

    @Test
    void editsNeedTheCurrentETag() {
        String code = newCode();
        copy("ND07_2021", code).then().statusCode(201);
        Map<String, Object> definition = given().when().get(STANDARDS + "/{code}", code).jsonPath().getMap("definition");
        given().contentType(ContentType.JSON).body(definition).when().put(STANDARDS + "/{code}", code)
                .then().statusCode(428).body("code", equalTo("precondition.required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"9\"").body(definition)
                .when().put(STANDARDS + "/{code}", code)
                .then().statusCode(412).body("code", equalTo("precondition.failed"));
        definition.put("code", "SOMETHING_ELSE");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(definition)
                .when().put(STANDARDS + "/{code}", code)
                .then().statusCode(422).body("code", equalTo("standard.code_mismatch"));
    }

    @Test
    void draftsAreDeletedAndPublishedStandardsRetired() {
        String draft = newCode();
        copy("ND07_2021", draft).then().statusCode(201);
        given().header("If-Match", "\"0\"").when().delete(STANDARDS + "/{code}", draft).then().statusCode(204);
        given().when().get(STANDARDS + "/{code}", draft).then().statusCode(404).body("code", equalTo("standard.not_found"));

        String published = draftFor(2040, 2041);
        publish(published).then().statusCode(200);
        String etag = given().when().get(STANDARDS + "/{code}", published).header("ETag");
        given().header("If-Match", etag).when().delete(STANDARDS + "/{code}", published)
                .then().statusCode(409).body("code", equalTo("standard.not_a_draft"));
        given().header("If-Match", etag).when().post(STANDARDS + "/{code}/retirement", published)
                .then().statusCode(200).body("status", equalTo("RETIRED"));
        given().contentType(ContentType.JSON).body(Map.of("year", 2040, "areaType", "RURAL", "monthlyIncomePerCapita", 1))
                .when().post("/api/v1/classification/evaluate")
                .then().statusCode(422).body("code", equalTo("classification.no_standard_for_year"));
    }

    @Test
    void aDuplicateCodeIsRefused() {
        copy("ND07_2021", "ND351_2025").then().statusCode(409).body("code", equalTo("standard.duplicate_code"));
    }
}
