package vn.giamngheo.review.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.giamngheo.common.time.AppClock;

/**
 * With demo data on ({@code make run}), opens this year's periodic review of the dev users' communes
 * (Xã Nam Đông, Phường Hương Trà) with their current poor and near-poor households listed, so that the
 * review board has something to show. The province's due dates are set from today, as a province
 * starting late would set them. Runs after the demo households (priority 30) and only once.
 */
@ApplicationScoped
public class DemoReviews {

    @Inject
    AppClock clock;

    private static final Logger LOG = Logger.getLogger(DemoReviews.class);
    static final List<String> COMMUNES = List.of("20179", "19996");

    @ConfigProperty(name = "giamngheo.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    AgroalDataSource dataSource;

    void onStart(@Observes @Priority(31) StartupEvent event) throws Exception {
        if (!enabled) {
            return;
        }
        LocalDate today = clock.today();
        int year = today.getYear();
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement();
                    ResultSet any = s.executeQuery("SELECT 1 FROM review_campaign LIMIT 1")) {
                if (any.next()) {
                    return;
                }
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                for (String commune : COMMUNES) {
                    open(c, commune, year, today);
                }
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private static void open(Connection c, String commune, int year, LocalDate today) throws Exception {
        UUID id = UUID.randomUUID();
        LocalDate opens = LocalDate.of(year, 9, 1);
        LocalDate decisionDue = today.plusDays(22);
        LocalDate closes = decisionDue.isAfter(LocalDate.of(year, 12, 14)) ? decisionDue : LocalDate.of(year, 12, 14);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_campaign (id, commune_code, province_code,"
                + " kind, year, status, opens_on, closes_on, survey_due, meetings_due, posting_due, opinion_due,"
                + " decision_due, created_at, created_by, updated_at, updated_by)"
                + " SELECT ?, code, province_code, 'PERIODIC', ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, now(), 'demo', now(), 'demo'"
                + " FROM admin_unit WHERE code = ?")) {
            ps.setObject(1, id);
            ps.setInt(2, year);
            ps.setDate(3, Date.valueOf(opens));
            ps.setDate(4, Date.valueOf(closes));
            ps.setDate(5, Date.valueOf(today.plusDays(7)));
            ps.setDate(6, Date.valueOf(today.plusDays(12)));
            ps.setDate(7, Date.valueOf(today.plusDays(16)));
            ps.setDate(8, Date.valueOf(today.plusDays(19)));
            ps.setDate(9, Date.valueOf(decisionDue));
            ps.setString(10, commune);
            if (ps.executeUpdate() == 0) {
                return;
            }
        }
        int listed;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_item (id, campaign_id, household_id,"
                + " village_id, origin, state, previous_class, updated_at, updated_by)"
                + " SELECT gen_random_uuid(), ?, h.id, h.village_id,"
                + " CASE h.latest_class WHEN 'POOR' THEN 'EXISTING_POOR' ELSE 'EXISTING_NEAR_POOR' END,"
                + " 'LISTED', h.latest_class, now(), 'demo'"
                + " FROM household h WHERE h.commune_code = ? AND h.status = 'ACTIVE'"
                + " AND h.latest_class IN ('POOR', 'NEAR_POOR')")) {
            ps.setObject(1, id);
            ps.setString(2, commune);
            listed = ps.executeUpdate();
        }
        LOG.infof("Demo data: periodic review %d of %s opened with %d households listed", year, commune, listed);
    }
}
