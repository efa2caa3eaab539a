package vn.giamngheo.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import vn.giamngheo.reporting.DashboardViews.TargetIndicator;

/** A unit's target for a year (a ward's resolution: poor households without labour capacity down to 1.7 %). */
@Entity
@Table(name = "poverty_target")
public class PovertyTarget extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_code")
    public String unitCode;

    public int year;

    @Enumerated(EnumType.STRING)
    public TargetIndicator indicator;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "baseline_year")
    public Integer baselineYear;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    public String source;

    @Version
    public int version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
