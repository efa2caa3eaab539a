package vn.giamngheo.reclassification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import vn.giamngheo.household.HouseholdExportBenchmark;
import vn.giamngheo.household.RegistryBenchmark;

/**
 * {@code make bench}: Huế's households re-classified under the other published standard through the API, end to end
 * (request → DONE, polled every 250 ms), with the backend's heap while it runs. The goal is 60 s for 1,000,000
 * households. Not a test: figures depend on the machine. Arguments: the API, Keycloak, the backend's pid file; DB_PORT
 * the bench database (to pick the year with most records and the standard they were not classified with).
 */
public final class ReclassificationBenchmark {

    public static void main(String[] args) throws Exception {
        String api = args[0];
        String token = RegistryBenchmark.token(args[1], "tinh.hue");
        String pid = Files.readString(Path.of(args[2])).strip();
        int year;
        String recordStandard;
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:"
                + System.getenv().getOrDefault("DB_PORT", "15700") + "/giamngheo", "giamngheo", "giamngheo");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT r.survey_year, r.standard_code, count(*) FROM household_record r"
                        + " JOIN household h ON h.id = r.household_id WHERE h.province_code = '46' AND r.current"
                        + " GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1")) {
            rs.next();
            year = rs.getInt(1);
            recordStandard = rs.getString(2);
        }
        String standard = "ND351_2025".equals(recordStandard) ? "ND07_2021" : "ND351_2025";
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newHttpClient();

        System.gc();
        long heapBefore = HouseholdExportBenchmark.heapUsedKb(pid, false);
        AtomicLong peak = new AtomicLong(heapBefore);
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                try {
                    peak.accumulateAndGet(HouseholdExportBenchmark.heapUsedKb(pid, false), Math::max);
                    Thread.sleep(200);
                } catch (Exception e) {
                    return;
                }
            }
        });
        sampler.start();
        long start = System.nanoTime();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/reclassifications"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"provinceCode\":\"46\",\"year\":" + year
                        + ",\"standardCode\":\"" + standard + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 202) {
            throw new IllegalStateException("the request answered " + created.statusCode() + ": " + created.body());
        }
        String id = json.readTree(created.body()).get("id").asText();
        JsonNode job;
        do {
            Thread.sleep(250);
            job = json.readTree(http.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/reclassifications/" + id))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body());
        } while ("QUEUED".equals(job.get("phase").asText()) || "RUNNING".equals(job.get("phase").asText()));
        double seconds = (System.nanoTime() - start) / 1e9;
        done.set(true);
        sampler.join();
        if (!"DONE".equals(job.get("phase").asText())) {
            throw new IllegalStateException("the re-classification ended " + job);
        }
        int households = job.get("householdsTotal").asInt();
        JsonNode comparison = json.readTree(http.send(HttpRequest.newBuilder(URI.create(api
                + "/api/v1/reclassifications/" + id + "/comparison")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        System.out.printf("  %,d households of Huế (%d, records under %s) re-classified under %s: %.1f s end to end,"
                + " %,.0f households/s (goal ≤ 60 s at 1,000,000: %s)%n", households, year, recordStandard, standard,
                seconds, households / seconds, seconds <= 60 * Math.max(1, households / 1_000_000.0) ? "met" : "missed");
        System.out.printf("  %,d moved from their official class, %,d not classifiable; %d communes compared;"
                + " backend heap in use at most +%,d MB%n", job.get("householdsMoved").asInt(),
                job.get("householdsFailed").asInt(), comparison.get("communes").size(),
                (peak.get() - heapBefore) / 1024);
    }
}
