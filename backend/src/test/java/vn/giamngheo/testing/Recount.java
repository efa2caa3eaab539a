package vn.giamngheo.testing;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The kept figures of a commune (V11, V13) against a recount from the decisions and records themselves: the rows
 * either gives and the other does not (none when the figures are right).
 */
public final class Recount {

    private Recount() {
    }

    /**
     * Rows of the kept figures of the commune that differ from a recount: each household's latest decision in
     * force in each year (carried forward), computed here from the decisions themselves.
     */
    static String figuresSql(String commune) {
        String recount = "SELECT h.province_code, h.commune_code, coalesce(CAST(h.village_id AS varchar), '—'),"
                + " y.year, f.report, f.classification, f.item, CAST(f.deprived_count AS smallint),"
                + " CAST(count(*) AS integer), CAST(sum(f.amount) AS integer)"
                + " FROM household h" + IN_FORCE + " JOIN household_record r ON r.id = d.record_id"
                + " CROSS JOIN LATERAL record_figures(r) f WHERE h.commune_code = '" + commune + "'"
                + " GROUP BY 1, 2, 3, 4, 5, 6, 7, 8";
        String kept = "SELECT * FROM area_year_figure WHERE commune_code = '" + commune + "'";
        return differenceSql(kept, recount);
    }

    /** For each household and official year, the decision in force (y.year, d.*), active households only. */
    public static final String IN_FORCE = " CROSS JOIN LATERAL generate_series((SELECT min(x.year) FROM household_decision x"
            + "   WHERE x.household_id = h.id), (SELECT last_year FROM official_years)) AS y(year)"
            + " CROSS JOIN LATERAL (SELECT x.* FROM household_decision x WHERE x.household_id = h.id"
            + "   AND x.year <= y.year ORDER BY x.year DESC, x.decided_on DESC, x.created_at DESC LIMIT 1) d"
            + " JOIN household_record dr ON dr.id = d.record_id AND h.status = 'ACTIVE'";

    static String transitionsSql(String commune) {
        String status = "SELECT h.id AS household_id, y.year, d.classification, d.year = y.year AND d.kind <> 'RECORDED'"
                + " AS review_decided, jsonb_array_length(dr.member_facts) AS persons FROM household h" + IN_FORCE
                + " WHERE h.commune_code = '" + commune + "'";
        String recount = "SELECT * FROM (WITH s AS (" + status + ")"
                + " SELECT h.province_code, h.commune_code, coalesce(CAST(h.village_id AS varchar), '—'), y.year,"
                + " coalesce(p.classification, CASE WHEN c.review_decided THEN 'NOT_POOR' ELSE 'NONE' END),"
                + " coalesce(c.classification, 'NONE'),"
                + " EXISTS (SELECT 1 FROM s e WHERE e.household_id = h.id AND e.year < y.year - 1"
                + "   AND e.classification = 'POOR'),"
                + " CAST(count(*) AS integer), CAST(sum(coalesce(p.persons, 0)) AS integer),"
                + " CAST(sum(coalesce(c.persons, 0)) AS integer)"
                + " FROM household h JOIN (SELECT DISTINCT household_id, year FROM s) y ON y.household_id = h.id"
                + " LEFT JOIN s p ON p.household_id = h.id AND p.year = y.year - 1"
                + " LEFT JOIN s c ON c.household_id = h.id AND c.year = y.year"
                + " GROUP BY 1, 2, 3, 4, 5, 6, 7) q";
        String kept = "SELECT province_code, commune_code, village_key, survey_year, before_class, after_class,"
                + " ever_poor_before, households, persons_before, persons_after FROM area_year_transition"
                + " WHERE commune_code = '" + commune + "'";
        return differenceSql(kept, recount);
    }

    /** The rows of either query that the other does not give. */
    @SuppressWarnings("unchecked")
    static List<Object[]> difference(EntityManager em, String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    static String differenceSql(String kept, String recount) {
        return "(" + kept + " EXCEPT " + recount + ") UNION ALL (" + recount + " EXCEPT " + kept + ")";
    }

    /** How many rows of kept figures and transitions of the commune a recount does not give (or the reverse), by JDBC. */
    public static long differences(java.sql.Connection c, String commune) throws java.sql.SQLException {
        long n = 0;
        for (String sql : List.of(figuresSql(commune), transitionsSql(commune))) {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM (" + sql + ") d")) {
                rs.next();
                n += rs.getLong(1);
            }
        }
        return n;
    }

    public static List<Object[]> figuresNotRecounted(EntityManager em, String commune) {
        return difference(em, figuresSql(commune));
    }

    public static List<Object[]> transitionsNotRecounted(EntityManager em, String commune) {
        return difference(em, transitionsSql(commune));
    }
}
