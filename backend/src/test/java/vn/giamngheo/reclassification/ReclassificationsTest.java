package vn.giamngheo.reclassification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.classification.engine.Classifier;
import vn.giamngheo.classification.engine.CompiledStandard;
import vn.giamngheo.classification.model.ClassificationInput;
import vn.giamngheo.classification.model.HouseholdFacts;
import vn.giamngheo.classification.model.MemberFacts;
import vn.giamngheo.imports.ImportsTest;
import vn.giamngheo.standard.StandardService;

/**
 * A province re-classified under another standard (issue 14): a job with progress, the bulk classifier giving the
 * single path's classes, the comparison with the official classes per commune, nothing official touched, and the
 * rights of the area.
 */
@QuarkusTest
class ReclassificationsTest {

    static final String RECLASSIFICATIONS = "/api/v1/reclassifications";

    @Inject
    EntityManager em;

    @Inject
    StandardService standards;

    @Inject
    ObjectMapper mapper;

    /** Huế, and one of its communes no other test names. */
    static String province;
    static String commune;

    void areas() {
        province = "46";
        commune = (String) em.createNativeQuery("SELECT code FROM admin_unit WHERE province_code = :p AND level ="
                + " 'COMMUNE' AND code NOT IN ('19753', '19774', '19777', '19789', '19804', '19813', '19815', '19918',"
                + " '19942', '19996', '20000', '20122', '20131', '20179', '20182') ORDER BY code DESC LIMIT 1")
                .setParameter("p", province).getSingleResult();
    }

