package vn.giamngheo.classification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@TestSecurity(user = "rsv.namdong", roles = "reviewer")
class ClassificationResourceTest {

    static final String EVALUATE = "/api/v1/classification/evaluate";

    /** The household of the contract's example: rural, 1,450,000 VND, a member without insurance. */
    static Map<String, Object> household() {
        Map<String, Object> body = new HashMap<>();
        body.put("year", 2025);
        body.put("referenceDate", "2025-10-01");
        body.put("areaType", "RURAL");
        body.put("monthlyIncomePerCapita", 1_450_000);
        body.put("deprivations", Map.of("SANITATION", true));
        body.put("household", Map.of("wallsDurable", false, "roofDurable", false, "pillarsDurable", true,
                "floorAreaM2", 40, "waterSource", "PIPED", "internetUse", true, "informationDevices", List.of("TV")));
        body.put("members", List.of(
                Map.of("name", "Nguyễn Văn A", "birthDate", "1991-03-02", "sex", "MALE", "ethnicity", "01",
                        "relationToHead", "HEAD", "labourCapacity", "FULL", "employment", "SELF_EMPLOYED",
                        "healthInsurance", false, "attendingSchool", false, "highestEducation", "UPPER_SECONDARY"),
                Map.of("name", "Nguyễn Thị B", "birthDate", "2018-05-20", "sex", "FEMALE",
                        "relationToHead", "CHILD", "healthInsurance", true, "attendingSchool", true,
                        "nutrition", "NORMAL")));
        return body;
    }

    @Test
    void classifiesAndExplainsAHousehold() {
        given().contentType(ContentType.JSON).body(household())
                .when().post(EVALUATE)
                .then().statusCode(200)
                .body("standardCode", equalTo("ND07_2021"))
                .body("year", equalTo(2025))
                .body("classification", equalTo("POOR"))
                .body("deprivedIndicators", equalTo(List.of("HEALTH_INSURANCE", "HOUSING_QUALITY", "SANITATION")))
                .body("deprivationCount", equalTo(3))
                .body("scoreB", equalTo(30))
                .body("incomeBasis", equalTo("MEASURED_INCOME"))
                .body("explanations.find { it.indicator == 'HEALTH_INSURANCE' }.text",
                        equalTo("Nguyễn Văn A, 34 tuổi, không có thẻ BHYT"))
                .body("explanations.find { it.indicator == 'HEALTH_INSURANCE' }.memberIndex", equalTo(0))
                .body("explanations.find { it.indicator == 'SANITATION' }.source", equalTo("GIVEN"))
                .body("subgroups.noLabourCapacity", equalTo(false))
                .body("subgroups.ethnicMinority", equalTo(false))
                .body("indicators", hasSize(12))
                .body("indicators.find { it.code == 'SANITATION' }.source", equalTo("GIVEN"))
                .body("indicators.find { it.code == 'HOUSING_QUALITY' }.dimension", equalTo("HOUSING"))
                .body("indicators.find { it.code == 'HOUSING_QUALITY' }.name", equalTo("Chất lượng nhà ở"))
                .body("indicators.find { it.code == 'HOUSING_QUALITY' }.dimensionNameEn", equalTo("Housing"))
                .body("explanations.find { it.indicator == 'SANITATION' }.memberIndex", org.hamcrest.Matchers.nullValue())
                .body("ignoredDeprivations", hasSize(0));
    }

    @ParameterizedTest(name = "{0} is governed by {1}")
    @CsvSource({"2016, QD59_2015", "2021, QD59_2015", "2022, ND07_2021", "2026, ND07_2021", "2027, ND351_2025",
        "2030, ND351_2025"})
    void theYearPicksThePublishedStandard(int year, String standard) {
        given().contentType(ContentType.JSON)
                .body(Map.of("year", year, "areaType", "URBAN", "monthlyIncomePerCapita", 5_000_000))
                .when().post(EVALUATE)
                .then().statusCode(200)
                .body("standardCode", equalTo(standard))
                .body("classification", equalTo("NOT_POOR"));
    }

