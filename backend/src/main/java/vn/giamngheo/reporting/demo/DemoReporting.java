package vn.giamngheo.reporting.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * With demo data on ({@code make run}): the seed ward's series of poor households 2016-2021 (domain.md
 * §6; the former Phường Hương Xuân is part of today's Phường Hương Trà) and its 2025 targets, so that
 * the dashboard shows history beside the registry's years. Runs once.
 */
@ApplicationScoped
public class DemoReporting {

    private static final Logger LOG = Logger.getLogger(DemoReporting.class);
    static final String WARD = "19996";
    static final String SOURCE = "Nghị quyết Đảng bộ phường Hương Xuân (nay thuộc phường Hương Trà), 23/05/2022";

    @ConfigProperty(name = "giamngheo.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    AgroalDataSource dataSource;

    void onStart(@Observes @Priority(33) StartupEvent event) throws Exception {
        if (!enabled) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement();
                    ResultSet any = s.executeQuery("SELECT 1 FROM historical_figure LIMIT 1")) {
                if (any.next()) {
                    return;
                }
            }
            Object[][] series = {{2016, 230, "12.04"}, {2017, 193, "10.04"}, {2018, 106, "5.52"}, {2019, 57, "2.9"},
                {2020, 52, "2.61"}, {2021, 82, "4.1"}};
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO historical_figure (unit_code, year, poor,"
                    + " poor_rate, standard, source, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, now(), 'demo')")) {
                for (Object[] y : series) {
                    ps.setString(1, WARD);
                    ps.setInt(2, (int) y[0]);
                    ps.setInt(3, (int) y[1]);
                    ps.setBigDecimal(4, new BigDecimal((String) y[2]));
                    ps.setString(5, (int) y[0] < 2021 ? "Chuẩn nghèo giai đoạn 2016-2020" : "Nghị định 07/2021/NĐ-CP");
                    ps.setString(6, SOURCE);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO poverty_target (id, unit_code, year, indicator,"
                    + " target_value, baseline_year, baseline_value, source, updated_at, updated_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, now(), 'demo')")) {
                target(ps, 2025, "NO_LABOUR_POOR_RATE", "1.7", null, null, "Mục 2.1: hộ nghèo không có khả năng lao "
                        + "động giảm còn 1,7% đến cuối năm 2025");
                target(ps, 2025, "POVERTY_RATE", "2.5", 2021, "4.1", "Mục tiêu giảm nghèo giai đoạn 2021-2025");
                target(ps, 2025, "MERITORIOUS_POOR", "0", null, null, "Không còn hộ người có công thuộc diện hộ nghèo");
                ps.executeBatch();
            }
            LOG.infof("Demo data: the seed ward's 2016-2021 series and 2025 targets for %s", WARD);
        }
    }

    private static void target(PreparedStatement ps, int year, String indicator, String value, Integer baselineYear,
            String baselineValue, String source) throws Exception {
        ps.setObject(1, UUID.randomUUID());
        ps.setString(2, WARD);
        ps.setInt(3, year);
        ps.setString(4, indicator);
        ps.setBigDecimal(5, new BigDecimal(value));
        if (baselineYear == null) {
            ps.setNull(6, java.sql.Types.INTEGER);
        } else {
            ps.setInt(6, baselineYear);
        }
        ps.setBigDecimal(7, baselineValue == null ? null : new BigDecimal(baselineValue));
        ps.setString(8, source);
        ps.addBatch();
    }
}
