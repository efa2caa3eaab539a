package vn.giamngheo.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

import org.jboss.logging.Logger;
import vn.giamngheo.common.time.AppClock;

/**
 * Creates the expected submissions: for each active obligation and each of its periods that opens
 * within the next month, one per unit that existed during the period (a commune abolished before, or
 * created after, owes nothing for it). Idempotent.
 */
@ApplicationScoped
public class SubmissionPlanner {

    private static final Logger LOG = Logger.getLogger(SubmissionPlanner.class);

    @Inject
    AppClock clock;

    @Transactional
    public int plan(LocalDate asOf) {
        int created = 0;
        for (Obligation o : Obligation.<Obligation>list("active", true)) {
            created += plan(o, asOf);
        }
        if (created > 0) {
            LOG.infof("Reporting: %d expected submissions created (as of %s)", created, asOf);
        }
        return created;
    }

    /** The expected submissions of one obligation (none when it is inactive). */
    @Transactional
    public int plan(Obligation o, LocalDate asOf) {
        if (!o.active) {
            return 0;
        }
        int created = 0;
        for (int year = asOf.getYear() - 1; year <= asOf.getYear(); year++) {
            for (Periods.Period p : Periods.of(o, year)) {
                if (p.opensOn().isAfter(asOf.plusDays(31))) {
                    continue;
                }
                created += Obligation.getEntityManager().createNativeQuery("INSERT INTO report_submission (id,"
                        + " obligation_code, unit_code, unit_name, province_code, period_start, period_end,"
                        + " period_label, opens_on, due_on, locks_on)"
                        + " SELECT gen_random_uuid(), :code, u.code, u.name, u.province, :start, :end, :label,"
                        + " :opens, :due, :locks FROM (" + units(o) + ") u"
                        + " ON CONFLICT (obligation_code, unit_code, period_start) DO NOTHING")
                        .setParameter("code", o.code).setParameter("start", p.start()).setParameter("end", p.end())
                        .setParameter("label", p.label()).setParameter("opens", p.opensOn())
                        .setParameter("due", p.dueOn()).setParameter("locks", p.locksOn())
                        .executeUpdate();
            }
        }
        return created;
    }

    public int planToday() {
        return plan(clock.today());
    }

    /** The units owing an obligation during a period (:start to :end), in its province if it has one. */
    private static String units(Obligation o) {
        String scope = o.provinceCode == null ? "" : " AND province_code = '" + o.provinceCode.replaceAll("[^0-9]", "")
                + "'";
        return switch (o.ownerLevel) {
            case COMMUNE -> "SELECT code, full_name AS name, province_code AS province FROM admin_unit"
                    + " WHERE level = 'COMMUNE' AND valid_from <= :end AND (valid_to IS NULL OR valid_to >= :start)"
                    + scope;
            case PROVINCE -> "SELECT code, full_name AS name, code AS province FROM admin_unit"
                    + " WHERE level = 'PROVINCE' AND valid_from <= :end AND (valid_to IS NULL OR valid_to >= :start)"
                    + scope.replace("province_code", "code");
            case AGENCY -> "SELECT CAST(id AS varchar) AS code, name, province_code AS province FROM support_agency"
                    + " WHERE CAST(created_at AS date) <= :end" + scope;
            case HELP_GROUP -> "SELECT CAST(id AS varchar) AS code, name, province_code AS province FROM help_group"
                    + " WHERE CAST(created_at AS date) <= :end" + scope;
        };
    }

}
