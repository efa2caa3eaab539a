package vn.giamngheo.household.demo;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * {@code make demo-data N=1000000}: adds synthetic households of Huế to the database at DB_URL (by
 * default the one {@code make run} uses). Arguments: number of households (or {@code --up-to N}: as
 * many as the registry lacks to hold N), first and last year of records (default 2025 2025, one
 * record each, which is what benchmarks need).
 */
public final class DemoDataCommand {

    private DemoDataCommand() {
    }

    public static void main(String[] args) throws Exception {
        boolean upTo = args.length > 0 && args[0].equals("--up-to");
        int from = upTo ? 1 : 0;
        int households = args.length > from ? Integer.parseInt(args[from].replace("_", "")) : 50_000;
        int firstYear = args.length > from + 1 ? Integer.parseInt(args[from + 1]) : 2025;
        int lastYear = args.length > from + 2 ? Integer.parseInt(args[from + 2]) : firstYear;
        String url = env("DB_URL", "jdbc:postgresql://localhost:" + env("DB_PORT", "5433") + "/giamngheo");
        try (Connection connection = DriverManager.getConnection(url, env("DB_USER", "giamngheo"),
                env("DB_PASSWORD", "giamngheo"))) {
            long before = DemoDataWriter.countHouseholds(connection);
            if (upTo) {
                households = (int) Math.max(0, households - before);
                if (households == 0) {
                    System.out.printf("The registry already holds %,d households%n", before);
                    return;
                }
            }
            long start = System.nanoTime();
            System.out.printf("Adding %,d households of Huế (records %d-%d) to %s, which holds %,d…%n", households,
                    firstYear, lastYear, url, before);
            new DemoDataWriter(connection, DemoHouseholds.SEED + before, java.time.Instant.now()).write(households,
                    DemoHouseholds.SEED + before, firstYear, lastYear,
                    n -> System.out.printf("  %,d households…%n", n));
            System.out.printf("Done in %.1f s; the registry now holds %,d households%n",
                    (System.nanoTime() - start) / 1e9, DemoDataWriter.countHouseholds(connection));
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
