package vn.giamngheo.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import vn.giamngheo.household.HouseholdExportBenchmark;
import vn.giamngheo.household.RegistryBenchmark;

/**
 * An import of a province's generated household file through the API (issue 14): rows per second of staging,
 * validation and commit, beside a raw PostgreSQL COPY of the same file into a table of text columns in the same
 * run, and the backend's heap while it works (jstat). {@code ImportBenchmark <api> <keycloak> <backend pid>};
 * BENCH_IMPORT_HOUSEHOLDS households (default 20,000), DB_PORT the bench database.
 */
public final class ImportBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String api = args[0];
        String keycloak = args[1];
        String pid = Files.readString(Path.of(args[2])).strip();
        int households = Integer.parseInt(System.getenv().getOrDefault("BENCH_IMPORT_HOUSEHOLDS", "20000"));
        List<String> communes = new ArrayList<>();
        try (Connection c = db(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT code FROM admin_unit WHERE province_code = '46'"
                        + " AND level = 'COMMUNE' AND valid_to IS NULL ORDER BY code")) {
            while (rs.next()) {
                communes.add(rs.getString(1));
            }
        }
        Path file = Files.createTempFile("bench-import", ".csv");
        try {
            String prefix = "09" + (System.currentTimeMillis() / 1000 % 90 + 10);
            GeneratedHouseholdFile.Stats stats = GeneratedHouseholdFile.write(file, communes, households, prefix, 7);
            System.out.printf("  file: %,d households, %,d rows, %,.1f MB (CSV)%n", stats.households(), stats.rows(),
                    Files.size(file) / 1e6);
            double copySeconds = rawCopy(file);
            System.out.printf("  raw COPY of the same rows into a table of text columns: %.1f s, %,.0f rows/s%n",
                    copySeconds, stats.rows() / copySeconds);

            long heapBefore = HouseholdExportBenchmark.heapUsedKb(pid, false);
            AtomicLong peak = new AtomicLong(heapBefore);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        peak.accumulateAndGet(HouseholdExportBenchmark.heapUsedKb(pid, false), Math::max);
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        // the next sample
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            String id = upload(api, keycloak, file);
            double uploaded = (System.nanoTime() - start) / 1e9;
            List<String[]> phases = Collections.synchronizedList(new ArrayList<>());
            JsonNode job = follow(api, keycloak, id, "VALIDATED", phases);
            double validatedAt = (System.nanoTime() - start) / 1e9;
            send(api, keycloak, HttpRequest.newBuilder(URI.create(api + "/api/v1/imports/" + id + "/commit"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
            job = follow(api, keycloak, id, "COMMITTED", phases);
            double total = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            System.out.printf("  upload (file sent, job created): %.1f s%n", uploaded);
            for (String[] p : phases) {
                System.out.printf("  %-11s %7.1f s  %,10.0f rows/s%n", p[0], Double.parseDouble(p[1]),
                        stats.rows() / Double.parseDouble(p[1]));
            }
            System.out.printf("  whole import: %.1f s (validated after %.1f s), %,.0f rows/s = %.2f× the raw COPY%n",
                    total, validatedAt, stats.rows() / total, copySeconds / total);
            System.out.printf("  backend heap in use: %,d MB before, at most %,d MB during the import%n",
                    heapBefore / 1024, peak.get() / 1024);
            System.out.println("  summary: " + job.path("summary"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static Connection db() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getenv().getOrDefault("DB_PORT",
                "15700") + "/giamngheo", System.getenv().getOrDefault("DB_USER", "giamngheo"),
                System.getenv().getOrDefault("DB_PASSWORD", "giamngheo"));
    }

    /** The file's rows COPYed as they are into an unlogged table of text columns (dropped afterwards). */
    static double rawCopy(Path file) throws Exception {
        int columns = GeneratedHouseholdFile.HEADER.split(",", -1).length;
        StringBuilder ddl = new StringBuilder("CREATE UNLOGGED TABLE bench_raw_import (");
        for (int i = 0; i < columns; i++) {
            ddl.append(i == 0 ? "" : ", ").append("c").append(i).append(" text");
        }
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_raw_import");
            s.execute(ddl.append(")").toString());
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                in.skipNBytes(3); // the BOM
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_raw_import FROM STDIN (FORMAT csv, HEADER)",
                        in);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            s.execute("DROP TABLE bench_raw_import");
            return seconds;
        }
    }

    static String upload(String api, String keycloak, Path file) throws Exception {
        String boundary = "----bench" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"areaCode\"\r\n\r\n46\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"tinh-hue.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                Collections.enumeration(List.of(new java.io.ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
                        open(file), new java.io.ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8))))));
        HttpResponse<String> r = send(api, keycloak, HttpRequest.newBuilder(URI.create(api + "/api/v1/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body));
        return JSON.readTree(r.body()).path("id").asText();
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Polls the job until {@code phase}, noting how long each phase took. */
    static JsonNode follow(String api, String keycloak, String id, String phase, List<String[]> phases) throws Exception {
        String current = null;
        long since = System.nanoTime();
        while (true) {
            JsonNode job = JSON.readTree(send(api, keycloak, HttpRequest.newBuilder(
                    URI.create(api + "/api/v1/imports/" + id)).GET()).body());
            String now = job.path("phase").asText();
            if (!now.equals(current)) {
                if (current != null && !current.equals("QUEUED") && !current.equals("VALIDATED")) {
                    phases.add(new String[] {current, String.valueOf((System.nanoTime() - since) / 1e9)});
                }
                current = now;
                since = System.nanoTime();
            }
            if (now.equals(phase)) {
                return job;
            }
            if (now.equals("FAILED") || now.equals("CANCELLED")) {
                throw new IllegalStateException("the import ended " + job);
            }
            Thread.sleep(200);
        }
    }

    static HttpResponse<String> send(String api, String keycloak, HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = HTTP.send(request.header("Authorization", "Bearer " + RegistryBenchmark.token(keycloak,
                "tinh.hue")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(request.build().uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r;
    }
}