    @Test
    void scoreAAloneIsTheIncomeBasisWhenNoIncomeIsMeasured() {
        given().contentType(ContentType.JSON)
                .body(Map.of("year", 2024, "areaType", "URBAN", "scoreA", 175,
                        "deprivations", Map.of("EMPLOYMENT", true, "NUTRITION", true, "TELECOM", true)))
                .when().post(EVALUATE)
                .then().statusCode(200)
                .body("classification", equalTo("POOR"))
                .body("incomeBasis", equalTo("SCORE_A"));
    }

    @Test
    void comparesTheSameHouseholdUnderSeveralStandards() {
        Map<String, Object> body = household();
        body.remove("deprivations");
        body.put("monthlyIncomePerCapita", 1_600_000);
        body.put("deprivations", Map.of("SANITATION", true, "DRINKING_WATER", true, "INFORMATION_ACCESS", false));
        body.put("standardCodes", List.of("ND07_2021", "ND351_2025"));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/classification/compare")
                .then().statusCode(200)
                .body("results", hasSize(2))
                .body("results[0].standardCode", equalTo("ND07_2021"))
                .body("results[0].classification", equalTo("AVERAGE_LIVING"))
                .body("results[1].standardCode", equalTo("ND351_2025"))
                .body("results[1].classification", equalTo("POOR"))
                .body("results[0].ignoredDeprivations", hasSize(0))
                .body("results[1].ignoredDeprivations", equalTo(List.of("INFORMATION_ACCESS")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no income and no score A|{\"year\": 2025, \"areaType\": \"RURAL\"}|classification.income_required",
        "negative income|{\"year\": 2025, \"areaType\": \"RURAL\", \"monthlyIncomePerCapita\": -1}|classification.negative_income",
        "indicator the standard lacks|{\"year\": 2027, \"areaType\": \"RURAL\", \"monthlyIncomePerCapita\": 1, \"deprivations\": {\"INFORMATION_ACCESS\": true}}|classification.unknown_indicator",
        "indicator nobody knows|{\"year\": 2025, \"areaType\": \"RURAL\", \"monthlyIncomePerCapita\": 1, \"deprivations\": {\"HAPPINESS\": true}}|classification.unknown_indicator",
        "year no standard governs|{\"year\": 2015, \"areaType\": \"RURAL\", \"monthlyIncomePerCapita\": 1}|classification.no_standard_for_year",
        "missing area type|{\"year\": 2025, \"monthlyIncomePerCapita\": 1}|classification.area_type_required",
        "unknown standard|{\"year\": 2025, \"standardCode\": \"ND99_2099\", \"areaType\": \"RURAL\", \"monthlyIncomePerCapita\": 1}|classification.unknown_standard",
        "score A under a standard without cut-offs|{\"year\": 2020, \"areaType\": \"RURAL\", \"scoreA\": 100}|classification.score_a_not_defined"})
    void refusesWhatCannotBeClassified(String description, String body, String code) {
        given().contentType(ContentType.JSON).body(body)
                .when().post(EVALUATE)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo(code));
    }

    @Test
    void theYearIsRequired() {
        given().contentType(ContentType.JSON).body(Map.of("areaType", "RURAL", "monthlyIncomePerCapita", 1))
                .when().post(EVALUATE)
                .then().statusCode(422)
                .body("code", equalTo("validation.failed"))
                .body("violations.field", hasItem("year"));
    }

    @Test
    void anUnknownFactValueNamesTheAllowedOnes() {
        Map<String, Object> body = household();
        body.put("household", Map.of("waterSource", "WELL"));
        given().contentType(ContentType.JSON).body(body)
                .when().post(EVALUATE)
                .then().statusCode(400)
                .body("code", equalTo("request.invalid_value"))
                .body("violations[0].field", equalTo("household.waterSource"))
                .body("violations[0].message", containsString("DRILLED_WELL"));
    }

    @Test
    @TestSecurity(user = "tinh-hue-sync", roles = "integration")
    void aProvincialSystemMayClassify() {
        given().contentType(ContentType.JSON).body(household())
                .when().post(EVALUATE)
                .then().statusCode(200)
                .body("classification", equalTo("POOR"));
    }
}
