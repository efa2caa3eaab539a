package vn.giamngheo.area;

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

/** A thôn or tổ dân phố, created by its commune's officers (no national list exists). */
@Entity
@Table(name = "village")
public class Village extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "commune_code")
    public String communeCode;

    public String name;

    @Enumerated(EnumType.STRING)
    public VillageKind kind;

    @Column(name = "search_name")
    public String searchName;

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
