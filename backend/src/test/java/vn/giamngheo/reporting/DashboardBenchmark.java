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
import java.util.List;

/**
 * {@code make bench}: dashboards and report contents of a province (and of a commune) through the real
 * API, each beside the same figures computed by a plain GROUP BY over the raw records on the same
 * database (JDBC, no HTTP: the plain query is given every advantage). Prints p50 / p95 / p99 in
 * milliseconds and the ratio of the plain query to the API at p95. Not a test: figures depend on the machine.
 */
public final class DashboardBenchmark {

    static final int WARM_UP = 20;
    static final int RUNS = 200;
    static final int RAW_RUNS = 5;
    static final int YEAR = 2025;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String api;
    private final String keycloak;
    private String token;
    private String adminToken;

    private DashboardBenchmark(String api, String keycloak) {
        this.api = api;
        this.keycloak = keycloak;
    }

    /** The current records of the province in the year (? = the province), with the commune each belongs to. */
    static final String RECORDS = "FROM household_record r JOIN household h ON h.id = r.household_id"
            + " WHERE r.current AND h.province_code = ? AND r.survey_year = " + YEAR;

    /** The figures the dashboard shows, straight from the records: years, map and deprivations. */
    static final String[] DASHBOARD = {
        "SELECT r.survey_year, count(*), count(*) FILTER (WHERE r.classification = 'POOR'),"
                + " count(*) FILTER (WHERE r.classification = 'NEAR_POOR')"
                + " FROM household_record r JOIN household h ON h.id = r.household_id"
                + " WHERE r.current AND h.province_code = ? GROUP BY 1",
        "SELECT h.commune_code, count(*), count(*) FILTER (WHERE r.classification = 'POOR') " + RECORDS
                + " GROUP BY 1",
        "SELECT d.code, count(*) FROM household_record r JOIN household h ON h.id = r.household_id"
                + " CROSS JOIN LATERAL unnest(r.deprived_indicators) AS d(code)"
                + " WHERE r.current AND h.province_code = ? AND r.survey_year = " + YEAR
                + " AND r.classification = 'POOR' GROUP BY 1"};

    /** A report content of the province through the API, and the plain queries that give its figures. */
    record Case(String label, String path, String... raw) {
    }

