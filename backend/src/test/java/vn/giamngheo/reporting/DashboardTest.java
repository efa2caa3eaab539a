package vn.giamngheo.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.KeycloakTokens;

/**
 * The seed ward's 2016-2021 series (domain.md §6) entered by hand and its targets on the dashboard of
 * Phường Hương Trà, with real tokens.
 */
@QuarkusTest
class DashboardTest {

    static final String WARD = "19996";
    static String ward;

    @BeforeAll
    static void tokens() {
        KeycloakTokens.requireKeycloak();
        ward = KeycloakTokens.tokenOf("phuong.huongtra");
    }

    static RequestSpecification as(String token) {
        return given().config(io.restassured.config.RestAssuredConfig.config().jsonConfig(
                io.restassured.config.JsonConfig.jsonConfig().numberReturnType(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .auth().oauth2(token).contentType(ContentType.JSON);
    }

    static final Object[][] SERIES = {
        {2016, 230, "12.04"}, {2017, 193, "10.04"}, {2018, 106, "5.52"}, {2019, 57, "2.9"}, {2020, 52, "2.61"},
        {2021, 82, "4.1"}};

    @Test
    void theSeedWardsSeriesAndTargetsShowOnItsDashboard() {
        for (Object[] y : SERIES) {
            as(ward).body(Map.of("poor", y[1], "poorRate", new java.math.BigDecimal((String) y[2]),
                    "standard", (int) y[0] < 2021 ? "Chuẩn nghèo 2016-2020" : "Nghị định 07/2021/NĐ-CP",
                    "source", "Nghị quyết Đảng bộ phường Hương Xuân ngày 23/05/2022"))
                    .when().put("/api/v1/historical-figures/{u}/{y}", WARD, y[0]).then().statusCode(200);
        }
        as(ward).body(Map.of("source", "x")).when().put("/api/v1/historical-figures/{u}/{y}", WARD, 2015)
                .then().statusCode(422).body("code", equalTo("historical.empty"));
        as(KeycloakTokens.tokenOf("xa.namdong")).body(Map.of("poor", 1, "source", "x"))
                .when().put("/api/v1/historical-figures/{u}/{y}", WARD, 2016).then().statusCode(403);

        var created = as(ward).body(Map.of("unitCode", WARD, "year", 2025, "indicator", "NO_LABOUR_POOR_RATE",
                "targetValue", new java.math.BigDecimal("1.7"), "source", "Nghị quyết 2021-2025, mục 2.1"))
                .when().post("/api/v1/targets").then().statusCode(201)
                .body("targetValue", org.hamcrest.Matchers.comparesEqualTo(new java.math.BigDecimal("1.7"))).extract();
        as(ward).body(Map.of("unitCode", WARD, "year", 2025, "indicator", "NO_LABOUR_POOR_RATE", "targetValue", 2))
                .when().post("/api/v1/targets").then().statusCode(409).body("code", equalTo("target.duplicate"));
        // the poverty rate was to fall from 12.04 % (2016) to 5 % by 2021: it reached 4.1 %
        as(ward).body(Map.of("unitCode", WARD, "year", 2021, "indicator", "POVERTY_RATE",
                "targetValue", 5, "baselineYear", 2016, "baselineValue", new java.math.BigDecimal("12.04")))
                .when().post("/api/v1/targets").then().statusCode(201)
                .body("actual", org.hamcrest.Matchers.comparesEqualTo(new java.math.BigDecimal("4.1"))).body("actualYear", equalTo(2021))
                .body("light", equalTo("GREEN"));

        JsonPath dashboard = as(ward).when().get("/api/v1/dashboards/{u}", WARD).then().statusCode(200)
                .body("areaName", equalTo("Phường Hương Trà")).body("level", equalTo("COMMUNE"))
                .extract().jsonPath();
        for (Object[] y : SERIES) {
            String at = "years.find { it.year == " + y[0] + " }.";
            org.junit.jupiter.api.Assertions.assertEquals("HISTORICAL", dashboard.getString(at + "source"));
            org.junit.jupiter.api.Assertions.assertEquals(y[1], dashboard.getInt(at + "poor"));
            org.junit.jupiter.api.Assertions.assertEquals(0, new java.math.BigDecimal((String) y[2])
                    .compareTo(dashboard.getObject(at + "poorRate", java.math.BigDecimal.class)));
        }
        org.junit.jupiter.api.Assertions.assertEquals(0, new java.math.BigDecimal("1.7").compareTo(dashboard.getObject(
                "targets.find { it.indicator == 'NO_LABOUR_POOR_RATE' }.targetValue", java.math.BigDecimal.class)));
        org.junit.jupiter.api.Assertions.assertEquals(created.path("id"),
                dashboard.getString("targets.find { it.indicator == 'NO_LABOUR_POOR_RATE' }.id"));

        // the province sees the deadline calendar of its communes
        as(KeycloakTokens.tokenOf("tinh.hue")).when().get("/api/v1/dashboards/46").then().statusCode(200)
                .body("level", equalTo("PROVINCE"))
                .body("deadlines.obligationCode", hasItem("COMMUNE_REGULAR_REVIEW"))
                .body("deadlines.find { it.obligationCode == 'COMMUNE_REGULAR_REVIEW' }.expected", equalTo(40));
        as(KeycloakTokens.tokenOf("tinh.hue")).when().get("/api/v1/dashboards/VN").then().statusCode(403);
        as(KeycloakTokens.tokenOf("admin")).when().get("/api/v1/dashboards/VN").then().statusCode(200)
                .body("level", equalTo("NATIONAL"));
        as(ward).when().get("/api/v1/dashboards/20179").then().statusCode(403);
        as(ward).queryParam("unitCode", WARD).when().get("/api/v1/targets").then().statusCode(200)
                .body("indicator", equalTo(List.of("POVERTY_RATE", "NO_LABOUR_POOR_RATE")));
    }

    @Test
    void theYearlyFiguresFollowEachRecordAndCorrection() {
        ReportsTest.tokens();
        String province = KeycloakTokens.tokenOf("tinh.hue");
        String commune = "19804";
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String h = as(province).body(Map.of("communeCode", commune, "members", List.of(Map.of("fullName",
                    "Hộ Thống Kê " + i, "relationToHead", "HEAD", "sex", "MALE", "birthDate", "1970-01-01",
                    "citizenId", "04617" + String.format("%07d", (System.nanoTime() / 1000) % 10_000_000)))))
                    .when().post("/api/v1/households").then().statusCode(201).extract().path("id");
            ids.add(h);
            ReportsTest.record(h, 2023, i == 0 ? 1_000_000 : 6_000_000,
                    i == 0 ? ReportsTest.THREE : java.util.Set.of(), i == 0 ? "POOR" : null);
        }
        as(province).when().get("/api/v1/dashboards/{u}", commune).then().statusCode(200)
                .body("years.find { it.year == 2023 }.households", equalTo(3))
                .body("years.find { it.year == 2023 }.poor", equalTo(1))
                .body("years.find { it.year == 2023 }.source", equalTo("REGISTRY"))
                .body("topDeprivations.find { it.indicator == 'SANITATION' }.poorDeprived", equalTo(1));
        // a decided year is locked: a correction is refused, a rectifying decision moves the figures at once
        Map<String, Boolean> ticks = new java.util.HashMap<>();
        AlkireFosterTest.ND07.forEach(c -> ticks.put(c, ReportsTest.THREE.contains(c)));
        Map<String, Object> corrected = Map.of("surveyYear", 2023, "surveyDate", "2023-10-01",
                "monthlyIncomePerCapita", 1_000_000, "deprivations", ticks, "correctionReason", "Thu nhập khai sai");
        as(province).body(corrected).when().post("/api/v1/households/{id}/records", ids.get(1)).then()
                .statusCode(409).body("code", equalTo("record.decided"));
        as(province).when().get("/api/v1/dashboards/{u}", commune).then().statusCode(200)
                .body("years.find { it.year == 2023 }.poor", equalTo(1));
        ReportsTest.decide(ids.get(1), corrected).body("classification", equalTo("POOR"))
                .body("kind", equalTo("RECTIFICATION"));
        as(province).when().get("/api/v1/dashboards/{u}", commune).then().statusCode(200)
                .body("years.find { it.year == 2023 }.households", equalTo(3))
                .body("years.find { it.year == 2023 }.poor", equalTo(2))
                .body("years.find { it.year == 2023 }.poorRate", org.hamcrest.Matchers.comparesEqualTo(
                        new java.math.BigDecimal("66.67")));
        as(province).when().get("/api/v1/dashboards/46").then().statusCode(200)
                .body("years.find { it.year == 2023 }.households", org.hamcrest.Matchers.greaterThanOrEqualTo(3))
                .body("map.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("map.code", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.matchesRegex("[0-9]{5}")));
    }
}
