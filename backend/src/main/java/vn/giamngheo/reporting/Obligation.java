package vn.giamngheo.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.giamngheo.reporting.ReportingCodes.Content;
import vn.giamngheo.reporting.ReportingCodes.DueRule;
import vn.giamngheo.reporting.ReportingCodes.OwnerLevel;
import vn.giamngheo.reporting.ReportingCodes.PeriodType;
import vn.giamngheo.reporting.ReportingCodes.RecipientLevel;

/** A reporting obligation: who owes which report, for which periods, by when. */
@Entity
@Table(name = "report_obligation")
public class Obligation extends PanacheEntityBase {

    @Id
    public String code;

    public String title;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type")
    public PeriodType periodType;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public Integer[] periods = new Integer[0];

    @Enumerated(EnumType.STRING)
    @Column(name = "due_rule")
    public DueRule dueRule;

    @Column(name = "due_day")
    public int dueDay;

    @Column(name = "due_month")
    public Integer dueMonth;

    @Column(name = "opens_days_before_due")
    public int opensDaysBeforeDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_level")
    public OwnerLevel ownerLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_level")
    public RecipientLevel recipientLevel;

    @Enumerated(EnumType.STRING)
    public Content content;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "reminder_offsets")
    public Integer[] reminderOffsets = new Integer[0];

    @Column(name = "lock_days")
    public int lockDays;

    public boolean statutory;

    /** Only this province's units owe it (a local obligation); null: every province. */
    @Column(name = "province_code")
    public String provinceCode;

    public boolean active;

    @Version
    public int version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
