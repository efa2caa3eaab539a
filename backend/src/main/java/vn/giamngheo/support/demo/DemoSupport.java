package vn.giamngheo.support.demo;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.giamngheo.common.text.VietnameseText;
import vn.giamngheo.common.time.AppClock;

/**
 * With demo data on ({@code make run}), sets up the seed district's support work for Xã Nam Đông: the
 * agencies of the 2018 conclusion, three help groups (the extension station took over the lead from
 * the district police), {@code khuyennong.namdong} linked to the extension station, the commune's poor
 * households shared among the groups (near-poor ones left unassigned) and a few plans to deliver.
 * Runs once, after the demo households.
 */
@ApplicationScoped
public class DemoSupport {

    @Inject
    AppClock clock;

    private static final Logger LOG = Logger.getLogger(DemoSupport.class);
    static final String PROVINCE = "46";
    static final String COMMUNE = "20179";

    @ConfigProperty(name = "giamngheo.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    AgroalDataSource dataSource;

    void onStart(@Observes @Priority(32) StartupEvent event) throws Exception {
        if (!enabled) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement(); ResultSet any = s.executeQuery("SELECT 1 FROM support_agency LIMIT 1")) {
                if (any.next()) {
                    return;
                }
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                write(c, clock.today());
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private static void write(Connection c, LocalDate today) throws Exception {
        UUID extension = agency(c, "Trạm Khuyến nông lâm ngư huyện Nam Đông", "PUBLIC_SERVICE_UNIT");
        UUID police = agency(c, "Công an huyện Nam Đông", "ARMED_FORCES_OR_POLICE");
        UUID office = agency(c, "Văn phòng HĐND và UBND huyện Nam Đông", "GOVERNMENT_OFFICE");
        UUID partyOffice = agency(c, "Văn phòng Huyện ủy Nam Đông", "PARTY_OR_MASS_ORGANISATION");
        UUID health = agency(c, "Trung tâm Y tế huyện Nam Đông", "PUBLIC_SERVICE_UNIT");
        UUID military = agency(c, "Ban Chỉ huy Quân sự huyện Nam Đông", "ARMED_FORCES_OR_POLICE");
        agency(c, "Ủy ban MTTQ Việt Nam huyện Nam Đông", "PARTY_OR_MASS_ORGANISATION");

        UUID groupA = group(c, "Nhóm Trạm Khuyến nông lâm ngư", extension, List.of(police));
        UUID groupB = group(c, "Nhóm Văn phòng HĐND và UBND huyện", office, List.of(partyOffice));
        UUID groupC = group(c, "Nhóm Trung tâm Y tế huyện", health, List.of(military));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO help_group_lead_change (id, group_id,"
                + " from_agency_id, to_agency_id, changed_on, reason, changed_at, changed_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, now(), 'demo')")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, groupA);
            ps.setObject(3, police);
            ps.setObject(4, extension);
            ps.setDate(5, Date.valueOf(LocalDate.of(2018, 8, 15)));
            ps.setString(6, "UBND huyện thống nhất chuyển Trạm Khuyến nông lâm ngư huyện làm trưởng Nhóm");
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO support_agency_user (username, agency_id,"
                + " assigned_at, assigned_by) VALUES ('khuyennong.namdong', ?, now(), 'demo')")) {
            ps.setObject(1, extension);
            ps.executeUpdate();
        }

        List<UUID> poor = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM household WHERE commune_code = ?"
                + " AND status = 'ACTIVE' AND latest_class = 'POOR' ORDER BY code")) {
            ps.setString(1, COMMUNE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    poor.add(rs.getObject(1, UUID.class));
                }
            }
        }
        UUID[] groups = {groupA, groupB, groupC};
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO help_group_household (household_id, group_id,"
                + " assigned_on, assigned_at, assigned_by) VALUES (?, ?, ?, now(), 'demo')")) {
            for (int i = 0; i < poor.size(); i++) {
                ps.setObject(1, poor.get(i));
                ps.setObject(2, groups[i % groups.length]);
                ps.setDate(3, Date.valueOf(LocalDate.of(today.getYear(), 1, 15)));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // plans for the extension station's first households: seedlings and, where needed, a latrine
        int plans = 0;
        for (int i = 0; i < poor.size() && plans < 5; i += groups.length) {
            UUID plan = UUID.randomUUID();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO support_plan (id, household_id, group_id, year,"
                    + " escape_year, support_type, created_at, created_by, updated_at, updated_by)"
                    // the support type as PlanService derives it from the latest record's causes
                    + " SELECT ?, h.id, ?, ?, ?, CASE"
                    + "   WHEN coalesce(h.no_labour_capacity, false) OR 'OLD_AGE_OR_LOST_CAPACITY' = ANY(r.causes)"
                    + "     THEN 'OLD_AGE_OR_LOST_CAPACITY'"
                    + "   WHEN 'ILLNESS_OR_ACCIDENT' = ANY(r.causes) THEN 'ILLNESS'"
                    + "   WHEN 'LACK_OF_LAND' = ANY(r.causes) OR 'LACK_OF_LABOUR' = ANY(r.causes) THEN 'OTHER'"
                    + "   ELSE 'LAND_AND_LABOUR' END, now(), 'demo', now(), 'demo'"
                    + " FROM household h LEFT JOIN household_record r ON r.id = h.latest_record_id WHERE h.id = ?")) {
                ps.setObject(1, plan);
                ps.setObject(2, groupA);
                ps.setInt(3, today.getYear());
                ps.setInt(4, today.getYear() + 1);
                ps.setObject(5, poor.get(i));
                ps.executeUpdate();
            }
            item(c, plan, extension, "SEEDLINGS", "Cây keo giống", 200, 1_500_000, today.withDayOfMonth(1), true);
            item(c, plan, extension, "LATRINE", "Hố xí tự hoại", 1, 6_500_000, today.plusDays(10), false);
            plans++;
        }
        LOG.infof("Demo data: 7 helping agencies, 3 help groups for Xã Nam Đông, %d poor households assigned,"
                + " %d plans", poor.size(), plans);
    }

    private static void item(Connection c, UUID plan, UUID agency, String kind, String description, int quantity,
            long value, LocalDate plannedOn, boolean income) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO support_item (id, plan_id, kind_code, agency_id,"
                + " description, quantity, unit, value_vnd, funding_source, planned_on, status, addresses_need,"
                + " discouraged, created_at, created_by, updated_at, updated_by)"
                + " SELECT ?, ?, k.code, ?, ?, ?, k.unit, ?, 'AGENCY_CONTRIBUTIONS', ?, 'PLANNED',"
                + "   ? OR EXISTS (SELECT 1 FROM support_plan p JOIN household h ON h.id = p.household_id"
                + "     WHERE p.id = ? AND h.latest_deprived && k.indicators), false, now(), 'demo', now(), 'demo'"
                + " FROM support_kind k WHERE k.code = ?")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, plan);
            ps.setObject(3, agency);
            ps.setString(4, description);
            ps.setInt(5, quantity);
            ps.setLong(6, value);
            ps.setDate(7, Date.valueOf(plannedOn));
            ps.setBoolean(8, income);
            ps.setObject(9, plan);
            ps.setString(10, kind);
            ps.executeUpdate();
        }
    }

    private static UUID agency(Connection c, String name, String kind) throws Exception {
        UUID id = UUID.randomUUID();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO support_agency (id, name, search_name, kind, level,"
                + " province_code, created_at, created_by, updated_at, updated_by)"
                + " VALUES (?, ?, ?, ?, 'DISTRICT', ?, now(), 'demo', now(), 'demo')")) {
            ps.setObject(1, id);
            ps.setString(2, name);
            ps.setString(3, VietnameseText.fold(name));
            ps.setString(4, kind);
            ps.setString(5, PROVINCE);
            ps.executeUpdate();
        }
        return id;
    }

    private static UUID group(Connection c, String name, UUID lead, List<UUID> members) throws Exception {
        UUID id = UUID.randomUUID();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO help_group (id, name, province_code, lead_agency_id,"
                + " created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, now(), 'demo', now(), 'demo')")) {
            ps.setObject(1, id);
            ps.setString(2, name);
            ps.setString(3, PROVINCE);
            ps.setObject(4, lead);
            ps.executeUpdate();
        }
        List<UUID> all = new ArrayList<>(members);
        all.add(0, lead);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO help_group_agency (group_id, agency_id) VALUES (?, ?)")) {
            for (UUID agency : all) {
                ps.setObject(1, id);
                ps.setObject(2, agency);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO help_group_commune (group_id, commune_code)"
                + " VALUES (?, ?)")) {
            ps.setObject(1, id);
            ps.setString(2, COMMUNE);
            ps.executeUpdate();
        }
        return id;
    }
}
