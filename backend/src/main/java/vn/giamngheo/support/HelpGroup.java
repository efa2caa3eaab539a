package vn.giamngheo.support;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A help group (nhóm giúp đỡ): led by one agency, with member agencies, assigned to communes. */
@Entity
@Table(name = "help_group")
public class HelpGroup extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "lead_agency_id")
    public UUID leadAgencyId;

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
