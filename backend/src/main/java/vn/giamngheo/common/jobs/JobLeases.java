package vn.giamngheo.common.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Leases on the rows of a DB-backed job queue (imports, re-classifications): a runner claims the oldest runnable job
 * whose lease ran out ({@code FOR UPDATE SKIP LOCKED}, so two backends never take one job), renews the leases of the
 * jobs it runs, and releases a job when it stops working on it. A backend that dies leaves its leases to run out; the
 * next runner takes the job up. The table needs {@code id uuid, phase, created_at, lease_owner, lease_until}.
 */
@ApplicationScoped
public class JobLeases {

    @Inject
    EntityManager em;

    /**
     * Claims the oldest job of {@code table} in one of {@code phases} (SQL literals, e.g. {@code 'QUEUED'}) that no
     * live lease holds; null when there is none.
     */
    public UUID claim(String table, String phases, String owner, Duration lease) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object> ids = em.createNativeQuery("UPDATE " + table + " SET lease_owner = :owner, lease_until = now()"
                    + " + cast(:lease AS interval) WHERE id = (SELECT id FROM " + table + " WHERE phase IN (" + phases
                    + ") AND (lease_until IS NULL OR lease_until < now()) ORDER BY created_at LIMIT 1"
                    + " FOR UPDATE SKIP LOCKED) RETURNING id").setParameter("owner", owner)
                    .setParameter("lease", interval(lease)).getResultList();
            return ids.isEmpty() ? null : (UUID) ids.get(0);
        });
    }

    /** Renews the leases this owner holds on {@code jobs}. */
    public void renew(String table, Collection<UUID> jobs, String owner, Duration lease) {
        for (UUID job : jobs) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE " + table + " SET lease_until ="
                    + " now() + cast(:lease AS interval) WHERE id = :id AND lease_owner = :owner")
                    .setParameter("lease", interval(lease)).setParameter("id", job).setParameter("owner", owner)
                    .executeUpdate());
        }
    }

    /** Lets the job go (it may be claimed again at once if it is still runnable). */
    public void release(String table, UUID job, String owner) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE " + table + " SET lease_owner = NULL,"
                + " lease_until = NULL WHERE id = :id AND lease_owner = :owner").setParameter("id", job)
                .setParameter("owner", owner).executeUpdate());
    }

    /** A duration as a PostgreSQL interval literal. */
    public static String interval(Duration lease) {
        return lease.toMillis() + " milliseconds";
    }
}
