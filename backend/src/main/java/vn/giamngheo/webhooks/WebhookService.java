package vn.giamngheo.webhooks;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import vn.giamngheo.changes.ChangeViews.EntityType;
import vn.giamngheo.common.paging.Cursor;
import vn.giamngheo.common.problem.BadRequestException;
import vn.giamngheo.common.problem.BusinessRuleException;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.webhooks.WebhookViews.AttemptView;
import vn.giamngheo.webhooks.WebhookViews.DeliveryPage;
import vn.giamngheo.webhooks.WebhookViews.DeliveryStatus;
import vn.giamngheo.webhooks.WebhookViews.DeliveryView;
import vn.giamngheo.webhooks.WebhookViews.Status;
import vn.giamngheo.webhooks.WebhookViews.SubscriptionPage;
import vn.giamngheo.webhooks.WebhookViews.SubscriptionRequest;
import vn.giamngheo.webhooks.WebhookViews.SubscriptionView;

/**
 * Subscriptions and their deliveries, within the caller's jurisdiction: a subscription belongs to a province,
 * and only a caller whose jurisdiction covers that province sees it (another's answers 404).
 */
@RequestScoped
public class WebhookService {

    private static final String COLUMNS = "s.id, s.province_code, s.url, s.entity_types, s.description, s.status,"
            + " s.paused_reason, s.consecutive_failures, s.last_position, s.created_at, s.created_by";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Jurisdiction jurisdiction;

    @Transactional
    public SubscriptionView create(SubscriptionRequest request) {
        String province = request.provinceCode() != null ? request.provinceCode() : ownProvince();
        jurisdiction.require(province);
        List<EntityType> types = request.entityTypes() == null || request.entityTypes().isEmpty()
                ? List.of(EntityType.values()) : request.entityTypes().stream().distinct().sorted().toList();
        UUID id = UUID.randomUUID();
        String secret = WebhookSignature.newSecret();
        // it starts with the changes made from now on; what came before is read from the feed
        em.createNativeQuery("INSERT INTO webhook_subscription (id, province_code, url, entity_types, description,"
                + " secret, status, last_position, created_at, created_by, updated_at, updated_by)"
                + " VALUES (:id, :province, :url, CAST(:types AS varchar[]), :description, :secret, 'ACTIVE',"
                + " (SELECT last_position FROM change_counter), now(), :by, now(), :by)")
                .setParameter("id", id).setParameter("province", province).setParameter("url", request.url().strip())
                .setParameter("types", types.stream().map(Enum::name).toArray(String[]::new))
                .setParameter("description", request.description()).setParameter("secret", secret)
                .setParameter("by", user.username()).executeUpdate();
        SubscriptionView created = get(id);
        return new SubscriptionView(created.id(), created.provinceCode(), created.url(), created.entityTypes(),
                created.description(), created.status(), created.pausedReason(), created.consecutiveFailures(),
                created.lastPosition(), secret, created.createdAt(), created.createdBy());
    }

    private String ownProvince() {
        List<String> provinces = user.areaCodes().stream().filter(c -> c.length() == 2).toList();
        if (provinces.size() != 1) {
            throw new BusinessRuleException("webhook.province_required",
                    "Say which province the subscription is for (provinceCode)");
        }
        return provinces.get(0);
    }

    @Transactional
    public SubscriptionPage list(String provinceCode, int limit, String after) {
        StringBuilder where = new StringBuilder(" WHERE true");
        if (provinceCode != null) {
            jurisdiction.require(provinceCode);
            where.append(" AND s.province_code = :province");
        }
        if (!user.isNational()) {
            where.append(" AND s.province_code = ANY(CAST(:mine AS varchar[]))");
        }
        if (after != null) {
            where.append(" AND (s.created_at, s.id) > (CAST(:afterAt AS timestamptz), :afterId)");
        }
        var query = em.createNativeQuery("SELECT " + COLUMNS + " FROM webhook_subscription s" + where
                + " ORDER BY s.created_at, s.id LIMIT :limit");
        if (provinceCode != null) {
            query.setParameter("province", provinceCode);
        }
        if (!user.isNational()) {
            query.setParameter("mine", user.areaCodes().stream().filter(c -> c.length() == 2).toArray(String[]::new));
        }
        if (after != null) {
            List<String> key = Cursor.decode(after, 2);
            try {
                query.setParameter("afterAt", key.get(0)).setParameter("afterId", UUID.fromString(key.get(1)));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("paging.invalid_cursor",
                        "The 'after' cursor is not one this API returned; start again without it");
            }
        }
        query.setParameter("limit", limit + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<SubscriptionView> items = rows.stream().limit(limit).map(WebhookService::view).toList();
        String next = rows.size() > limit ? Cursor.encode(items.get(limit - 1).createdAt().toString(),
                items.get(limit - 1).id().toString()) : null;
        return new SubscriptionPage(items, next);
    }

    @Transactional
    public SubscriptionView get(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM webhook_subscription s WHERE s.id = :id")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty() || !jurisdiction.covers((String) rows.get(0)[1])) {
            throw new NotFoundException("webhook_subscription", id);
        }
        return view(rows.get(0));
    }

