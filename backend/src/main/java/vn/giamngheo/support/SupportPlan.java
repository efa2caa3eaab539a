package vn.giamngheo.support;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import vn.giamngheo.support.SupportCodes.SupportType;

/** A household's support plan for a year. */
@Entity
@Table(name = "support_plan")
public class SupportPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "household_id")
    public UUID householdId;

    @Column(name = "group_id")
    public UUID groupId;

    public int year;

    @Column(name = "escape_year")
    public int escapeYear;

    @Column(name = "support_type")
    @Enumerated(EnumType.STRING)
    public SupportType supportType;

    @Version
    public int version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