    static JsonPath settle(String id) {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            JsonPath job = given().when().get(RECLASSIFICATIONS + "/{id}", id).then().statusCode(200).extract()
                    .jsonPath();
            if (!List.of("QUEUED", "RUNNING").contains(job.getString("phase"))) {
                return job;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        fail("the re-classification " + id + " did not end in 60 s");
        return null;
    }

    static String request(String standard) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("provinceCode", province, "year", 2025, "standardCode", standard))
                .when().post(RECLASSIFICATIONS).then().statusCode(202).header("Location", startsWith("http"))
                .body("phase", equalTo("QUEUED")).extract().path("id");
    }

    long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @Test
    @TestSecurity(user = "tinh.reclass", roles = "province_officer")
    @OidcSecurity(claims = @Claim(key = "area_codes", value = "46"))
    void aProvinceIsReclassifiedApartFromItsOfficialRecordsAndComparedPerCommune() throws Exception {
        areas();
        StringBuilder file = new StringBuilder(ImportsTest.HEADER);
        long[] incomes = {600_000, 1_400_000, 1_900_000, 2_300_000, 4_000_000};
        for (int i = 0; i < incomes.length; i++) {
            file.append(i + 1).append(',').append(commune).append(",Thôn ").append(i + 1).append(",Lương Văn Số ")
                    .append(i + 1).append(",Chủ hộ,Nam,01/01/1975,01,0460750081").append(String.format("%02d", i))
                    .append(",Có khả năng lao động,Có,,2025,15/09/2025,").append(incomes[i])
                    .append(",Giếng khoan,Tự hoại\r\n");
            file.append(i + 1).append(',').append(commune).append(",,Lương Thị Vợ ").append(i + 1)
                    .append(",Vợ/chồng,Nữ,01/01/1978,01,0461780081").append(String.format("%02d", i))
                    .append(",Có khả năng lao động,Có,,,,,,\r\n");
        }
        String importId = ImportsTest.upload(commune, "tinh.csv", file.toString().getBytes(StandardCharsets.UTF_8),
                null).getString("id");
        assertEquals("VALIDATED", ImportsTest.settle(importId).getString("phase"));
        ImportsTest.commit(importId);
        long records = count("SELECT count(*) FROM household_record");
        long decisions = count("SELECT count(*) FROM household_decision");
        String inScope = "FROM household_record r JOIN household h ON h.id = r.household_id WHERE h.province_code = '"
                + province + "' AND r.survey_year = 2025 AND r.current AND h.status = 'ACTIVE'";

        // under the standard the records were classified with: the bulk path gives every record's own class
        String same = request("ND07_2021");
        JsonPath done = settle(same);
        assertEquals("DONE", done.getString("phase"), done.prettify());
        assertEquals(count("SELECT count(*) " + inScope), done.getLong("householdsTotal"));
        assertEquals(done.getInt("householdsTotal"), done.getInt("householdsDone"));
        assertEquals(1.0, done.getDouble("progress"));
        assertEquals(0L, count("SELECT count(*) FROM reclassification_household WHERE job_id = '" + same
                + "' AND what_if_class IS DISTINCT FROM record_class"), "the bulk path agrees with every record");

        // under another standard: each household's class is the one the single path gives
        String other = request("ND351_2025");
        JsonPath result = settle(other);
        assertEquals("DONE", result.getString("phase"), result.prettify());
        CompiledStandard compiled = standards.compiled("ND351_2025");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.household_id, r.area_type, r.monthly_income, r.score_a,"
                + " r.household_facts::text, r.member_facts::text, r.survey_date, x.what_if_class " + inScope.replace(
                "FROM household_record r", "FROM household_record r JOIN reclassification_household x ON x.job_id = '"
                + other + "' AND x.household_id = r.household_id")).getResultList();
        assertEquals(result.getInt("householdsTotal"), rows.size());
        Map<String, Integer> poorInCommune = new HashMap<>();
        for (Object[] r : rows) {
            ClassificationInput input = new ClassificationInput(AreaType.valueOf((String) r[1]),
                    r[2] == null ? null : ((Number) r[2]).longValue(), r[3] == null ? null : ((Number) r[3]).intValue(),
                    null, mapper.readValue((String) r[4], HouseholdFacts.class),
                    List.of(mapper.readValue((String) r[5], MemberFacts[].class)));
            String single = Classifier.classify(compiled, input, (java.time.LocalDate) r[6]).classification().name();
            assertEquals(single, r[7], "household " + r[0]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> ours = em.createNativeQuery("SELECT what_if_class, count(*) FROM reclassification_household"
                + " WHERE job_id = '" + other + "' AND commune_code = '" + commune + "' GROUP BY 1").getResultList();
        ours.forEach(r -> poorInCommune.put((String) r[0], ((Number) r[1]).intValue()));

        // compared with the official classes: nothing decided yet, so every household comes from NONE
        JsonPath comparison = given().when().get(RECLASSIFICATIONS + "/{id}/comparison", other).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(result.getInt("householdsTotal"), comparison.getList("movements.households", Integer.class)
                .stream().mapToInt(Integer::intValue).sum());
        Map<String, Object> ourCommune = comparison.getMap("communes.find { it.communeCode == '" + commune + "' }");
        assertEquals(incomes.length, ourCommune.get("households"));
        assertEquals(0, ourCommune.get("officialPoor"));
        assertEquals(poorInCommune.getOrDefault("POOR", 0), ourCommune.get("whatIfPoor"));
        assertEquals(poorInCommune.getOrDefault("NEAR_POOR", 0), ourCommune.get("whatIfNearPoor"));
        assertEquals(incomes.length, poorInCommune.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(poorInCommune.getOrDefault("NEAR_POOR", 0) > 0, "low incomes without deprivations: " + poorInCommune);
        JsonPath communeOnly = given().queryParam("communeCode", commune).when()
                .get(RECLASSIFICATIONS + "/{id}/comparison", other).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("NONE"), communeOnly.getList("movements.fromClass").stream().distinct().toList());
        assertEquals(incomes.length, communeOnly.getList("movements.households", Integer.class).stream()
                .mapToInt(Integer::intValue).sum());

        // nothing official was written, and the job is audited
        assertEquals(records, count("SELECT count(*) FROM household_record"));
        assertEquals(decisions, count("SELECT count(*) FROM household_decision"));
        assertEquals(1L, count("SELECT count(*) FROM audit_entry WHERE action = 'reclassification.done' AND entity_id"
                + " = '" + other + "'"));
        List<String> listed = given().queryParam("provinceCode", province).when().get(RECLASSIFICATIONS).then()
                .statusCode(200).extract().path("items.id");
        assertEquals(List.of(other, same), listed.subList(0, 2));
    }

    @Test
    @TestSecurity(user = "tinh.hanoi", roles = "province_officer")
    @OidcSecurity(claims = @Claim(key = "area_codes", value = "01"))
    void anotherProvinceIsOutOfReach() {
        given().contentType(ContentType.JSON).body(Map.of("provinceCode", "46", "year", 2025, "standardCode",
                "ND351_2025")).when().post(RECLASSIFICATIONS).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("security.out_of_jurisdiction"));
        given().when().get(RECLASSIFICATIONS + "/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("provinceCode", "01", "year", 2025, "standardCode",
                "NO_SUCH")).when().post(RECLASSIFICATIONS).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("provinceCode", "01", "year", 1990, "standardCode",
                "ND351_2025")).when().post(RECLASSIFICATIONS).then().statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "xa.namdong", roles = "commune_officer")
    @OidcSecurity(claims = @Claim(key = "area_codes", value = "20179"))
    void aCommuneOfficerCannotReclassify() {
        given().contentType(ContentType.JSON).body(Map.of("provinceCode", "46", "year", 2025, "standardCode",
                "ND351_2025")).when().post(RECLASSIFICATIONS).then().statusCode(403);
        given().when().get(RECLASSIFICATIONS).then().statusCode(403);
    }
}
