package vn.giamngheo.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 17 run from Maven jars (zonky), with the application's own role and database.
 * Used by the test suite (fresh, on a free port) and by {@code make run} (kept between runs).
 */
public final class EmbeddedPostgres17 implements AutoCloseable {

    public static final String DATABASE = "giamngheo";
    public static final String USER = "giamngheo";
    public static final String PASSWORD = "giamngheo";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgres17(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL.
     *
     * @param dataDirectory where the cluster lives; null for a throw-away one
     * @param port the port to listen on; 0 for a free one
     */
    public static EmbeddedPostgres17 start(Path dataDirectory, int port) throws IOException, SQLException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres17 server = new EmbeddedPostgres17(builder.start());
        server.ensureApplicationDatabase();
        return server;
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    private void ensureApplicationDatabase() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            boolean hasRole;
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'")) {
                hasRole = rs.next();
            }
            if (!hasRole) {
                s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            }
            boolean hasDatabase;
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                hasDatabase = rs.next();
            }
            if (!hasDatabase) {
                s.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER + " ENCODING 'UTF8'");
            }
        }
        // extensions need a superuser; the migrations then find them in place
        try (Connection c = postgres.getDatabase("postgres", DATABASE).getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
