package vn.giamngheo.common.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One audited action: who did what to which record, field by field. Append-only. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant at;

    public String actor;

    public String action;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public UUID entityId;

    @Column(name = "household_id")
    public UUID householdId;

    @Column(name = "commune_code")
    public String communeCode;

    /** JSON array of {field, before, after}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String changes;
}
