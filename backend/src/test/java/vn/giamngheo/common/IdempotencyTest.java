package vn.giamngheo.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.KeycloakTokens;

/**
 * A retry after a timeout must not store a household twice (issue 13): a create sent again with the same
 * Idempotency-Key gets the first answer and writes nothing; without a key two requests are two households.
 */
@QuarkusTest
class IdempotencyTest {

    static final String COMMUNE = "20182";
    static String officer;
    static String other;

    @BeforeAll
    static void tokens() {
        KeycloakTokens.requireKeycloak();
        officer = KeycloakTokens.tokenOf("tinh.hue");
        other = KeycloakTokens.tokenOf("admin");
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static Map<String, Object> household(String head) {
        return Map.of("communeCode", COMMUNE, "address", "Thôn Lặp Lại", "members", List.of(Map.of("fullName", head,
                "relationToHead", "HEAD", "sex", "FEMALE", "birthDate", "1975-04-02")));
    }

    static int householdsNamed(String head) {
        return as(officer).queryParam("communeCode", COMMUNE).queryParam("q", head).queryParam("limit", 100)
                .when().get("/api/v1/households").then().statusCode(200).extract().jsonPath().getList("items").size();
    }

    @Test
    void aCreateSentTwiceWithOneKeyStoresOneHousehold() {
        String head = "Lê Thị Một Lần " + UUID.randomUUID().toString().substring(0, 6);
        String key = UUID.randomUUID().toString();
        Response first = as(officer).header("Idempotency-Key", key).body(household(head))
                .when().post("/api/v1/households");
        first.then().statusCode(201);
        Response retry = as(officer).header("Idempotency-Key", key).body(household(head))
                .when().post("/api/v1/households");
        retry.then().statusCode(201).header("Idempotency-Replayed", "true").contentType(ContentType.JSON);
        assertEquals(first.jsonPath().getString("id"), retry.jsonPath().getString("id"));
        assertEquals(first.jsonPath().getString("code"), retry.jsonPath().getString("code"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(1, householdsNamed(head), "one household for one key");

        // another caller's key is its own
        as(other).header("Idempotency-Key", key).body(household(head)).when().post("/api/v1/households")
                .then().statusCode(201).header("Idempotency-Replayed", (String) null);
        assertEquals(2, householdsNamed(head));
    }

    @Test
    void withoutAKeyTwoRequestsAreTwoHouseholds() {
        String head = "Lê Thị Hai Lần " + UUID.randomUUID().toString().substring(0, 6);
        as(officer).body(household(head)).when().post("/api/v1/households").then().statusCode(201);
        as(officer).body(household(head)).when().post("/api/v1/households").then().statusCode(201);
        assertEquals(2, householdsNamed(head));
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndWritesNothing() {
        String head = "Lê Thị Khóa Cũ " + UUID.randomUUID().toString().substring(0, 6);
        String key = UUID.randomUUID().toString();
        as(officer).header("Idempotency-Key", key).body(household(head)).when().post("/api/v1/households")
                .then().statusCode(201);
        as(officer).header("Idempotency-Key", key).body(household(head + " Khác")).when().post("/api/v1/households")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("idempotency.key_reused"));
        assertEquals(0, householdsNamed(head + " Khác"));
        as(officer).header("Idempotency-Key", " ").body(household(head)).when().post("/api/v1/households")
                .then().statusCode(400).body("code", equalTo("idempotency.invalid_key"));
    }

    @Test
    void aRefusedRequestIsAnsweredTheSameWayAgain() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> invalid = Map.of("communeCode", COMMUNE, "members", List.of());
        String code = as(officer).header("Idempotency-Key", key).body(invalid).when().post("/api/v1/households")
                .then().statusCode(422).extract().path("code");
        as(officer).header("Idempotency-Key", key).body(invalid).when().post("/api/v1/households")
                .then().statusCode(422).header("Idempotency-Replayed", "true").body("code", equalTo(code));
    }

    @Test
    void concurrentRetriesWithOneKeyStoreOneHousehold() throws Exception {
        String head = "Lê Thị Đồng Thời " + UUID.randomUUID().toString().substring(0, 6);
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> sends = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sends.add(() -> as(officer).header("Idempotency-Key", key).body(household(head))
                        .when().post("/api/v1/households").statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(sends)) {
                statuses.add(f.get());
            }
            assertTrue(Set.of(201, 409).containsAll(statuses), "created, replayed or still in progress: " + statuses);
            assertTrue(statuses.contains(201), statuses.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(1, householdsNamed(head), "one household whatever the race");
    }
}
