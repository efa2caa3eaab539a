package vn.giamngheo.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A real SMTP server inside the test JVM (not a mock of the mailer): the backend's mailer connects to
 * it over TCP and speaks SMTP; the messages it receives are kept for the tests to read.
 */
public class InProcessSmtp implements QuarkusTestResourceLifecycleManager {

    /** A message as received: the envelope recipients and the raw data (headers and body). */
    public record Message(List<String> recipients, String data) {
    }

    public static final ConcurrentLinkedQueue<Message> RECEIVED = new ConcurrentLinkedQueue<>();

    private ServerSocket server;
    private Thread acceptor;

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        acceptor = new Thread(this::accept, "in-process-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
        // One SMTP session per message and a bounded wait: a pooled connection reused across the test clock's
        // days once hung a send for the mailer's whole default minute (CI, 2026-12-02).
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(server.getLocalPort()),
                "quarkus.mailer.start-tls", "DISABLED", "quarkus.mailer.keep-alive", "false",
                "quarkus.mailer.timeout", "10s", "quarkus.mailer.own-host-name", "localhost",
                "giamngheo.reminders.email", "true");
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread t = new Thread(() -> converse(socket), "in-process-smtp-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void converse(Socket socket) {
        try (socket;
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8));
                OutputStream out = socket.getOutputStream()) {
            reply(out, "220 localhost in-process SMTP");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO" -> reply(out, "250-localhost\r\n250 8BITMIME");
                    case "HELO" -> reply(out, "250 localhost");
                    case "MAIL" -> {
                        recipients = new ArrayList<>();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        recipients.add(line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1"));
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        StringBuilder data = new StringBuilder();
                        String d;
                        while ((d = in.readLine()) != null && !d.equals(".")) {
                            data.append(d.startsWith("..") ? d.substring(1) : d).append('\n');
                        }
                        RECEIVED.add(new Message(List.copyOf(recipients), data.toString()));
                        reply(out, "250 OK queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
