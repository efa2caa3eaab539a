package vn.giamngheo.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.household.Household;
import vn.giamngheo.reporting.ReportingCodes.OwnerLevel;

/**
 * The figures a submission carries, computed from the registry, the reviews and the support work at
 * the moment it is sent, then frozen with it.
 */
@ApplicationScoped
public class ReportFigures {

    private static EntityManager em() {
        return Household.getEntityManager();
    }

    public Map<String, Object> compute(Obligation o, Submission s) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("content", o.content.name());
        figures.put("unit", s.unitCode);
        figures.put("period", s.periodLabel);
        if (o.ownerLevel == OwnerLevel.COMMUNE || o.ownerLevel == OwnerLevel.PROVINCE) {
            String area = o.ownerLevel == OwnerLevel.COMMUNE ? "h.commune_code = :unit" : "h.province_code = :unit";
            figures.put("households", classes(area, s.unitCode, s.periodStart.getYear()));
        }
        switch (o.content) {
            case REGULAR_REVIEW -> figures.put("regularReview", regularReview(s));
            case PERIODIC_RESULTS -> figures.put("periodicReview", periodicReview(o, s));
            case SUPPORT_RESULTS -> figures.put("support", support(o, s));
            case BRIEFING -> {
                // the registry figures above are the briefing's
            }
        }
        return figures;
    }

    /**
     * Every active household of the unit with its official class of the period's year (the status its latest
     * decision fixed; UNCLASSIFIED for a household no decision has classified yet), with its members now.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> classes(String areaFilter, String unit, int year) {
        List<Object[]> rows = em().createNativeQuery("SELECT coalesce(st.classification, 'UNCLASSIFIED'), count(*),"
                + " coalesce(sum((SELECT count(*) FROM household_member m WHERE m.household_id = h.id"
                + "   AND m.status = 'ACTIVE')), 0)"
                + " FROM household h LEFT JOIN household_status st ON st.household_id = h.id AND st.year = :year"
                + " WHERE h.status = 'ACTIVE' AND " + areaFilter + " GROUP BY 1")
                .setParameter("unit", unit).setParameter("year", year).getResultList();
        Map<String, Object> byClass = new LinkedHashMap<>();
        int households = 0;
        long persons = 0;
        for (Object[] r : rows) {
            byClass.put((String) r[0], Map.of("households", ((Number) r[1]).intValue(), "persons",
                    ((Number) r[2]).longValue()));
            households += ((Number) r[1]).intValue();
            persons += ((Number) r[2]).longValue();
        }
        byClass.put("TOTAL", Map.of("households", households, "persons", persons));
        return byClass;
    }

    /** Requests of the month's regular review and how they were decided. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> regularReview(Submission s) {
        List<Object[]> rows = em().createNativeQuery("SELECT i.state, coalesce(i.transition, ''), count(*)"
                + " FROM review_item i JOIN review_campaign c ON c.id = i.campaign_id"
                + " WHERE c.commune_code = :unit AND c.kind = 'REGULAR' AND c.year = :year AND c.month = :month"
                + " GROUP BY 1, 2").setParameter("unit", s.unitCode).setParameter("year", s.periodStart.getYear())
                .setParameter("month", s.periodStart.getMonthValue()).getResultList();
        Map<String, Integer> states = new LinkedHashMap<>();
        Map<String, Integer> transitions = new LinkedHashMap<>();
        int requests = 0;
        for (Object[] r : rows) {
            int n = ((Number) r[2]).intValue();
            requests += n;
            states.merge((String) r[0], n, Integer::sum);
            if (!((String) r[1]).isEmpty()) {
                transitions.merge((String) r[1], n, Integer::sum);
            }
        }
        return Map.of("requests", requests, "states", states, "transitions", transitions);
    }

    /** The year's periodic reviews of the province's communes: campaigns by status, decided transitions. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> periodicReview(Obligation o, Submission s) {
        List<Object[]> campaigns = em().createNativeQuery("SELECT c.status, count(*) FROM review_campaign c"
                + " WHERE c.province_code = :unit AND c.kind = 'PERIODIC' AND c.year = :year GROUP BY 1")
                .setParameter("unit", s.unitCode).setParameter("year", s.periodStart.getYear()).getResultList();
        List<Object[]> transitions = em().createNativeQuery("SELECT i.transition, count(*) FROM review_item i"
                + " JOIN review_campaign c ON c.id = i.campaign_id WHERE c.province_code = :unit"
                + " AND c.kind = 'PERIODIC' AND c.year = :year AND i.transition IS NOT NULL GROUP BY 1")
                .setParameter("unit", s.unitCode).setParameter("year", s.periodStart.getYear()).getResultList();
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        campaigns.forEach(r -> byStatus.put((String) r[0], ((Number) r[1]).intValue()));
        Map<String, Integer> byTransition = new LinkedHashMap<>();
        transitions.forEach(r -> byTransition.put((String) r[0], ((Number) r[1]).intValue()));
        return Map.of("campaigns", byStatus, "transitions", byTransition, "obligation", o.code);
    }

    /** Plans, items delivered and their value in the year, for an agency, a group or a commune. */
    private static Map<String, Object> support(Obligation o, Submission s) {
        String filter = switch (o.ownerLevel) {
            case AGENCY -> "i.agency_id = CAST(:unit AS uuid)";
            case HELP_GROUP -> "p.group_id = CAST(:unit AS uuid)";
            case COMMUNE -> "h.commune_code = :unit";
            case PROVINCE -> "h.province_code = :unit";
        };
        Object[] r = (Object[]) em().createNativeQuery("SELECT count(DISTINCT p.id),"
                + " count(i.id) FILTER (WHERE i.status = 'DELIVERED'),"
                + " coalesce(sum(i.value_vnd) FILTER (WHERE i.status = 'DELIVERED'), 0)"
                + " FROM support_plan p JOIN household h ON h.id = p.household_id"
                + " LEFT JOIN support_item i ON i.plan_id = p.id"
                + " WHERE p.year = :year AND " + filter)
                .setParameter("unit", s.unitCode).setParameter("year", s.periodStart.getYear()).getSingleResult();
        return Map.of("plans", ((Number) r[0]).intValue(), "itemsDelivered", ((Number) r[1]).intValue(),
                "valueDeliveredVnd", ((Number) r[2]).longValue());
    }
}
