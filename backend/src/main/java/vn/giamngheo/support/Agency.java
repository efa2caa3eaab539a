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
import vn.giamngheo.support.SupportCodes.AgencyKind;
import vn.giamngheo.support.SupportCodes.AgencyLevel;

/** A helping agency (cơ quan, đơn vị giúp đỡ). */
@Entity
@Table(name = "support_agency")
public class Agency extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "search_name")
    public String searchName;

    @Enumerated(EnumType.STRING)
    public AgencyKind kind;

    @Enumerated(EnumType.STRING)
    public AgencyLevel level;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;

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
