package vn.giamngheo.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;

/**
 * {@code make bench}: the dashboard of a province (and of a commune) through the real API, beside the
 * same figures computed by a plain GROUP BY over the raw records on the same database (JDBC, no HTTP:
 * the plain query is given every advantage). Prints p50 / p95 / p99 in milliseconds and the ratio.
 * Not a test: figures depend on the machine.
 */
public final class DashboardBenchmark {

    static final int WARM_UP = 20;
    static final int RUNS = 200;
    static final int RAW_RUNS = 20;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String api;
    private final String keycloak;
    private String token;

    private DashboardBenchmark(String api, String keycloak) {
        this.api = api;
        this.keycloak = keycloak;
    }

    /** The figures the dashboard shows, straight from the records: years, map and deprivations. */
    static final String[] RAW = {
        "SELECT r.survey_year, count(*), count(*) FILTER (WHERE r.classification = 'POOR'),"
                + " count(*) FILTER (WHERE r.classification = 'NEAR_POOR')"
                + " FROM household_record r JOIN household h ON h.id = r.household_id"
                + " WHERE r.current AND h.province_code = ? GROUP BY 1",
        "SELECT h.commune_code, count(*), count(*) FILTER (WHERE r.classification = 'POOR')"
                + " FROM household_record r JOIN household h ON h.id = r.household_id"
                + " WHERE r.current AND h.province_code = ? AND r.survey_year = 2025 GROUP BY 1",
        "SELECT d.code, count(*) FROM household_record r JOIN household h ON h.id = r.household_id"
                + " CROSS JOIN LATERAL unnest(r.deprived_indicators) AS d(code)"
                + " WHERE r.current AND h.province_code = ? AND r.survey_year = 2025 AND r.classification = 'POOR'"
                + " GROUP BY 1"};

    public static void main(String[] args) throws Exception {
        DashboardBenchmark bench = new DashboardBenchmark(args[0], args[1]);
        String dbPort = System.getenv().getOrDefault("DB_PORT", "15700");
        String n = System.getenv("BENCH_HOUSEHOLDS");
        System.out.printf("Dashboard benchmark against %s (province 46, token of tinh.hue)%n", args[0]);
        System.out.printf("N = %s households in the registry; %d requests each after %d to warm up%n%n",
                n == null ? "?" : String.format("%,d", Long.parseLong(n)), RUNS, WARM_UP);
        System.out.printf("%-58s %8s %8s %8s%n", "operation", "p50 ms", "p95 ms", "p99 ms");
        double[] province = bench.measure("dashboard of the province (API, kept aggregates)", "/api/v1/dashboards/46");
        bench.measure("dashboard of a commune (API, kept aggregates)", "/api/v1/dashboards/19753");
        double[] raw;
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/giamngheo",
                System.getenv().getOrDefault("DB_USER", "giamngheo"),
                System.getenv().getOrDefault("DB_PASSWORD", "giamngheo"))) {
            raw = raw(c);
        }
        System.out.printf("%-58s %8.1f %8.1f %8.1f%n", "same figures by plain GROUP BY on the records (JDBC)",
                percentile(raw, 50), percentile(raw, 95), percentile(raw, 99));
        System.out.printf("%nplain GROUP BY / dashboard at p50: %.0f× (p95: %.0f×)%n",
                percentile(raw, 50) / percentile(province, 50), percentile(raw, 95) / percentile(province, 95));
    }

    private static double[] raw(Connection c) throws Exception {
        double[] millis = new double[RAW_RUNS];
        for (int i = -2; i < RAW_RUNS; i++) {
            long start = System.nanoTime();
            for (String sql : RAW) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, "46");
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getObject(1);
                        }
                    }
                }
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        return millis;
    }

    private double[] measure(String label, String path) throws Exception {
        token = token(keycloak, "tinh.hue");
        for (int i = 0; i < WARM_UP; i++) {
            get(path);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            get(path);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-58s %8.1f %8.1f %8.1f%n", label, percentile(millis, 50), percentile(millis, 95),
                percentile(millis, 99));
        return millis;
    }

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private void get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static String token(String keycloak, String user) throws Exception {
        String form = "grant_type=password&client_id=giamngheo-web&username=" + user + "&password=" + user;
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/giamngheo/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    }
}
