package vn.giamngheo.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * {@code make bench}: what the change feed gives and costs, on the benchmark's registry.
 * <ul>
 * <li>Read rate: a provincial system (token of tinh-hue-sync, province 46) reads the feed from the start, 1,000
 * changes a page, for a minute or up to {@link #READ_LIMIT} changes: changes per second through the API, and the
 * p50 / p95 of a page.</li>
 * <li>Write overhead of the outbox: a yearly record corrected through the API (POST …/records with a correction
 * reason, on a household of a year no decision fixed), in alternating rounds with the outbox triggers on and off
 * (ALTER TABLE … DISABLE TRIGGER of the change triggers only, switched back on at the end): p50 / p95 of each.</li>
 * </ul>
 * Not a test: figures depend on the machine.
 */
public final class ChangeFeedBenchmark {

    static final long READ_LIMIT = 2_000_000;
    static final Duration READ_TIME = Duration.ofSeconds(60);
    static final int ROUNDS = 10;
    static final int PER_ROUND = 20;
    static final int YEAR = 2026;

    /** The triggers that write the outbox (V16__create_change_feed.sql), by table. */
    static final String[][] TRIGGERS = {
        {"household", "household_change_inserted"}, {"household", "household_change_updated"},
        {"household_member", "household_member_change_inserted"},
        {"household_member", "household_member_change_updated"},
        {"household_member", "household_member_change_deleted"},
        {"household_record", "household_record_change_inserted"},
        {"household_record", "household_record_change_updated"},
        {"household_record", "household_record_change_deleted"},
        {"household_decision", "household_decision_change_inserted"},
        {"household_decision", "household_decision_change_updated"},
        {"household_decision", "household_decision_change_deleted"},
        {"support_plan", "support_plan_change_inserted"}, {"support_plan", "support_plan_change_updated"},
        {"support_plan", "support_plan_change_deleted"}};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        String api = args[0];
        String keycloak = args[1];
        String dbPort = System.getenv().getOrDefault("DB_PORT", "15700");
        ChangeFeedBenchmark bench = new ChangeFeedBenchmark();
        bench.read(api, clientToken(keycloak));
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/giamngheo",
                System.getenv().getOrDefault("DB_USER", "giamngheo"),
                System.getenv().getOrDefault("DB_PASSWORD", "giamngheo"))) {
            bench.writes(api, vn.giamngheo.household.RegistryBenchmark.token(keycloak, "tinh.hue"), c);
        }
    }

    private void read(String api, String token) throws Exception {
        String cursor = "0";
        long changes = 0;
        int pages = 0;
        double[] millis = new double[(int) (READ_LIMIT / 1000) + 1];
        long start = System.nanoTime();
        boolean more = true;
        while (more && changes < READ_LIMIT && System.nanoTime() - start < READ_TIME.toNanos()) {
            long t = System.nanoTime();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(api
                    + "/api/v1/changes?limit=1000&after=" + cursor)).header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the feed answered " + response.statusCode());
            }
            JsonNode page = json.readTree(response.body());
            millis[pages++] = (System.nanoTime() - t) / 1e6;
            changes += page.get("items").size();
            cursor = page.get("nextCursor").asText();
            more = page.get("hasMore").asBoolean();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] sorted = Arrays.copyOf(millis, pages);
        Arrays.sort(sorted);
        System.out.printf("Change feed read from the start by tinh-hue-sync (province 46), 1,000 changes a page:%n");
        System.out.printf("  %,d changes in %.1f s: %,.0f changes/s; a page p50 %.1f ms, p95 %.1f ms (%d pages)%n",
                changes, seconds, changes / seconds, percentile(sorted, 50), percentile(sorted, 95), pages);
    }

    private void writes(String api, String token, Connection c) throws Exception {
        List<String> households = new java.util.ArrayList<>();
        // active households of Phú Xuân, each corrected once by the rounds (the warm-up takes the last ten)
        try (PreparedStatement ps = c.prepareStatement("SELECT h.id FROM household h WHERE h.commune_code = '19753'"
                + " AND h.status = 'ACTIVE' ORDER BY h.code LIMIT " + (ROUNDS * PER_ROUND * 2));
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                households.add(rs.getString(1));
            }
        }
        double[] on = new double[ROUNDS * PER_ROUND];
        double[] off = new double[ROUNDS * PER_ROUND];
        int n = 0;
        try {
            // warm-up, on households the rounds correct again later
            for (int w = 0; w < 10; w++) {
                write(api, token, households.get(households.size() - 1 - w), w);
            }
            for (int round = 0; round < ROUNDS; round++) {
                for (boolean outbox : new boolean[] {true, false}) {
                    triggers(c, outbox);
                    for (int i = 0; i < PER_ROUND; i++) {
                        // each write a household of its own, so that both ways write first records alike
                        String household = households.get((round * PER_ROUND * 2 + (outbox ? 0 : PER_ROUND) + i)
                                % households.size());
                        double ms = write(api, token, household, round * 1000 + i);
                        (outbox ? on : off)[round * PER_ROUND + i] = ms;
                    }
                }
                n += PER_ROUND;
            }
        } finally {
            triggers(c, true);
        }
        Arrays.sort(on, 0, n);
        Arrays.sort(off, 0, n);
        System.out.printf("%nA yearly record corrected through the API (POST …/records), %d rounds of %d each way:%n",
                ROUNDS, PER_ROUND);
        System.out.printf("  %-28s p50 %6.1f ms   p95 %6.1f ms%n", "with the outbox",
                percentile(Arrays.copyOf(on, n), 50), percentile(Arrays.copyOf(on, n), 95));
        System.out.printf("  %-28s p50 %6.1f ms   p95 %6.1f ms%n", "without (its triggers off)",
                percentile(Arrays.copyOf(off, n), 50), percentile(Arrays.copyOf(off, n), 95));
    }

    private double write(String api, String token, String household, int i) throws Exception {
        String body = "{\"surveyYear\":" + YEAR + ",\"surveyDate\":\"" + YEAR + "-10-0" + (1 + i % 9) + "\","
                + "\"reviewer\":\"Benchmark\",\"monthlyIncomePerCapita\":" + (1_000_000 + 10_000 * (i % 50)) + ","
                + "\"household\":{\"wallsDurable\":" + (i % 2 == 0) + ",\"roofDurable\":true},"
                + "\"correctionReason\":\"benchmark " + i + "\"}";
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/households/"
                + household + "/records")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 201) {
            throw new IllegalStateException("the correction answered " + response.statusCode() + ": "
                    + response.body());
        }
        return ms;
    }

    private static void triggers(Connection c, boolean enabled) throws Exception {
        try (Statement s = c.createStatement()) {
            for (String[] t : TRIGGERS) {
                s.execute("ALTER TABLE " + t[0] + (enabled ? " ENABLE" : " DISABLE") + " TRIGGER " + t[1]);
            }
        }
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String clientToken(String keycloak) throws Exception {
        return token(keycloak, "grant_type=client_credentials&client_id=tinh-hue-sync&client_secret="
                + URLEncoder.encode("tinh-hue-sync-dev-secret", StandardCharsets.UTF_8));
    }

    private static String token(String keycloak, String form) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/giamngheo/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    }
}
