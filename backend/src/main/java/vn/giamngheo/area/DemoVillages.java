package vn.giamngheo.area;

import jakarta.inject.Inject;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.giamngheo.common.text.VietnameseText;
import vn.giamngheo.common.time.AppClock;

/**
 * Demo villages for the communes of the dev users, loaded by {@code make run} (DEMO_DATA=true) into a
 * commune that has none yet. Never enabled in production.
 */
@ApplicationScoped
public class DemoVillages {

    @Inject
    AppClock clock;

    private static final Logger LOG = Logger.getLogger(DemoVillages.class);

    private static final Map<String, List<String>> VILLAGES = Map.of(
            "20179", List.of("Thôn Hà An", "Thôn Phú Nam", "Thôn Khe Tre", "Thôn Hương Hữu", "Thôn Thượng Lộ"),
            "19996", List.of("Tổ dân phố 1", "Tổ dân phố 2", "Tổ dân phố 3", "Tổ dân phố Bình Điền"));

    @ConfigProperty(name = "giamngheo.demo-data", defaultValue = "false")
    boolean enabled;

    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (!enabled) {
            return;
        }
        VILLAGES.forEach((commune, names) -> {
            if (Village.count("communeCode", commune) > 0) {
                return;
            }
            for (String name : names) {
                Village v = new Village();
                v.id = UUID.randomUUID();
                v.communeCode = commune;
                v.name = VietnameseText.clean(name);
                v.kind = name.startsWith("Tổ") ? VillageKind.RESIDENTIAL_GROUP : VillageKind.VILLAGE;
                v.searchName = VietnameseText.fold(name);
                v.createdAt = clock.now();
                v.createdBy = "demo-data";
                v.updatedAt = v.createdAt;
                v.updatedBy = v.createdBy;
                v.persist();
            }
            LOG.infof("Demo data: %d villages in commune %s", names.size(), commune);
        });
    }
}
