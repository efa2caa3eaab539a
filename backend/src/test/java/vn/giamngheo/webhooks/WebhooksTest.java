package vn.giamngheo.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.KeycloakTokens;

/**
 * A province's system receives the registry's changes at its own URL (issue 13): signed as Standard Webhooks
 * say, tried again after failures, recorded per attempt, sent again on request, paused when the receiver keeps
 * failing. The receiver is a real HTTP server started here; the dispatcher is the backend's own scheduler.
 */
@QuarkusTest
class WebhooksTest {

    static final String COMMUNE = "20122";
    static final String SUBSCRIPTIONS = "/api/v1/webhooks/subscriptions";
    static String province;
    static final ObjectMapper JSON = new ObjectMapper();

    /** What a receiver got: one request. */
    record Received(String id, String timestamp, String signature, String body, int answered) {
    }

    /** A receiver on a free port; {@code answer} gives the status for the n-th request (from 1) of one webhook-id. */
    static final class Receiver implements AutoCloseable {
        final HttpServer server;
        final List<Received> requests = new CopyOnWriteArrayList<>();
        final Map<String, AtomicInteger> perId = new java.util.concurrent.ConcurrentHashMap<>();
        volatile IntUnaryOperator answer;

        Receiver(IntUnaryOperator answer) throws Exception {
            this.answer = answer;
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hooks", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                int n = perId.computeIfAbsent(String.valueOf(id), k -> new AtomicInteger()).incrementAndGet();
                int status = this.answer.applyAsInt(n);
                requests.add(new Received(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"), body, status));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
        }

        List<Received> delivered() {
            return requests.stream().filter(r -> r.answered() / 100 == 2).toList();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    final List<String> subscriptions = new ArrayList<>();

    @BeforeAll
    static void tokens() {
        KeycloakTokens.requireKeycloak();
        province = KeycloakTokens.tokenOf("tinh.hue");
    }

    @AfterEach
    void unsubscribe() {
        for (String id : subscriptions) {
            as(province).when().delete(SUBSCRIPTIONS + "/{id}", id).then().statusCode(204);
            as(province).when().get(SUBSCRIPTIONS + "/{id}", id).then().statusCode(404);
        }
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    JsonPath subscribe(String url, List<String> types) {
        JsonPath created = as(province).body(Map.of("url", url, "entityTypes", types, "description", "Sở LĐ-TB&XH"))
                .when().post(SUBSCRIPTIONS).then().statusCode(201).body("provinceCode", equalTo("46"))
                .body("status", equalTo("ACTIVE")).body("secret", startsWith("whsec_")).extract().jsonPath();
        subscriptions.add(created.getString("id"));
        // the secret is given once
        as(province).when().get(SUBSCRIPTIONS + "/{id}", created.getString("id")).then().statusCode(200)
                .body("secret", equalTo(null));
        return created;
    }

    static String createHousehold(String head) {
        return as(province).body(Map.of("communeCode", COMMUNE, "address", "Thôn Móc Nối", "members",
                List.of(Map.of("fullName", head, "relationToHead", "HEAD", "sex", "MALE", "birthDate", "1970-02-03"))))
                .when().post("/api/v1/households").then().statusCode(201).extract().path("id");
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(100);
        }
    }

    /** The signature a receiver computes itself, from the secret it was given (Standard Webhooks). */
    static String expectedSignature(String secret, Received r) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aReceiverGetsSignedChangesThroughThreeFailuresAndEachOncePerDeliveryId() throws Exception {
        try (Receiver receiver = new Receiver(n -> n <= 3 ? 500 : 204)) {
            JsonPath subscription = subscribe(receiver.url(), List.of("HOUSEHOLD"));
            String secret = subscription.getString("secret");
            String id = createHousehold("Trần Văn Nhận Tin");
            String etag = as(province).when().get("/api/v1/households/{id}", id).header("ETag");
            as(province).header("If-Match", etag).body(Map.of("address", "Thôn Móc Nối 2")).when()
                    .put("/api/v1/households/{id}", id).then().statusCode(200);

            await("two changes delivered", () -> receiver.delivered().size() >= 2);
            Thread.sleep(1000);
            List<Received> delivered = receiver.delivered();
            assertEquals(2, delivered.size(), "the creation and the update, each delivered once: " + delivered);
            Map<String, List<Received>> byId = receiver.requests.stream()
                    .collect(Collectors.groupingBy(Received::id));
            for (Received r : receiver.requests) {
                assertEquals(expectedSignature(secret, r), r.signature(), "signed with the subscription's secret");
                long age = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(r.timestamp()));
                assertTrue(age < 120, "webhook-timestamp is the time of sending");
            }
            List<String> types = new ArrayList<>();
            Set<Long> positions = new java.util.HashSet<>();
            for (Received r : delivered) {
                assertEquals(4, byId.get(r.id()).size(), "three failed attempts, then the delivery, then nothing");
                assertEquals(List.of(500, 500, 500, 204), byId.get(r.id()).stream().map(Received::answered).toList());
                assertTrue(byId.get(r.id()).stream().allMatch(a -> a.body().equals(r.body())), "every attempt the same");
                JsonNode body = JSON.readTree(r.body());
                types.add(body.get("type").asText());
                assertEquals(id, body.get("data").get("entityId").asText());
                assertEquals("/api/v1/households/" + id, body.get("data").get("href").asText());
                assertTrue(positions.add(body.get("data").get("position").asLong()), "one position per delivery id");
            }
            assertEquals(List.of("household.created", "household.updated"), types.stream().sorted().toList());

            // every attempt is recorded, and the receiver can ask for one again
            String subscriptionId = subscription.getString("id");
            JsonPath deliveries = as(province).when().get(SUBSCRIPTIONS + "/{id}/deliveries", subscriptionId)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(List.of("DELIVERED", "DELIVERED"), deliveries.getList("items.status"));
            assertEquals(List.of(500, 500, 500, 204), deliveries.getList("items[0].attemptLog.statusCode"));
            String again = deliveries.getString("items[0].id");
            as(province).when().post(SUBSCRIPTIONS + "/{id}/deliveries/{d}/redelivery", subscriptionId, again)
                    .then().statusCode(200).body("status", equalTo("PENDING"));
            await("the delivery sent again", () -> byIdCount(receiver, again) == 5);
            await("the redelivery recorded", () -> as(province).when()
                    .get(SUBSCRIPTIONS + "/{id}/deliveries", subscriptionId).then().extract().jsonPath()
                    .getInt("items.find { it.id == '" + again + "' }.attempts") == 5);
        }
    }

    static int byIdCount(Receiver receiver, String id) {
        return (int) receiver.requests.stream().filter(r -> id.equals(r.id())).count();
    }

    @Test
    void aSubscriptionThatKeepsFailingIsPausedAndResumesWhereItStopped() throws Exception {
        try (Receiver receiver = new Receiver(n -> 503)) {
            String subscription = subscribe(receiver.url(), List.of("HOUSEHOLD", "MEMBER")).getString("id");
            for (int i = 0; i < 3; i++) {
                createHousehold("Trần Thị Lỗi " + i);
            }
            await("paused", () -> "PAUSED".equals(as(province).when().get(SUBSCRIPTIONS + "/{id}", subscription)
                    .then().extract().path("status")));
            JsonPath paused = as(province).when().get(SUBSCRIPTIONS + "/{id}", subscription).then().statusCode(200)
                    .extract().jsonPath();
            assertTrue(paused.getString("pausedReason").contains("answered 503"), paused.getString("pausedReason"));
            assertTrue(paused.getInt("consecutiveFailures") >= 10);
            int tried = receiver.requests.size();
            Thread.sleep(1500);
            assertEquals(tried, receiver.requests.size(), "nothing is sent while paused");

            // the receiver is mended; the province resumes, and everything waiting arrives
            receiver.answer = n -> 200;
            as(province).when().post(SUBSCRIPTIONS + "/{id}/resumption", subscription).then().statusCode(200)
                    .body("status", equalTo("ACTIVE")).body("consecutiveFailures", equalTo(0));
            // three households, each with its head: six changes
            await("all six delivered", () -> receiver.delivered().stream().map(Received::id).distinct().count() == 6);
            Map<String, Long> types = receiver.delivered().stream().map(r -> {
                try {
                    return JSON.readTree(r.body()).get("type").asText();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).distinct().collect(Collectors.groupingBy(t -> t, Collectors.counting()));
            assertEquals(Set.of("household.created", "member.created"), types.keySet());
        }
    }

    @Test
    void subscriptionsKeepToTheirProvince() {
        // a commune officer cannot subscribe; another province's subscription is not found
        as(KeycloakTokens.tokenOf("xa.namdong")).body(Map.of("url", "http://127.0.0.1:9/hooks")).when()
                .post(SUBSCRIPTIONS).then().statusCode(403);
        String admin = KeycloakTokens.tokenOf("admin");
        String hanoi = as(admin).body(Map.of("url", "http://127.0.0.1:9/hooks", "provinceCode", "01")).when()
                .post(SUBSCRIPTIONS).then().statusCode(201).extract().path("id");
        try {
            as(province).when().get(SUBSCRIPTIONS + "/{id}", hanoi).then().statusCode(404);
            as(province).when().post(SUBSCRIPTIONS + "/{id}/resumption", hanoi).then().statusCode(404);
            List<String> listed = as(province).when().get(SUBSCRIPTIONS).then().statusCode(200).extract().jsonPath()
                    .getList("items.provinceCode");
            assertTrue(listed.stream().allMatch("46"::equals), listed.toString());
            as(province).body(Map.of("url", "http://127.0.0.1:9/hooks", "provinceCode", "01")).when()
                    .post(SUBSCRIPTIONS).then().statusCode(403).body("code", equalTo("security.out_of_jurisdiction"));
            as(province).body(Map.of("url", "ftp://example.org/hooks")).when().post(SUBSCRIPTIONS).then()
                    .statusCode(422).contentType("application/problem+json");
        } finally {
            as(admin).when().delete(SUBSCRIPTIONS + "/{id}", hanoi).then().statusCode(204);
        }
        assertNotNull(province);
    }
}
