package vn.giamngheo.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import vn.giamngheo.household.RegistryBenchmark;
import vn.giamngheo.testing.Recount;

/**
 * The backend is killed (SIGKILL) in the middle of an import's commit and started again (issue 14): the job ends
 * fully committed or fully rolled back as its mode says, never half-written, and the registry's kept figures equal
 * a recount. Run by {@code make e2e} against its stack (a real backend process, its PostgreSQL and Keycloak):
 * {@code ImportRestartCheck <api> <keycloak> <backend pid file> <restart command>}; exits 1 on any failure.
 *
 * <p>All or nothing: when the backend dies, none of the file's households is in the registry (the one
 * transaction was rolled back); the next backend takes the job up when its lease runs out and commits it whole.
 * Per household: when the backend dies, each household of the file is either wholly there (with all its members,
 * marked written) or not at all; the next backend writes the rest.
 */
public final class ImportRestartCheck {

    static final String COMMUNE = "20179";
    static final int HOUSEHOLDS = 500;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String api;
    private final String keycloak;
    private final Path pidFile;
    private final String restart;

    ImportRestartCheck(String api, String keycloak, Path pidFile, String restart) {
        this.api = api;
        this.keycloak = keycloak;
        this.pidFile = pidFile;
        this.restart = restart;
    }

    public static void main(String[] args) throws Exception {
        ImportRestartCheck check = new ImportRestartCheck(args[0], args[1], Path.of(args[2]), args[3]);
        try {
            check.run("ALL_OR_NOTHING", "0990");
            check.run("PER_HOUSEHOLD", "0991");
            System.out.println("  ✔ imports survive a killed backend (all or nothing, and per household)");
        } catch (AssertionError e) {
            System.out.println("  ✘ " + e.getMessage());
            System.exit(1);
        }
    }

    void run(String mode, String idPrefix) throws Exception {
        Path file = Files.createTempFile("restart-" + mode, ".csv");
        GeneratedHouseholdFile.Stats stats = GeneratedHouseholdFile.write(file, List.of(COMMUNE), HOUSEHOLDS, idPrefix,
                idPrefix.hashCode());
        String id = upload(file, mode);
        Files.delete(file);
        JsonNode job = await(id, "VALIDATED", 300);
        check(job.path("summary").path("householdsNew").asInt() == HOUSEHOLDS, mode + ": all " + HOUSEHOLDS
                + " households validated as new, got " + job.path("summary"));
        send(HttpRequest.newBuilder(URI.create(api + "/api/v1/imports/" + id + "/commit"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")), 202);
        // wait until the commit has written a good part, then kill the backend
        long end = System.currentTimeMillis() + 300_000;
        while (true) {
            job = read(id);
            check(job.path("phase").asText().equals("COMMITTING"), mode + ": the commit ended before the kill ("
                    + job.path("phase").asText() + "); the file is too small for this machine");
            if (job.path("rowsDone").asInt() > stats.rows() / 5) {
                break;
            }
            check(System.currentTimeMillis() < end, mode + ": the commit made no progress");
            Thread.sleep(100);
        }
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            Thread.sleep(100);
        }
        Thread.sleep(1000); // PostgreSQL notices the dead connections and rolls their transactions back
        System.out.println("  backend killed during the " + mode + " commit at " + job.path("rowsDone").asInt()
                + " of " + stats.rows() + " rows");
        try (Connection c = db()) {
            long present = present(c, idPrefix);
            long written = scalar(c, "SELECT count(*) FROM import_household WHERE job_id = '" + id + "' AND committed");
            if (mode.equals("ALL_OR_NOTHING")) {
                check(present == 0 && written == 0, mode + ": after the kill " + present + " households of the file are in"
                        + " the registry; none may be");
            } else {
                check(present == written && present > 0 && present < HOUSEHOLDS, mode + ": after the kill " + present
                        + " households are in the registry and " + written + " marked written");
                check(scalar(c, "SELECT count(*) FROM household h JOIN household_member m ON m.household_id = h.id"
                        + " JOIN import_household i ON i.household_id = h.id AND i.job_id = '" + id + "' AND i.committed")
                        == scalar(c, "SELECT coalesce(sum(row_count), 0) FROM import_household WHERE job_id = '" + id
                        + "' AND committed"), mode + ": a written household lacks members");
            }
            System.out.println("  after the kill: " + present + " of " + HOUSEHOLDS + " households in the registry");
        }
        Process start = new ProcessBuilder("bash", "-c", restart).inheritIO().start();
        check(start.waitFor() == 0, "the backend did not start again");
        job = await(id, "COMMITTED", 300);
        try (Connection c = db()) {
            long present = present(c, idPrefix);
            check(present == HOUSEHOLDS, mode + ": after the restart " + present + " of " + HOUSEHOLDS
                    + " households are in the registry");
            check(scalar(c, "SELECT count(*) FROM household_member m JOIN household h ON h.id = m.household_id"
                    + " JOIN import_household i ON i.household_id = h.id AND i.job_id = '" + id + "'") == stats.rows(),
                    mode + ": every member of the file is in the registry once");
            check(scalar(c, "SELECT count(*) FROM household_record r JOIN import_household i ON i.household_id ="
                    + " r.household_id AND i.job_id = '" + id + "' WHERE r.survey_year = 2025") == HOUSEHOLDS,
                    mode + ": one 2025 record per household");
            long differences = Recount.differences(c, COMMUNE);
            check(differences == 0, mode + ": " + differences + " rows of kept figures differ from a recount");
        }
        System.out.println("  ✔ " + mode + ": committed whole after the restart; kept figures equal a recount");
    }

    long present(Connection c, String idPrefix) throws Exception {
        return scalar(c, "SELECT count(DISTINCT h.id) FROM household h JOIN household_member m ON m.id = h.head_member_id"
                + " WHERE m.citizen_id LIKE '" + idPrefix + "%'");
    }

    static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }

    static Connection db() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getenv().getOrDefault("DB_PORT",
                "15433") + "/giamngheo", "giamngheo", "giamngheo");
    }

    static long scalar(Connection c, String sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String upload(Path file, String mode) throws Exception {
        String boundary = "----check" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"areaCode\"\r\n\r\n" + COMMUNE + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\n" + mode + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ho.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(api + "/api/v1/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), 202);
        return json.readTree(response.body()).path("id").asText();
    }

    JsonNode read(String id) throws Exception {
        return json.readTree(send(HttpRequest.newBuilder(URI.create(api + "/api/v1/imports/" + id)).GET(), 200).body());
    }

    JsonNode await(String id, String phase, int seconds) throws Exception {
        long end = System.currentTimeMillis() + seconds * 1000L;
        JsonNode job = null;
        while (System.currentTimeMillis() < end) {
            try {
                job = read(id);
                if (job.path("phase").asText().equals(phase)) {
                    return job;
                }
                check(!List.of("FAILED", "CANCELLED").contains(job.path("phase").asText()), "the job " + id + " ended "
                        + job);
            } catch (java.io.IOException e) {
                // the backend is starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the job " + id + " did not reach " + phase + " in " + seconds + " s: " + job);
    }

    HttpResponse<String> send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer "
                + RegistryBenchmark.token(keycloak, "xa.namdong")).build(), HttpResponse.BodyHandlers.ofString());
        check(response.statusCode() == expected, request.build().uri() + " answered " + response.statusCode() + ": "
                + response.body());
        return response;
    }
}
