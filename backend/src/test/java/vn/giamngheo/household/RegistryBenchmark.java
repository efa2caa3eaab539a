package vn.giamngheo.household;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * {@code make bench}: latency of the registry's everyday reads through the real API (HTTP on this
 * machine, real tokens, PostgreSQL holding the given number of households): a commune's first page,
 * a later keyset page, a name searched without diacritics, one household with its members. Prints
 * p50 / p95 / p99 in milliseconds. Not a test: figures depend on the machine.
 */
public final class RegistryBenchmark {

    static final int WARM_UP = 30;
    static final int RUNS = 300;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String api;
    private final String keycloak;
    private String token;

    private RegistryBenchmark(String api, String keycloak) throws Exception {
        this.api = api;
        this.keycloak = keycloak;
        this.token = token(keycloak, "tinh.hue");
    }

    public static void main(String[] args) throws Exception {
        String api = args[0];
        String keycloak = args[1];
        RegistryBenchmark bench = new RegistryBenchmark(api, keycloak);
        String commune = "19753"; // Phường Phú Xuân, among the largest
        System.out.printf("Registry benchmark against %s (province 46, token of tinh.hue)%n", api);

        // the cursors of a commune's first twenty pages, to ask for a later page directly
        List<String> cursors = new ArrayList<>();
        String cursor = null;
        List<String> ids = new ArrayList<>();
        for (int page = 0; page < 20; page++) {
            JsonNode body = bench.get("/api/v1/households?communeCode=" + commune + "&limit=50"
                    + (cursor == null ? "" : "&after=" + cursor));
            body.get("items").forEach(item -> ids.add(item.get("id").asText()));
            cursor = body.get("nextCursor").isNull() ? null : body.get("nextCursor").asText();
            if (cursor == null) {
                break;
            }
            cursors.add(cursor);
        }
        if (cursors.size() < 19 || ids.isEmpty()) {
            throw new IllegalStateException("Commune " + commune + " holds too few households for the benchmark: "
                    + "load more with make demo-data");
        }
        String later = cursors.get(18);
        String n = System.getenv("BENCH_HOUSEHOLDS");
        long households = n == null ? -1 : Long.parseLong(n);
        Random random = new Random(7);

        System.out.printf("%nN = %,d households in the registry; %d requests each after %d to warm up%n%n",
                households, RUNS, WARM_UP);
        System.out.printf("%-62s %8s %8s %8s%n", "operation", "p50 ms", "p95 ms", "p99 ms");
        bench.measure("commune list, first page (50)", i ->
                "/api/v1/households?communeCode=" + commune + "&limit=50");
        bench.measure("commune list, page 20 by keyset cursor", i ->
                "/api/v1/households?communeCode=" + commune + "&limit=50&after=" + later);
        bench.measure("search \"nguyen thi\" without diacritics, in a commune", i ->
                "/api/v1/households?communeCode=" + commune + "&limit=50&q=" + enc("nguyen thi"));
        bench.measure("search \"nguyen thi\" without diacritics, whole province", i ->
                "/api/v1/households?provinceCode=46&limit=50&q=" + enc("nguyen thi"));
        String[] rare = {"ho van tam", "tran thi lan", "le van hung", "phan thi mai", "vo van toan"};
        bench.measure("search a full name (5 names in turn), whole province", i ->
                "/api/v1/households?provinceCode=46&limit=50&q=" + enc(rare[i % rare.length]));
        bench.measure("one household with its members", i ->
                "/api/v1/households/" + ids.get(random.nextInt(ids.size())));
    }

    private void measure(String label, IntFunction<String> path) throws Exception {
        token = token(keycloak, "tinh.hue"); // tokens live five minutes
        for (int i = 0; i < WARM_UP; i++) {
            get(path.apply(i));
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            get(path.apply(i));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-62s %8.1f %8.1f %8.1f%n", label, percentile(millis, 50), percentile(millis, 95),
                percentile(millis, 99));
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    /** A dev user's token (password grant of giamngheo-web), for the benchmarks. */
    public static String token(String keycloak, String user) throws Exception {
        String form = "grant_type=password&client_id=giamngheo-web&username=" + user + "&password=" + user;
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/giamngheo/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