    static final List<Case> CASES = List.of(
        new Case("dashboard of the province", "/api/v1/dashboards/46", DASHBOARD),
        new Case("dashboard of a commune", "/api/v1/dashboards/19753"),
        new Case("movement of poor households (rows by commune)",
                "/api/v1/reports/movement?areaCode=46&year=" + YEAR,
                "SELECT h.commune_code, p.classification, c.classification,"
                        + " EXISTS (SELECT 1 FROM household_record e WHERE e.household_id = h.id AND e.current"
                        + "   AND e.survey_year < " + (YEAR - 1) + " AND e.classification = 'POOR'), count(*),"
                        + " sum(jsonb_array_length(p.member_facts)), sum(jsonb_array_length(c.member_facts))"
                        + " FROM household h"
                        + " LEFT JOIN household_record p ON p.household_id = h.id AND p.current"
                        + "   AND p.survey_year = " + (YEAR - 1)
                        + " LEFT JOIN household_record c ON c.household_id = h.id AND c.current"
                        + "   AND c.survey_year = " + YEAR
                        + " WHERE h.province_code = ? AND (p.id IS NOT NULL OR c.id IS NOT NULL) GROUP BY 1, 2, 3, 4"),
        new Case("transition matrix", "/api/v1/reports/transitions?areaCode=46&fromYear=" + (YEAR - 1)
                + "&toYear=" + YEAR,
                "SELECT p.classification, c.classification, count(*) FROM household h"
                        + " LEFT JOIN household_record p ON p.household_id = h.id AND p.current"
                        + "   AND p.survey_year = " + (YEAR - 1)
                        + " LEFT JOIN household_record c ON c.household_id = h.id AND c.current"
                        + "   AND c.survey_year = " + YEAR
                        + " WHERE h.province_code = ? AND (p.id IS NOT NULL OR c.id IS NOT NULL) GROUP BY 1, 2"),
        new Case("Alkire–Foster H, A, M0 (k = 3)", "/api/v1/reports/alkire-foster?areaCode=46&year=" + YEAR,
                "SELECT count(*), count(*) FILTER (WHERE cardinality(r.deprived_indicators) >= 3),"
                        + " sum(cardinality(r.deprived_indicators)) FILTER (WHERE cardinality(r.deprived_indicators) >= 3) "
                        + RECORDS,
                "SELECT d.code, count(*), count(*) FILTER (WHERE cardinality(r.deprived_indicators) >= 3)"
                        + " FROM household_record r JOIN household h ON h.id = r.household_id"
                        + " CROSS JOIN LATERAL unnest(r.deprived_indicators) AS d(code)"
                        + " WHERE r.current AND h.province_code = ? AND r.survey_year = " + YEAR + " GROUP BY 1"),
        new Case("results summary (rows by commune)", "/api/v1/reports/tables/summary?areaCode=46&year=" + YEAR,
                "SELECT h.commune_code, r.classification, count(*), sum(jsonb_array_length(r.member_facts)) "
                        + RECORDS + " GROUP BY 1, 2"),
        new Case("deprivations of poor households", "/api/v1/reports/tables/deprivations?areaCode=46&year=" + YEAR,
                "SELECT h.commune_code, count(*) " + RECORDS + " AND r.classification = 'POOR' GROUP BY 1",
                "SELECT h.commune_code, d.code, count(*) FROM household_record r JOIN household h ON h.id = r.household_id"
                        + " CROSS JOIN LATERAL unnest(r.deprived_indicators) AS d(code)"
                        + " WHERE r.current AND h.province_code = ? AND r.survey_year = " + YEAR
                        + " AND r.classification = 'POOR' GROUP BY 1, 2"),
        new Case("poor households by subgroup", "/api/v1/reports/tables/subgroups?areaCode=46&year=" + YEAR,
                "SELECT h.commune_code, count(*),"
                        + " count(*) FILTER (WHERE r.explanation -> 'subgroups' ->> 'ethnicMinority' = 'true'),"
                        + " count(*) FILTER (WHERE r.explanation -> 'subgroups' ->> 'noLabourCapacity' = 'true'),"
                        + " count(*) FILTER (WHERE r.explanation -> 'subgroups' ->> 'meritoriousMember' = 'true') "
                        + RECORDS + " AND r.classification = 'POOR' GROUP BY 1"),
        new Case("poor households by ethnicity", "/api/v1/reports/tables/ethnicity?areaCode=46&year=" + YEAR,
                "SELECT h.commune_code, (SELECT m ->> 'ethnicity' FROM jsonb_array_elements(r.member_facts) m"
                        + "   WHERE m ->> 'relationToHead' = 'HEAD' LIMIT 1), count(*),"
                        + " sum(jsonb_array_length(r.member_facts)) " + RECORDS
                        + " AND r.classification = 'POOR' GROUP BY 1, 2"),
        new Case("poor households by cause", "/api/v1/reports/tables/causes?areaCode=46&year=" + YEAR,
                "SELECT h.commune_code, c.code, count(*) FROM household_record r JOIN household h ON h.id = r.household_id"
                        + " CROSS JOIN LATERAL unnest(r.causes) AS c(code)"
                        + " WHERE r.current AND h.province_code = ? AND r.survey_year = " + YEAR
                        + " AND r.classification = 'POOR' GROUP BY 1, 2"),
        new Case("children's deprivations in poor households", "/api/v1/reports/tables/children?areaCode=46&year="
                + YEAR,
                "SELECT h.commune_code, count(*) FILTER (WHERE k.children > 0), sum(k.children),"
                        + " count(*) FILTER (WHERE k.children > 0 AND 'NUTRITION' = ANY (r.deprived_indicators)),"
                        + " count(*) FILTER (WHERE k.children > 0 AND 'CHILD_SCHOOLING' = ANY (r.deprived_indicators)),"
                        + " sum(k.uninsured) FROM household_record r JOIN household h ON h.id = r.household_id"
                        + " CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE CAST(m ->> 'birthDate' AS date)"
                        + "   > r.survey_date - INTERVAL '16 years') AS children,"
                        + "   count(*) FILTER (WHERE CAST(m ->> 'birthDate' AS date) > r.survey_date - INTERVAL '16 years'"
                        + "   AND m ->> 'healthInsurance' = 'false') AS uninsured"
                        + "   FROM jsonb_array_elements(r.member_facts) m) k"
                        + " WHERE r.current AND h.province_code = ? AND r.survey_year = " + YEAR
                        + " AND r.classification = 'POOR' GROUP BY 1"),
        new Case("detailed list of poor households (a page of 50)",
                "/api/v1/reports/household-list?areaCode=46&year=" + YEAR + "&limit=50"));

