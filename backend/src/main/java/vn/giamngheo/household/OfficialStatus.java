package vn.giamngheo.household;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.time.AppClock;
import vn.giamngheo.household.HouseholdViews.DecisionView;

/**
 * The official record: a household's class in a year is the one its latest decision in force fixed, and it
 * carries forward until a decision changes it. Decisions are written here (by the review's chairman
 * decision, or an administrator's rectification); the status per household and year, and every figure,
 * follow them in the database (V13__create_official_status.sql, over V11's kept figures).
 */
@ApplicationScoped
@Transactional
public class OfficialStatus {

    private static final Logger LOG = Logger.getLogger(OfficialStatus.class);

    /** What made a decision. */
    public enum DecisionKind {
        PERIODIC, REGULAR, RECTIFICATION, RECORDED
    }

    /** One decision on one household. */
    public record Decision(UUID householdId, int year, LocalDate decidedOn, DecisionKind kind, UUID campaignId,
            String number, UUID recordId, HouseholdClass classification, String transition, String reason) {
    }

    @Inject
    AppClock clock;

    @Inject
    CurrentUser user;

    void onStart(@Observes @Priority(40) StartupEvent event) {
        int year = clock.year();
        if (openYear(year)) {
            LOG.infof("Official figures: year %d opened, every household keeps the class it had", year);
        }
    }

    private static EntityManager em() {
        return Household.getEntityManager();
    }

    /**
     * Opens the official years up to this one: each household counting in a new year keeps its class from the
     * year before. True when a year was opened.
     */
    public boolean openYear(int year) {
        Object opened = em().createNativeQuery("SELECT extend_official_years(:y)").setParameter("y", year)
                .getSingleResult();
        return Boolean.TRUE.equals(opened);
    }

    /** Writes decisions; the status and figures of their households follow in the same transaction. */
    public void decide(List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        em().flush();
        Instant now = clock.now();
        for (Decision d : decisions) {
            em().createNativeQuery("INSERT INTO household_decision (id, household_id, year, decided_on, kind,"
                    + " campaign_id, decision_number, record_id, classification, transition, reason, created_at,"
                    + " created_by) VALUES (:id, :h, :y, :on, :k, :c, :n, :r, :cls, :t, :reason, :at, :by)")
                    .setParameter("id", UUID.randomUUID()).setParameter("h", d.householdId())
                    .setParameter("y", d.year()).setParameter("on", Date.valueOf(d.decidedOn()))
                    .setParameter("k", d.kind().name()).setParameter("c", d.campaignId())
                    .setParameter("n", d.number()).setParameter("r", d.recordId())
                    .setParameter("cls", d.classification().name()).setParameter("t", d.transition())
                    .setParameter("reason", d.reason()).setParameter("at", now).setParameter("by", user.username())
                    .executeUpdate();
        }
    }

    /** Whether a decision fixed this household's class in this year (its records of that year are locked). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean decided(UUID householdId, int year) {
        return ((Number) em().createNativeQuery("SELECT count(*) FROM household_decision"
                + " WHERE household_id = :h AND year = :y").setParameter("h", householdId).setParameter("y", year)
                .getSingleResult()).intValue() > 0;
    }

    /** The class in force for the household in a year (carried forward), or null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public HouseholdClass classIn(UUID householdId, int year) {
        List<?> rows = em().createNativeQuery("SELECT d.classification FROM household_decision d"
                + " WHERE d.household_id = :h AND d.year <= :y"
                + " ORDER BY d.year DESC, d.decided_on DESC, d.created_at DESC, d.id DESC LIMIT 1")
                .setParameter("h", householdId).setParameter("y", year).getResultList();
        return rows.isEmpty() ? null : HouseholdClass.valueOf((String) rows.get(0));
    }

    /** Whether an official class of the household was poor in a year before this one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean everPoorBefore(UUID householdId, int year) {
        return ((Number) em().createNativeQuery("SELECT count(*) FROM household_status"
                + " WHERE household_id = :h AND year < :y AND classification = 'POOR'")
                .setParameter("h", householdId).setParameter("y", year).getSingleResult()).intValue() > 0;
    }

    /** The household's decisions, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<DecisionView> decisionsOf(UUID householdId) {
        List<Object[]> rows = em().createNativeQuery("SELECT d.id, d.year, d.decided_on, d.kind, d.campaign_id,"
                + " d.decision_number, d.record_id, d.classification, d.transition, d.reason, d.created_at, d.created_by"
                + " FROM household_decision d WHERE d.household_id = :h"
                + " ORDER BY d.year DESC, d.decided_on DESC, d.created_at DESC, d.id DESC")
                .setParameter("h", householdId).getResultList();
        return rows.stream().map(r -> new DecisionView((UUID) r[0], ((Number) r[1]).intValue(),
                date(r[2]), DecisionKind.valueOf((String) r[3]), (UUID) r[4], (String) r[5],
                (UUID) r[6], HouseholdClass.valueOf((String) r[7]), (String) r[8], (String) r[9],
                instant(r[10]), (String) r[11])).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
