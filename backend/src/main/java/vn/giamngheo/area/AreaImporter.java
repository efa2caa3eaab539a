package vn.giamngheo.area;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.giamngheo.common.text.VietnameseText;

/**
 * Loads the official list of provinces and communes shipped in the application's resources, once:
 * a restart finds the dataset's checksum recorded and does nothing. A changed file updates names
 * in place and never overrides an area type an administrator set for a special zone.
 */
@ApplicationScoped
public class AreaImporter {

    private static final Logger LOG = Logger.getLogger(AreaImporter.class);

    /** The unit list in force since the reform of 1 July 2025. */
    static final String DATASET = "vn_units_2026-07-25";
    static final LocalDate REFORM_DATE = LocalDate.of(2025, 7, 1);
    private static final long ADVISORY_LOCK_KEY = 0x67_6e_61_72_65_61L; // "gnarea"

    private static final String UPSERT = """
            INSERT INTO admin_unit (code, level, unit_type, name, full_name, name_en, full_name_en,
                                    search_name, province_code, area_type, valid_from)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET
                name = excluded.name, full_name = excluded.full_name, name_en = excluded.name_en,
                full_name_en = excluded.full_name_en, search_name = excluded.search_name,
                unit_type = excluded.unit_type, province_code = excluded.province_code
            """;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    AreaDirectory directory;

    @ConfigProperty(name = "giamngheo.areas.special-zone-area-type", defaultValue = "RURAL")
    AreaType specialZoneAreaType;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        importOfficialList();
    }

    /** Imports the bundled list unless this exact file was imported before; returns units written. */
    public int importOfficialList() {
        byte[] content = readResource("areas/" + DATASET + ".json");
        String sha256 = sha256(content);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                lock(connection);
                if (alreadyImported(connection, sha256)) {
                    connection.commit();
                    return 0;
                }
                List<OfficialUnitList.Province> provinces = objectMapper.readValue(content,
                        new TypeReference<List<OfficialUnitList.Province>>() {
                        });
                int written = write(connection, provinces);
                record(connection, sha256, written);
                connection.commit();
                LOG.infof("Loaded %d administrative units from %s", written, DATASET);
                directory.reload();
                return written;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the administrative units", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled unit list is unreadable", e);
        }
    }

    private int write(Connection connection, List<OfficialUnitList.Province> provinces) throws SQLException {
        int count = 0;
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (OfficialUnitList.Province p : provinces) {
                bind(upsert, p.code(), UnitLevel.PROVINCE, OfficialUnitList.provinceType(p.unitShortName()),
                        p.name(), p.fullName(), p.nameEn(), p.fullNameEn(), null, null);
                upsert.addBatch();
                count++;
            }
            upsert.executeBatch();
            for (OfficialUnitList.Province p : provinces) {
                for (OfficialUnitList.Commune c : p.communes()) {
                    UnitType type = OfficialUnitList.communeType(c.unitShortName());
                    bind(upsert, c.code(), UnitLevel.COMMUNE, type, c.name(), c.fullName(), c.nameEn(),
                            c.fullNameEn(), p.code(), areaTypeOf(type));
                    upsert.addBatch();
                    count++;
                }
            }
            upsert.executeBatch();
        }
        return count;
    }

    private AreaType areaTypeOf(UnitType type) {
        return switch (type) {
            case WARD -> AreaType.URBAN;
            case COMMUNE -> AreaType.RURAL;
            case SPECIAL_ZONE -> specialZoneAreaType;
            default -> null;
        };
    }

    private static void bind(PreparedStatement ps, String code, UnitLevel level, UnitType type, String name,
            String fullName, String nameEn, String fullNameEn, String provinceCode, AreaType areaType)
            throws SQLException {
        String cleanName = VietnameseText.clean(name);
        ps.setString(1, code);
        ps.setString(2, level.name());
        ps.setString(3, type.name());
        ps.setString(4, cleanName);
        ps.setString(5, VietnameseText.clean(fullName));
        ps.setString(6, VietnameseText.clean(nameEn));
        ps.setString(7, VietnameseText.clean(fullNameEn));
        ps.setString(8, VietnameseText.fold(cleanName));
        ps.setString(9, provinceCode);
        ps.setString(10, areaType == null ? null : areaType.name());
        ps.setDate(11, Date.valueOf(REFORM_DATE));
    }

    private static void lock(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            ps.setLong(1, ADVISORY_LOCK_KEY);
            ps.execute();
        }
    }

    private static boolean alreadyImported(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT sha256 FROM admin_unit_dataset WHERE name = ?")) {
            ps.setString(1, DATASET);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && sha256.equals(rs.getString(1));
            }
        }
    }

    private static void record(Connection connection, String sha256, int count) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO admin_unit_dataset (name, sha256, unit_count) VALUES (?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET sha256 = excluded.sha256, unit_count = excluded.unit_count,
                                                 imported_at = now()
                """)) {
            ps.setString(1, DATASET);
            ps.setString(2, sha256);
            ps.setInt(3, count);
            ps.executeUpdate();
        }
    }

    private static byte[] readResource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
