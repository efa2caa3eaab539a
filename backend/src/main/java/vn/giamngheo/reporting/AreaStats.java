package vn.giamngheo.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.giamngheo.household.Household;
import vn.giamngheo.household.RecordWritten;

/**
 * Keeps the yearly figures per commune (area_year_stat, area_year_deprivation) current: each record
 * written recomputes its commune's year, in the same transaction (see V10__create_area_stats.sql).
 */
@ApplicationScoped
public class AreaStats {

    void onRecordWritten(@Observes RecordWritten event) {
        Household.getEntityManager().createNativeQuery("SELECT CAST(refresh_area_stats(:c, :y) AS text)")
                .setParameter("c", event.communeCode()).setParameter("y", event.surveyYear()).getResultList();
    }
}
