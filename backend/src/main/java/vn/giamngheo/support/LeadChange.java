package vn.giamngheo.support;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A change of a group's lead agency, with the date and the reason. */
@Entity
@Table(name = "help_group_lead_change")
public class LeadChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "group_id")
    public UUID groupId;

    @Column(name = "from_agency_id")
    public UUID fromAgencyId;

    @Column(name = "to_agency_id")
    public UUID toAgencyId;

    @Column(name = "changed_on")
    public LocalDate changedOn;

    public String reason;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "changed_by")
    public String changedBy;
}
