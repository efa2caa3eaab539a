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
import java.time.LocalDate;
import java.util.UUID;
import vn.giamngheo.reporting.ReportingCodes.State;
import vn.giamngheo.reporting.ReportingCodes.Status;

/** What a unit owes for one period of an obligation, and where it stands. */
@Entity
@Table(name = "report_submission")
public class Submission extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "obligation_code")
    public String obligationCode;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "unit_name")
    public String unitName;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "period_label")
    public String periodLabel;

    @Column(name = "opens_on")
    public LocalDate opensOn;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "locks_on")
    public LocalDate locksOn;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "first_submitted_on")
    public LocalDate firstSubmittedOn;

    public Boolean late;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "returned_reason")
    public String returnedReason;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Column(name = "returned_by")
    public String returnedBy;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "reopened_until")
    public LocalDate reopenedUntil;

    @Column(name = "reopened_by")
    public String reopenedBy;

    public int versions;

    @Version
    public int version;

    /** Where it stands today. */
    public State state(LocalDate today) {
        return switch (status) {
            case PENDING -> today.isBefore(opensOn) ? State.NOT_YET_DUE
                    : today.isAfter(dueOn) ? State.OVERDUE : State.OPEN;
            case SUBMITTED -> Boolean.TRUE.equals(late) ? State.SUBMITTED_LATE : State.SUBMITTED_ON_TIME;
            case RETURNED -> State.RETURNED;
            case ACCEPTED -> State.ACCEPTED;
        };
    }

    /** The same rule in SQL, for lists and filters. */
    static final String STATE_SQL = "CASE WHEN s.status = 'PENDING' AND :today < s.opens_on THEN 'NOT_YET_DUE'"
            + " WHEN s.status = 'PENDING' AND :today <= s.due_on THEN 'OPEN'"
            + " WHEN s.status = 'PENDING' THEN 'OVERDUE'"
            + " WHEN s.status = 'SUBMITTED' AND s.late THEN 'SUBMITTED_LATE'"
            + " WHEN s.status = 'SUBMITTED' THEN 'SUBMITTED_ON_TIME'"
            + " ELSE s.status END";
}
