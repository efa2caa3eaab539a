package vn.giamngheo.common.paging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import java.util.List;
import java.util.function.Function;
import vn.giamngheo.common.text.VietnameseText;

/**
 * Builds a keyset-paginated HQL query over rows sorted by a folded name and a unique id: the
 * filters, the name search without diacritics, the "after this cursor" condition, and one row
 * more than the page to know whether another page follows.
 */
public final class KeysetQuery {

    private final StringBuilder where = new StringBuilder();
    private final Parameters params = new Parameters();
    private final String sortColumn;
    private final String idColumn;

    private KeysetQuery(String sortColumn, String idColumn) {
        this.sortColumn = sortColumn;
        this.idColumn = idColumn;
    }

    /** Rows ordered by {@code sortColumn} (a folded name), then the unique {@code idColumn}. */
    public static KeysetQuery orderedBy(String sortColumn, String idColumn) {
        return new KeysetQuery(sortColumn, idColumn);
    }

    /** Adds a condition with one named parameter. */
    public KeysetQuery where(String condition, String name, Object value) {
        append(condition);
        params.and(name, value);
        return this;
    }

    /** Adds a condition without parameters. */
    public KeysetQuery where(String condition) {
        append(condition);
        return this;
    }

    /** Keeps rows whose folded name contains the folded search text; no-op for a blank search. */
    public KeysetQuery nameContains(String q) {
        String folded = VietnameseText.fold(q);
        if (folded != null && !folded.isEmpty()) {
            where(sortColumn + " like :q escape '\\'", "q", "%" + VietnameseText.likeLiteral(folded) + "%");
        }
        return this;
    }

    /** Starts after the row a cursor names; {@code idParser} turns its id key into the id's type. */
    public KeysetQuery after(String cursor, Function<String, Object> idParser) {
        if (cursor != null) {
            List<String> key = Cursor.decode(cursor, 2);
            Object afterId = idParser.apply(key.get(1));
            append("(" + sortColumn + " > :afterSort or (" + sortColumn + " = :afterSort and " + idColumn
                    + " > :afterId))");
            params.and("afterSort", key.get(0)).and("afterId", afterId);
        }
        return this;
    }

    /**
     * Runs the query on an entity's finder and returns one page: the items mapped to views and the
     * cursor of the next page (null on the last).
     */
    public <E extends PanacheEntityBase, V> Page<V> page(QueryRunner<E> finder, int limit,
            Function<E, String> sortKey, Function<E, Object> idKey, Function<E, V> view) {
        String hql = (where.isEmpty() ? "" : where + " ") + "order by " + sortColumn + ", " + idColumn;
        List<E> rows = finder.find(hql, params).page(0, limit + 1).list();
        List<V> items = rows.stream().limit(limit).map(view).toList();
        String next = null;
        if (rows.size() > limit) {
            E last = rows.get(limit - 1);
            next = Cursor.encode(sortKey.apply(last), String.valueOf(idKey.apply(last)));
        }
        return new Page<>(items, next);
    }

    private void append(String condition) {
        if (!where.isEmpty()) {
            where.append(" and ");
        }
        where.append(condition);
    }

    /** An entity's {@code find(query, params)}, e.g. {@code Village::find}. */
    @FunctionalInterface
    public interface QueryRunner<E extends PanacheEntityBase> {
        PanacheQuery<E> find(String query, Parameters params);
    }

    /** A page of views and the cursor of the next page. */
    public record Page<V>(List<V> items, String nextCursor) {
    }
}
