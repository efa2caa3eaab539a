package vn.giamngheo.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.giamngheo.changes.ChangeFeed;
import vn.giamngheo.changes.ChangeViews.ChangeView;

/**
 * Turns the outbox (change_event) into webhook deliveries and sends them. Each tick, every active subscription
 * takes the changes of its province after its cursor as deliveries (in the same transaction as the cursor moves,
 * so none is made twice or skipped); then the due deliveries are claimed (a lease, so two backends never send one
 * at once), sent with a bounded wait, and their attempt recorded. A failure is tried again after a growing wait;
 * after max-attempts the delivery is FAILED (it can be sent again), and a subscription whose attempts keep failing
 * is PAUSED until someone resumes it.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 500;
    private static final int SEND_BATCH = 50;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "giamngheo.webhooks.backoff", defaultValue = "PT10S")
    Duration backoff;

    @ConfigProperty(name = "giamngheo.webhooks.max-backoff", defaultValue = "PT1H")
    Duration maxBackoff;

    @ConfigProperty(name = "giamngheo.webhooks.max-attempts", defaultValue = "10")
    int maxAttempts;

    @ConfigProperty(name = "giamngheo.webhooks.pause-after", defaultValue = "30")
    int pauseAfter;

    @ConfigProperty(name = "giamngheo.webhooks.timeout", defaultValue = "PT10S")
    Duration timeout;

    private volatile HttpClient http;

    @Scheduled(every = "{giamngheo.webhooks.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            enqueue();
            send();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhooks: a dispatch round failed; the next one starts over");
        }
    }

    /** The changes after each active subscription's cursor become its deliveries. */
    void enqueue() {
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> subscriptions = em.createNativeQuery("SELECT id, province_code, entity_types, last_position"
                    + " FROM webhook_subscription WHERE status = 'ACTIVE'"
                    + " AND last_position < (SELECT last_position FROM change_counter)"
                    + " ORDER BY id FOR UPDATE SKIP LOCKED").getResultList();
            for (Object[] s : subscriptions) {
                UUID id = (UUID) s[0];
                Set<String> types = Arrays.stream((Object[]) s[2]).map(Object::toString).collect(Collectors.toSet());
                long last = ((Number) s[3]).longValue();
                @SuppressWarnings("unchecked")
                List<Object[]> changes = em.createNativeQuery("SELECT " + ChangeFeed.COLUMNS + " FROM change_event e"
                        + " WHERE e.province_code = :province AND e.position > :last ORDER BY e.position LIMIT " + BATCH)
                        .setParameter("province", s[1]).setParameter("last", last).getResultList();
                for (Object[] c : changes) {
                    last = ((Number) c[0]).longValue();
                    if (!types.contains((String) c[1])) {
                        continue;
                    }
                    ChangeView change = ChangeFeed.view(c);
                    String type = change.entityType().name().toLowerCase(Locale.ROOT) + "."
                            + change.operation().name().toLowerCase(Locale.ROOT);
                    em.createNativeQuery("INSERT INTO webhook_delivery (id, subscription_id, position, event_type,"
                            + " payload, status, next_attempt_at, created_at) VALUES (:id, :subscription, :position,"
                            + " :type, :payload, 'PENDING', now(), now()) ON CONFLICT DO NOTHING")
                            .setParameter("id", UUID.randomUUID()).setParameter("subscription", id)
                            .setParameter("position", change.position()).setParameter("type", type)
                            .setParameter("payload", payload(type, change)).executeUpdate();
                }
                if (changes.size() < BATCH) {
                    // nothing more of this province yet: the cursor moves to the end of the feed
                    last = Math.max(last, ((Number) em.createNativeQuery("SELECT last_position FROM change_counter")
                            .getSingleResult()).longValue());
                }
                em.createNativeQuery("UPDATE webhook_subscription SET last_position = greatest(last_position, :last)"
                        + " WHERE id = :id").setParameter("last", last).setParameter("id", id).executeUpdate();
            }
        });
    }

    private String payload(String type, ChangeView change) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("timestamp", change.changedAt());
        body.put("data", change);
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Due(UUID id, UUID subscription, String url, String secret, String payload, int attempts) {
    }

    /** Sends what is due, one attempt each. */
    void send() {
        List<Due> due = QuarkusTransaction.requiringNew().call(() -> {
            // a lease: another backend's dispatcher does not take these while this one sends them
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("UPDATE webhook_delivery d"
                    + " SET next_attempt_at = now() + make_interval(secs => :lease)"
                    + " FROM webhook_subscription s WHERE s.id = d.subscription_id AND d.id IN ("
                    + "   SELECT x.id FROM webhook_delivery x JOIN webhook_subscription y ON y.id = x.subscription_id"
                    + "   WHERE x.status = 'PENDING' AND x.next_attempt_at <= now() AND y.status = 'ACTIVE'"
                    + "   ORDER BY x.next_attempt_at, x.position LIMIT " + SEND_BATCH + " FOR UPDATE OF x SKIP LOCKED)"
                    + " RETURNING d.id, d.subscription_id, s.url, s.secret, d.payload, d.attempts")
                    .setParameter("lease", (double) timeout.toSeconds() * 3 + 10).getResultList();
            List<Due> list = new ArrayList<>();
            for (Object[] r : rows) {
                list.add(new Due((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                        ((Number) r[5]).intValue()));
            }
            return list;
        });
        for (Due d : due) {
            attempt(d);
        }
    }

    private void attempt(Due d) {
        long timestamp = Instant.now().getEpochSecond();
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(d.url())).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "GiamNgheo-Webhooks/1")
                    .header("webhook-id", d.id().toString())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(d.secret(), d.id().toString(), timestamp,
                            d.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = client().send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status < 200 || status > 299) {
                error = "answered " + status;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = (e.getClass().getSimpleName() + ": " + (e.getMessage() == null ? "" : e.getMessage()));
        }
        int duration = (int) ((System.nanoTime() - started) / 1_000_000);
        boolean ok = error == null;
        String failure = error == null ? null : error.substring(0, Math.min(500, error.length()));
        Integer code = status;
        int attempts = d.attempts() + 1;
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("INSERT INTO webhook_attempt (delivery_id, attempted_at, status_code, error, duration_ms)"
                    + " VALUES (:id, now(), :status, :error, :duration)").setParameter("id", d.id())
                    .setParameter("status", code).setParameter("error", failure).setParameter("duration", duration)
                    .executeUpdate();
            if (ok) {
                em.createNativeQuery("UPDATE webhook_delivery SET status = 'DELIVERED', attempts = :attempts,"
                        + " next_attempt_at = NULL, delivered_at = now() WHERE id = :id")
                        .setParameter("attempts", attempts).setParameter("id", d.id()).executeUpdate();
                em.createNativeQuery("UPDATE webhook_subscription SET consecutive_failures = 0 WHERE id = :id"
                        + " AND consecutive_failures <> 0").setParameter("id", d.subscription()).executeUpdate();
                return;
            }
            boolean last = attempts >= maxAttempts;
            long wait = Math.min(maxBackoff.toMillis(), backoff.toMillis() << Math.min(20, attempts - 1));
            em.createNativeQuery("UPDATE webhook_delivery SET status = :status, attempts = :attempts,"
                    + " next_attempt_at = CASE WHEN :last THEN NULL ELSE now() + make_interval(secs => :wait) END"
                    + " WHERE id = :id").setParameter("status", last ? "FAILED" : "PENDING")
                    .setParameter("attempts", attempts).setParameter("last", last)
                    .setParameter("wait", wait / 1000.0).setParameter("id", d.id()).executeUpdate();
            em.createNativeQuery("UPDATE webhook_subscription SET consecutive_failures = consecutive_failures + 1,"
                    + " status = CASE WHEN consecutive_failures + 1 >= :pauseAfter THEN 'PAUSED' ELSE status END,"
                    + " paused_reason = CASE WHEN consecutive_failures + 1 >= :pauseAfter"
                    + "   THEN :reason ELSE paused_reason END WHERE id = :id")
                    .setParameter("pauseAfter", pauseAfter)
                    .setParameter("reason", truncate(pauseAfter + " attempts failed in a row; the last: " + failure))
                    .setParameter("id", d.subscription()).executeUpdate();
        });
    }

    private static String truncate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300);
    }

    private HttpClient client() {
        HttpClient c = http;
        if (c == null) {
            c = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
            http = c;
        }
        return c;
    }
}
