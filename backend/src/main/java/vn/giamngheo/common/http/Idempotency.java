package vn.giamngheo.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.giamngheo.common.problem.ProblemResponses;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.time.AppClock;

/**
 * {@code Idempotency-Key} on every POST: the first answer (status, body, Location, ETag) is kept per caller for 24
 * hours, and a retry with the same key and the same method, path and body gets that answer again, marked
 * {@code Idempotency-Replayed: true}, without a second write. The same key with another request is a 422
 * {@code idempotency.key_reused}; a retry while the first is still being answered is a 409
 * {@code idempotency.in_progress}. A server error is not kept, so a retry tries again. Without the header nothing
 * changes. The key is claimed in a transaction of its own before the request is answered (table
 * {@code idempotency_record}, V15).
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";
    static final Duration KEPT = Duration.ofHours(24);
    private static final String CLAIM = Idempotency.class.getName() + ".claim";
    private static final Logger LOG = Logger.getLogger(Idempotency.class);

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper mapper;

    record Claim(String caller, String key) {
    }

    /** Runs after authentication and the role check, on the request's worker thread. */
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Optional<Response> claim(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod()) || user.isAnonymous()) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getPath();
        if (key.isBlank() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            return Optional.of(ProblemResponses.response(400, "idempotency.invalid_key", "An " + HEADER
                    + " is 1 to 255 visible ASCII characters", path, null));
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String hash = sha256(request.getMethod() + " " + path + "\n", body);
        String caller = user.username();
        Instant now = clock.now();
        Object[] kept = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("DELETE FROM idempotency_record WHERE caller = :c AND key = :k AND created_at < :t")
                    .setParameter("c", caller).setParameter("k", key).setParameter("t", now.minus(KEPT)).executeUpdate();
            int claimed = em.createNativeQuery("INSERT INTO idempotency_record (caller, key, request_hash, created_at)"
                    + " VALUES (:c, :k, :h, :t) ON CONFLICT DO NOTHING").setParameter("c", caller).setParameter("k", key)
                    .setParameter("h", hash).setParameter("t", now).executeUpdate();
            if (claimed == 1) {
                return null;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT request_hash, status, content_type, location, etag, body"
                    + " FROM idempotency_record WHERE caller = :c AND key = :k").setParameter("c", caller)
                    .setParameter("k", key).getResultList();
            return rows.isEmpty() ? new Object[] {hash, null} : rows.get(0);
        });
        if (kept == null) {
            request.setProperty(CLAIM, new Claim(caller, key));
            return Optional.empty();
        }
        if (!hash.equals(kept[0])) {
            return Optional.of(ProblemResponses.response(422, "idempotency.key_reused", "This " + HEADER
                    + " was used for another request in the last 24 hours; use a new key for a new request", path,
                    null));
        }
        if (kept[1] == null) {
            return Optional.of(ProblemResponses.response(409, "idempotency.in_progress", "The first request with this "
                    + HEADER + " is still being answered; retry in a moment", path, null));
        }
        Response.ResponseBuilder replay = Response.status(((Number) kept[1]).intValue()).header(REPLAYED, "true");
        if (kept[5] != null) {
            replay.entity(kept[5]).type((String) kept[2]);
        }
        if (kept[3] != null) {
            replay.header(HttpHeaders.LOCATION, kept[3]);
        }
        if (kept[4] != null) {
            replay.header(HttpHeaders.ETAG, kept[4]);
        }
        return Optional.of(replay.build());
    }

    /** Keeps the answer to a claimed key (not a server error: the claim is given up, so a retry tries again). */
    @ServerResponseFilter
    public void keep(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        int status = response.getStatus();
        try {
            if (status >= 500) {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "DELETE FROM idempotency_record WHERE caller = :c AND key = :k AND status IS NULL")
                        .setParameter("c", claim.caller()).setParameter("k", claim.key()).executeUpdate());
                return;
            }
            String body = body(response.getEntity());
            String type = response.getMediaType() == null ? null : response.getMediaType().toString();
            String location = response.getHeaderString(HttpHeaders.LOCATION);
            String etag = response.getHeaderString(HttpHeaders.ETAG);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE idempotency_record SET status = :s,"
                    + " content_type = :t, location = :l, etag = :e, body = :b WHERE caller = :c AND key = :k")
                    .setParameter("s", status).setParameter("t", type).setParameter("l", location)
                    .setParameter("e", etag).setParameter("b", body).setParameter("c", claim.caller())
                    .setParameter("k", claim.key()).executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf("Idempotency: the answer to key %s of %s was not kept (%s)", claim.key(), claim.caller(), e);
        }
    }

    private String body(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof String s) {
            return s;
        }
        if (entity instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        try {
            return mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets answers older than 24 hours, every hour. */
    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forget() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM idempotency_record WHERE created_at < :t").setParameter("t", clock.now().minus(KEPT))
                .executeUpdate());
    }

    private static String sha256(String head, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(head.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
