package vn.giamngheo.area;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.giamngheo.common.security.AreaHierarchy;

/**
 * The unit hierarchy held in memory (a few thousand codes): every jurisdiction check asks it which
 * province a commune belongs to, so it must not cost a query. Reloaded after each unit import.
 */
@ApplicationScoped
public class AreaDirectory implements AreaHierarchy {

    @Inject
    AgroalDataSource dataSource;

    private volatile Map<String, String> provinceByCommune;

    @Override
    public Optional<String> provinceOf(String unitCode) {
        if (unitCode == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(communes().get(unitCode));
    }

    void reload() {
        provinceByCommune = load();
    }

    private Map<String, String> communes() {
        Map<String, String> current = provinceByCommune;
        if (current == null) {
            synchronized (this) {
                if (provinceByCommune == null) {
                    provinceByCommune = load();
                }
                current = provinceByCommune;
            }
        }
        return current;
    }

    private Map<String, String> load() {
        Map<String, String> map = new HashMap<>(4096);
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT code, province_code FROM admin_unit WHERE province_code IS NOT NULL")) {
            while (rs.next()) {
                map.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the administrative units", e);
        }
        return Map.copyOf(map);
    }
}
