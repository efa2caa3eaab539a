package vn.giamngheo.household;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.household.HouseholdCodes.CloseReason;
import vn.giamngheo.household.HouseholdCodes.HouseholdStatus;

/** A household of the registry. Never deleted: closed with a reason. */
@Entity
@Table(name = "household")
public class Household extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Unique within the commune, e.g. 20179-00042. */
    public String code;

    @Column(name = "commune_code")
    public String communeCode;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "village_id")
    public UUID villageId;

    public String address;

    public String phone;

    @Column(name = "head_member_id")
    public UUID headMemberId;

    @Enumerated(EnumType.STRING)
    public HouseholdStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    public CloseReason closeReason;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "successor_id")
    public UUID successorId;

    // The latest official status (V13__create_official_status.sql keeps these columns from the decisions;
    // Java reads them and never writes them).
    @Column(name = "latest_year", insertable = false, updatable = false)
    public Integer latestYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "latest_class", insertable = false, updatable = false)
    public HouseholdClass latestClass;

    @Column(name = "latest_standard", insertable = false, updatable = false)
    public String latestStandard;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "latest_deprived", insertable = false, updatable = false)
    public String[] latestDeprived = new String[0];

    @Column(name = "no_labour_capacity", insertable = false, updatable = false)
    public Boolean noLabourCapacity;

    @Column(name = "meritorious_member", insertable = false, updatable = false)
    public Boolean meritoriousMember;

    @Column(name = "ethnic_minority", insertable = false, updatable = false)
    public Boolean ethnicMinority;

    @Column(name = "latest_record_id", insertable = false, updatable = false)
    public UUID latestRecordId;

    @Column(name = "head_name")
    public String headName;

    @Column(name = "search_head_name")
    public String searchHeadName;

    /** Code and active members' names, lower case without diacritics, for search. */
    @Column(name = "search_text")
    public String searchText = "";

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

    public boolean isActive() {
        return status == HouseholdStatus.ACTIVE;
    }
}
