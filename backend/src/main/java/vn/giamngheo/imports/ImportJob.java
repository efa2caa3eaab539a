package vn.giamngheo.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.giamngheo.imports.ImportCodes.FileFormat;
import vn.giamngheo.imports.ImportCodes.Kind;
import vn.giamngheo.imports.ImportCodes.Mode;
import vn.giamngheo.imports.ImportCodes.Phase;

/** An import from upload to commit (V19__create_imports.sql). */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "area_code")
    public String areaCode;

    @Enumerated(EnumType.STRING)
    public Mode mode;

    @Enumerated(EnumType.STRING)
    public Phase phase;

    @Column(name = "file_name")
    public String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_format")
    public FileFormat fileFormat;

    @Column(name = "file_size")
    public long fileSize;

    @Column(name = "file_sha256")
    public String fileSha256;

    @Column(name = "file_path")
    public String filePath;

    @Column(name = "rows_total")
    public Integer rowsTotal;

    @Column(name = "rows_done")
    public int rowsDone;

    @Column(name = "phase_started_at")
    public Instant phaseStartedAt;

    @Column(name = "households_total")
    public Integer householdsTotal;

    @Column(name = "households_new")
    public Integer householdsNew;

    @Column(name = "households_updated")
    public Integer householdsUpdated;

    @Column(name = "households_unchanged")
    public Integer householdsUnchanged;

    @Column(name = "households_rejected")
    public Integer householdsRejected;

    @Column(name = "members_new")
    public Integer membersNew;

    @Column(name = "members_updated")
    public Integer membersUpdated;

    @Column(name = "members_unchanged")
    public Integer membersUnchanged;

    @Column(name = "members_rejected")
    public Integer membersRejected;

    @Column(name = "issue_count")
    public int issueCount;

    @Column(name = "failure_code")
    public String failureCode;

    @Column(name = "failure_message")
    public String failureMessage;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "actor_roles")
    public String[] actorRoles;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "actor_area_codes")
    public String[] actorAreaCodes;

    @Column(name = "lease_owner")
    public String leaseOwner;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    public int version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "committed_at")
    public Instant committedAt;

    @Column(name = "committed_by")
    public String committedBy;

    @Column(name = "undone_at")
    public Instant undoneAt;

    @Column(name = "undone_by")
    public String undoneBy;
}
