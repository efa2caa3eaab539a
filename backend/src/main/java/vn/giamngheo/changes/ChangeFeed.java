package vn.giamngheo.changes;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.giamngheo.changes.ChangeViews.ChangePage;
import vn.giamngheo.changes.ChangeViews.ChangeView;
import vn.giamngheo.changes.ChangeViews.EntityType;
import vn.giamngheo.changes.ChangeViews.Operation;
import vn.giamngheo.common.http.EntityTags;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.security.Jurisdiction;

/**
 * Reads the change feed: the committed rows of {@code change_event} (V16__create_change_feed.sql) after a
 * position, within the caller's jurisdiction, in position order. Positions are gap-free and in commit order,
 * so a reader never has to come back for a change that committed late.
 */
@RequestScoped
public class ChangeFeed {

    @Inject
    CurrentUser user;

    @Inject
    Jurisdiction jurisdiction;

    /** A narrowing of the feed the caller asks for (null: the whole jurisdiction). */
    public record Filter(String provinceCode, String communeCode, Set<EntityType> types) {
    }

    @Transactional
    public ChangePage read(long after, int limit, Filter f) {
        StringBuilder where = new StringBuilder(" WHERE e.position > :after");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("after", after);
        if (!user.isNational()) {
            Set<String> codes = user.areaCodes();
            String[] communes = codes.stream().filter(c -> c.length() == 5).toArray(String[]::new);
            String[] provinces = codes.stream().filter(c -> c.length() == 2).toArray(String[]::new);
            if (communes.length == 0) {
                where.append(" AND e.province_code = ANY(CAST(:provinces AS varchar[]))");
            } else if (provinces.length == 0) {
                where.append(" AND e.commune_code = ANY(CAST(:communes AS varchar[]))");
            } else {
                where.append(" AND (e.commune_code = ANY(CAST(:communes AS varchar[]))"
                        + " OR e.province_code = ANY(CAST(:provinces AS varchar[])))");
            }
            if (communes.length > 0) {
                params.put("communes", communes);
            }
            if (provinces.length > 0) {
                params.put("provinces", provinces);
            }
        }
        if (f.provinceCode() != null) {
            jurisdiction.require(f.provinceCode());
            where.append(" AND e.province_code = :province");
            params.put("province", f.provinceCode());
        }
        if (f.communeCode() != null) {
            jurisdiction.require(f.communeCode());
            where.append(" AND e.commune_code = :commune");
            params.put("commune", f.communeCode());
        }
        if (f.types() != null && !f.types().isEmpty()) {
            where.append(" AND e.entity_type = ANY(CAST(:types AS varchar[]))");
            params.put("types", f.types().stream().map(Enum::name).toArray(String[]::new));
        }
        var query = Panache.getEntityManager().createNativeQuery("SELECT " + COLUMNS + " FROM change_event e"
                + where + " ORDER BY e.position LIMIT :limit");
        params.forEach(query::setParameter);
        query.setParameter("limit", limit + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<ChangeView> items = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(limit, rows.size()))) {
            items.add(view(r));
        }
        String next = items.isEmpty() ? Long.toString(after) : Long.toString(items.get(items.size() - 1).position());
        return new ChangePage(items, next, rows.size() > limit);
    }

    /** The columns of change_event that {@link #view} reads, in its order (alias {@code e}). */
    public static final String COLUMNS = "e.position, e.entity_type, e.entity_id, e.household_id, e.commune_code,"
            + " e.operation, e.version, e.changed_at";

    /** A change as the feed and the webhooks show it, from a row of {@link #COLUMNS}. */
    public static ChangeView view(Object[] r) {
        EntityType type = EntityType.valueOf((String) r[1]);
        UUID id = (UUID) r[2];
        UUID household = (UUID) r[3];
        Integer version = r[6] == null ? null : ((Number) r[6]).intValue();
        return new ChangeView(((Number) r[0]).longValue(), type, id, household, (String) r[4],
                Operation.valueOf((String) r[5]), version, version == null ? null : EntityTags.of(version).toString(),
                instant(r[7]), href(type, id, household));
    }

    static String href(EntityType type, UUID id, UUID household) {
        return switch (type) {
            case HOUSEHOLD -> "/api/v1/households/" + id;
            case MEMBER -> "/api/v1/households/" + household;
            case RECORD -> "/api/v1/households/" + household + "/records/" + id;
            case DECISION -> "/api/v1/households/" + household + "/decisions";
            case SUPPORT_PLAN -> "/api/v1/support/plans/" + id;
        };
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
