package vn.giamngheo.support;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.giamngheo.support.SupportCodes.CrossCheckMode;

/** A group inspecting another group's support work. */
@Entity
@Table(name = "cross_check")
public class CrossCheck extends PanacheEntityBase {

    @Id
    public UUID id;

    public int year;

    @Enumerated(EnumType.STRING)
    public CrossCheckMode mode;

    @Column(name = "inspector_group_id")
    public UUID inspectorGroupId;

    @Column(name = "inspected_group_id")
    public UUID inspectedGroupId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
