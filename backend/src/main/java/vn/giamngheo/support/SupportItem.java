package vn.giamngheo.support;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.giamngheo.support.SupportCodes.FundingSource;
import vn.giamngheo.support.SupportCodes.ItemStatus;

/** An item of a plan: what, how much, from whom and when. */
@Entity
@Table(name = "support_item")
public class SupportItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "kind_code")
    public String kindCode;

    @Column(name = "agency_id")
    public UUID agencyId;

    public String description;

    public BigDecimal quantity;

    public String unit;

    @Column(name = "value_vnd")
    public long valueVnd;

    @Column(name = "funding_source")
    @Enumerated(EnumType.STRING)
    public FundingSource fundingSource;

    @Column(name = "planned_on")
    public LocalDate plannedOn;

    @Column(name = "delivered_on")
    public LocalDate deliveredOn;

    @Enumerated(EnumType.STRING)
    public ItemStatus status;

    @Column(name = "addresses_need")
    public boolean addressesNeed;

    public boolean discouraged;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
