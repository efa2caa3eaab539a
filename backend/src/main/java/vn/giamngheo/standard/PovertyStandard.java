package vn.giamngheo.standard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored poverty standard: its JSON definition and its life cycle. */
@Entity
@Table(name = "poverty_standard")
public class PovertyStandard extends PanacheEntityBase {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    public StandardStatus status;

    @Column(name = "year_from")
    public int yearFrom;

    @Column(name = "year_to")
    public int yearTo;

    /** The definition as JSON (a {@code StandardDefinition}). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String definition;

    @Column(name = "based_on")
    public String basedOn;

    @Version
    public int version;

    @Column(name = "in_use_since")
    public Instant inUseSince;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "retired_at")
    public Instant retiredAt;

    @Column(name = "retired_by")
    public String retiredBy;

    /** The published standard that governs a review year, if any. */
    public static Optional<PovertyStandard> governing(int year) {
        return find("status = ?1 and yearFrom <= ?2 and yearTo >= ?2", StandardStatus.PUBLISHED, year)
                .firstResultOptional();
    }

    public static List<PovertyStandard> listByYears() {
        return list("order by yearFrom desc, code");
    }
}
