package vn.giamngheo.support;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.giamngheo.support.SupportCodes.FindingOutcome;

/** What an inspector found at a household. */
@Entity
@Table(name = "cross_check_finding")
public class Finding extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "check_id")
    public UUID checkId;

    @Column(name = "household_id")
    public UUID householdId;

    @Column(name = "item_id")
    public UUID itemId;

    @Enumerated(EnumType.STRING)
    public FindingOutcome outcome;

    public String remarks;

    @Column(name = "found_on")
    public LocalDate foundOn;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
