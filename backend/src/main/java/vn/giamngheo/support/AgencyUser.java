package vn.giamngheo.support;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The agency a user with role support_agency works for. */
@Entity
@Table(name = "support_agency_user")
public class AgencyUser extends PanacheEntityBase {

    @Id
    public String username;

    @Column(name = "agency_id")
    public UUID agencyId;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Column(name = "assigned_by")
    public String assignedBy;
}
