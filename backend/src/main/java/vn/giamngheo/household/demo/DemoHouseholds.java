package vn.giamngheo.household.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.giamngheo.common.time.AppClock;

/**
 * Fills an empty registry with synthetic households of Huế when demo data is on ({@code make run}):
 * 50,000 by default, with records for 2022 to 2025. Never enabled in production.
 */
@ApplicationScoped
public class DemoHouseholds {

    private static final Logger LOG = Logger.getLogger(DemoHouseholds.class);
    static final long SEED = 46_2025L;

    @ConfigProperty(name = "giamngheo.demo-data", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "giamngheo.demo-data.households", defaultValue = "50000")
    int households;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AppClock clock;

    void onStart(@Observes @Priority(30) StartupEvent event) throws Exception {
        if (!enabled || households <= 0) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (DemoDataWriter.countHouseholds(connection) > 0) {
                return;
            }
            long start = System.nanoTime();
            LOG.infof("Demo data: generating %,d households of Huế (records 2022-2025)…", households);
            new DemoDataWriter(connection, SEED, clock.now()).write(households, SEED, 2022, 2025, null);
            LOG.infof("Demo data: %,d households loaded in %.1f s", households, (System.nanoTime() - start) / 1e9);
        }
    }
}
