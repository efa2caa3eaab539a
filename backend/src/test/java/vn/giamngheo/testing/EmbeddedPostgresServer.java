package vn.giamngheo.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded PostgreSQL 17 as a long-lived server for {@code make run}:
 * {@code EmbeddedPostgresServer <data-directory> <port>}. Data stays in the directory between runs;
 * the server stops on SIGINT/SIGTERM.
 */
public final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: EmbeddedPostgresServer <data-directory> <port>");
            System.exit(2);
        }
        Path data = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(data);
        int port = Integer.parseInt(args[1]);
        EmbeddedPostgres17 server = EmbeddedPostgres17.start(data, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }));
        System.out.println("PostgreSQL 17 ready on " + server.jdbcUrl() + " (data in " + data + ")");
        stopped.await();
    }
}