    public static void main(String[] args) throws Exception {
        DashboardBenchmark bench = new DashboardBenchmark(args[0], args[1]);
        String dbPort = System.getenv().getOrDefault("DB_PORT", "15700");
        String n = System.getenv("BENCH_HOUSEHOLDS");
        System.out.printf("Dashboards and report contents against %s (province 46, year %d, token of tinh.hue)%n",
                args[0], YEAR);
        System.out.printf("N = %s households in the registry; %d requests each after %d to warm up;"
                + " plain queries %d times each%n%n", n == null ? "?" : String.format("%,d", Long.parseLong(n)),
                RUNS, WARM_UP, RAW_RUNS);
        System.out.printf("%-50s %8s %8s %8s │ %10s %10s │ %7s%n", "operation (API, kept figures)", "p50 ms",
                "p95 ms", "p99 ms", "plain p50", "plain p95", "ratio");
        double worst = 0;
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/giamngheo",
                System.getenv().getOrDefault("DB_USER", "giamngheo"),
                System.getenv().getOrDefault("DB_PASSWORD", "giamngheo"))) {
            for (Case k : CASES) {
                double[] millis = bench.measure(k.path());
                worst = Math.max(worst, percentile(millis, 95));
                if (k.raw().length == 0) {
                    System.out.printf("%-50s %8.1f %8.1f %8.1f │ %10s %10s │ %7s%n", k.label(), percentile(millis, 50),
                            percentile(millis, 95), percentile(millis, 99), "—", "—", "—");
                    continue;
                }
                double[] raw = raw(c, k.raw());
                System.out.printf("%-50s %8.1f %8.1f %8.1f │ %10.1f %10.1f │ %6.0f×%n", k.label(),
                        percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), percentile(raw, 50),
                        percentile(raw, 95), percentile(raw, 95) / percentile(millis, 95));
            }
        }
        System.out.printf("%nslowest p95 through the API: %.1f ms (target ≤ 200 ms)%n", worst);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/giamngheo",
                System.getenv().getOrDefault("DB_USER", "giamngheo"),
                System.getenv().getOrDefault("DB_PASSWORD", "giamngheo"))) {
            bench.writes(c);
        }
    }

    /**
     * What keeping the figures current costs a write: a household's decided class rectified again and again
     * (each decision takes the old status's figures out of every year it carried into and puts the new one's in).
     */
    private void writes(Connection c) throws Exception {
        String household;
        try (PreparedStatement ps = c.prepareStatement("SELECT h.id FROM household h JOIN household_record r"
                + " ON r.household_id = h.id AND r.current AND r.survey_year = " + YEAR
                + " WHERE h.commune_code = '19753' AND h.status = 'ACTIVE' ORDER BY h.code LIMIT 1");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            household = rs.getString(1);
        }
        int runs = RUNS / 2;
        double[] millis = new double[runs];
        for (int i = -WARM_UP / 2; i < runs; i++) {
            StringBuilder ticks = new StringBuilder();
            for (int j = 0; j < AlkireFosterTest.ND07.size(); j++) {
                ticks.append(j == 0 ? "" : ",").append('"').append(AlkireFosterTest.ND07.get(j)).append("\":")
                        .append(j < 3 && i % 2 == 0);
            }
            String body = "{\"record\":{\"surveyYear\":" + YEAR + ",\"surveyDate\":\"" + YEAR + "-10-01\","
                    + "\"monthlyIncomePerCapita\":" + (i % 2 == 0 ? 1_000_000 : 6_000_000) + ","
                    + "\"deprivations\":{" + ticks + "}},\"reason\":\"benchmark\",\"decidedOn\":\"" + YEAR
                    + "-12-20\"}";
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/households/"
                    + household + "/decisions")).header("Authorization", "Bearer " + adminToken)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("the rectification answered " + response.statusCode() + ": "
                        + response.body());
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        System.out.printf("%-50s %8.1f %8.1f %8.1f%n", "a decided class rectified (API, figures kept)",
                percentile(millis, 50), percentile(millis, 95), percentile(millis, 99));
    }

    private static double[] raw(Connection c, String[] queries) throws Exception {
        double[] millis = new double[RAW_RUNS];
        for (int i = -1; i < RAW_RUNS; i++) {
            long start = System.nanoTime();
            for (String sql : queries) {
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

    private double[] measure(String path) throws Exception {
        token = token(keycloak, "tinh.hue");
        adminToken = token(keycloak, "admin");
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
