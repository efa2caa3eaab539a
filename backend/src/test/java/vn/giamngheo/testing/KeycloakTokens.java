package vn.giamngheo.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real tokens from the real Keycloak with the dev realm (started by {@code make test}). */
public final class KeycloakTokens {

    public static final String KEYCLOAK = System.getenv().getOrDefault("KEYCLOAK_URL",
            "http://localhost:" + System.getenv().getOrDefault("KEYCLOAK_PORT", "8180"));
    public static final String TOKEN_URL = KEYCLOAK + "/realms/giamngheo/protocol/openid-connect/token";
    /** Tokens live 300 s in the dev realm: a cached one is fetched again after 240 s. */
    private record Cached(String token, long fetchedAt) {
        boolean fresh() {
            return System.nanoTime() - fetchedAt < 240_000_000_000L;
        }
    }

    private static final Map<String, Cached> TOKENS = new ConcurrentHashMap<>();

    private static String cached(String key, java.util.function.Supplier<String> fetch) {
        return TOKENS.compute(key, (k, c) -> c != null && c.fresh() ? c : new Cached(fetch.get(), System.nanoTime()))
                .token();
    }

    private KeycloakTokens() {
    }

    /** Fails the calling suite (never skips it) when Keycloak is not up. */
    public static void requireKeycloak() {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/giamngheo")).timeout(Duration.ofSeconds(5))
                            .build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                fail("Keycloak at " + KEYCLOAK + " has no realm 'giamngheo' (HTTP " + response.statusCode() + ")");
            }
        } catch (Exception e) {
            fail("Keycloak is not running at " + KEYCLOAK + ": run the tests with 'make test' (or start it with "
                    + "'make keycloak-up'); this suite needs real tokens and never skips", e);
        }
    }

    /** A password-grant token of a dev user (password = user name), fetched once per user. */
    public static String tokenOf(String user) {
        return cached(user, () -> given().baseUri(KEYCLOAK).contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "giamngheo-web",
                        "username", user, "password", user))
                .when().post(URI.create(TOKEN_URL).getPath())
                .then().statusCode(200).extract().path("access_token"));
    }

    /** A client-credentials token of the provincial system tinh-hue-sync. */
    public static String serviceToken() {
        return cached("#tinh-hue-sync", () -> given().baseUri(KEYCLOAK)
                .contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "client_credentials", "client_id", "tinh-hue-sync",
                        "client_secret", "tinh-hue-sync-dev-secret"))
                .when().post(URI.create(TOKEN_URL).getPath())
                .then().statusCode(200).extract().path("access_token"));
    }
}
