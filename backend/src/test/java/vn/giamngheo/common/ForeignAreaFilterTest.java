package vn.giamngheo.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.KeycloakTokens;

/**
 * A list filtered by an area outside the caller's jurisdiction is refused with 403, the same in every feature
 * (issue 13: campaigns and submissions answered an empty 200 where households answered 403), and the caller's own
 * area is listed.
 */
@QuarkusTest
class ForeignAreaFilterTest {

    static String officer;

    @BeforeAll
    static void tokens() {
        KeycloakTokens.requireKeycloak();
        officer = KeycloakTokens.tokenOf("xa.namdong");
    }

    @Test
    void aForeignAreaInAListFilterIsRefusedEverywhere() {
        List<String[]> lists = List.of(
                new String[] {"/api/v1/households", "communeCode"},
                new String[] {"/api/v1/review-campaigns", "communeCode"},
                new String[] {"/api/v1/review-campaigns", "provinceCode"},
                new String[] {"/api/v1/reporting/submissions", "unitCode"},
                new String[] {"/api/v1/reporting/submissions", "provinceCode"},
                new String[] {"/api/v1/changes", "communeCode"});
        for (String[] list : lists) {
            String foreign = list[1].equals("provinceCode") ? "01" : "19996";
            given().auth().oauth2(officer).queryParam(list[1], foreign).when().get(list[0]).then()
                    .statusCode(403).contentType("application/problem+json")
                    .body("code", equalTo("security.out_of_jurisdiction"));
            if (!list[1].equals("provinceCode")) {
                given().auth().oauth2(officer).queryParam(list[1], "20179").when().get(list[0]).then()
                        .statusCode(200);
            }
        }
    }
}