    @Transactional
    public void delete(UUID id) {
        get(id);
        em.createNativeQuery("DELETE FROM webhook_subscription WHERE id = :id").setParameter("id", id).executeUpdate();
    }

    /** Sends again from where it stopped: the failure count starts over, what waited is due at once. */
    @Transactional
    public SubscriptionView resume(UUID id) {
        get(id);
        em.createNativeQuery("UPDATE webhook_subscription SET status = 'ACTIVE', paused_reason = NULL,"
                + " consecutive_failures = 0, version = version + 1, updated_at = now(), updated_by = :by WHERE id = :id")
                .setParameter("id", id).setParameter("by", user.username()).executeUpdate();
        em.createNativeQuery("UPDATE webhook_delivery SET next_attempt_at = now() WHERE subscription_id = :id"
                + " AND status = 'PENDING'").setParameter("id", id).executeUpdate();
        return get(id);
    }

    @Transactional
    public DeliveryPage deliveries(UUID subscription, DeliveryStatus status, int limit, String after) {
        get(subscription);
        StringBuilder where = new StringBuilder(" WHERE d.subscription_id = :subscription");
        if (status != null) {
            where.append(" AND d.status = :status");
        }
        if (after != null) {
            where.append(" AND d.position < :after");
        }
        var query = em.createNativeQuery("SELECT d.id, d.position, d.event_type, d.status, d.attempts,"
                + " d.next_attempt_at, d.created_at, d.delivered_at FROM webhook_delivery d" + where
                + " ORDER BY d.position DESC LIMIT :limit").setParameter("subscription", subscription);
        if (status != null) {
            query.setParameter("status", status.name());
        }
        if (after != null) {
            try {
                query.setParameter("after", Long.parseLong(Cursor.decode(after, 1).get(0)));
            } catch (NumberFormatException e) {
                throw new BadRequestException("paging.invalid_cursor",
                        "The 'after' cursor is not one this API returned; start again without it");
            }
        }
        query.setParameter("limit", limit + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<DeliveryView> items = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(limit, rows.size()))) {
            items.add(delivery(r));
        }
        String next = rows.size() > limit ? Cursor.encode(Long.toString(items.get(limit - 1).position())) : null;
        return new DeliveryPage(items, next);
    }

    /** Sends a delivery again (a receiver lost it, or it failed for good): a new attempt, due at once. */
    @Transactional
    public DeliveryView redeliver(UUID subscription, UUID delivery) {
        get(subscription);
        int updated = em.createNativeQuery("UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = now()"
                + " WHERE id = :id AND subscription_id = :subscription")
                .setParameter("id", delivery).setParameter("subscription", subscription).executeUpdate();
        if (updated == 0) {
            throw new NotFoundException("webhook_delivery", delivery);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.id, d.position, d.event_type, d.status, d.attempts,"
                + " d.next_attempt_at, d.created_at, d.delivered_at FROM webhook_delivery d WHERE d.id = :id")
                .setParameter("id", delivery).getResultList();
        return delivery(rows.get(0));
    }

    private DeliveryView delivery(Object[] r) {
        UUID id = (UUID) r[0];
        @SuppressWarnings("unchecked")
        List<Object[]> attempts = em.createNativeQuery("SELECT attempted_at, status_code, error, duration_ms"
                + " FROM webhook_attempt WHERE delivery_id = :id ORDER BY id").setParameter("id", id).getResultList();
        return new DeliveryView(id, ((Number) r[1]).longValue(), (String) r[2], DeliveryStatus.valueOf((String) r[3]),
                ((Number) r[4]).intValue(), instant(r[5]), instant(r[6]), instant(r[7]),
                attempts.stream().map(a -> new AttemptView(instant(a[0]),
                        a[1] == null ? null : ((Number) a[1]).intValue(), (String) a[2], ((Number) a[3]).intValue()))
                        .toList());
    }

    static SubscriptionView view(Object[] r) {
        Object types = r[3];
        List<EntityType> entityTypes = (types instanceof String[] names ? Arrays.stream(names)
                : Arrays.stream((Object[]) types).map(Object::toString)).map(EntityType::valueOf).toList();
        return new SubscriptionView((UUID) r[0], (String) r[1], (String) r[2], entityTypes, (String) r[4],
                Status.valueOf((String) r[5]), (String) r[6], ((Number) r[7]).intValue(), ((Number) r[8]).longValue(),
                null, instant(r[9]), (String) r[10]);
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
