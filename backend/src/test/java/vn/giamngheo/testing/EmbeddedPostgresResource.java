package vn.giamngheo.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives the test suite a real, empty PostgreSQL 17 on a free port, unless DB_URL points the tests at
 * an external server. Flyway migrates it when the application starts.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres17 postgres;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("DB_URL");
        if (external != null && !external.isBlank()) {
            return Map.of();
        }
        try {
            postgres = EmbeddedPostgres17.start(null, 0);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL for the tests", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedPostgres17.USER,
                "quarkus.datasource.password", EmbeddedPostgres17.PASSWORD);
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (Exception e) {
                // the JVM is ending; nothing useful to do
            }
        }
    }
}
