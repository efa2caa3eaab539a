package vn.giamngheo.household;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code make bench}: a whole province's household list (1,000,000 at the benchmark's size) downloaded as CSV and as
 * XLSX through the API: rows per second, and the backend's heap while it streams (sampled with {@code jstat} every
 * 200 ms: the most in use, and the old generation's most, against both before the download). Not a test: figures depend on the machine.
 * Arguments: the API, Keycloak, the backend's pid file.
 */
public final class HouseholdExportBenchmark {

    public static void main(String[] args) throws Exception {
        String api = args[0];
        String token = RegistryBenchmark.token(args[1], "tinh.hue");
        String pid = Files.readString(Path.of(args[2])).strip();
        for (String format : new String[] {"csv", "xlsx"}) {
            run(api, token, pid, format);
        }
    }

    private static void run(String api, String token, String pid, String format) throws Exception {
        System.gc();
        long before = heapUsedKb(pid, false);
        long oldBefore = heapUsedKb(pid, true);
        AtomicLong peak = new AtomicLong(before);
        AtomicLong oldPeak = new AtomicLong(oldBefore);
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                try {
                    peak.accumulateAndGet(heapUsedKb(pid, false), Math::max);
                    oldPeak.accumulateAndGet(heapUsedKb(pid, true), Math::max);
                    Thread.sleep(200);
                } catch (Exception e) {
                    return;
                }
            }
        });
        sampler.start();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(api + "/api/v1/households/export?provinceCode=46&format=" + format))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(30)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the export answered " + response.statusCode());
        }
        long bytes = 0;
        long rows = 0;
        try (InputStream in = response.body()) {
            if (format.equals("csv")) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
                String line;
                while ((line = reader.readLine()) != null) {
                    bytes += line.length() + 2;
                    rows++;
                }
                rows--; // the header
            } else {
                byte[] buffer = new byte[1 << 16];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    bytes += n;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        done.set(true);
        sampler.join();
        if (format.equals("csv")) {
            System.out.printf("  CSV:  %,d households in %.1f s: %,.0f rows/s, %,.0f MB; backend heap in use at most "
                    + "+%,d MB over %,d MB before, old generation +%,d MB%n", rows, seconds, rows / seconds,
                    bytes / 1e6, (peak.get() - before) / 1024, before / 1024, (oldPeak.get() - oldBefore) / 1024);
            lastRows = rows;
        } else {
            System.out.printf("  XLSX: %,d households in %.1f s: %,.0f rows/s, %,.0f MB; backend heap in use at most "
                    + "+%,d MB over %,d MB before, old generation +%,d MB%n", lastRows, seconds, lastRows / seconds,
                    bytes / 1e6, (peak.get() - before) / 1024, before / 1024, (oldPeak.get() - oldBefore) / 1024);
        }
    }

    private static long lastRows;

    /**
     * Heap in use of the JVM, in KB, as jstat -gc reports it: survivor, eden and old spaces (eden holds garbage not
     * yet collected), or the old generation alone (what survives collections).
     */
    public static long heapUsedKb(String pid, boolean oldOnly) throws Exception {
        Process p = new ProcessBuilder("jstat", "-gc", pid).redirectErrorStream(true).start();
        String[] lines = new String(p.getInputStream().readAllBytes()).strip().split("\n");
        p.waitFor();
        String[] names = lines[0].trim().split("\\s+");
        String[] values = lines[1].trim().split("\\s+");
        double kb = 0;
        for (int i = 0; i < names.length; i++) {
            boolean used = oldOnly ? names[i].equals("OU")
                    : names[i].equals("S0U") || names[i].equals("S1U") || names[i].equals("EU") || names[i].equals("OU");
            if (used) {
                kb += Double.parseDouble(values[i]);
            }
        }
        return (long) kb;
    }
}
