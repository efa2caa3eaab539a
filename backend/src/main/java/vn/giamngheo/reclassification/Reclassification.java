package vn.giamngheo.reclassification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A province's households re-classified under another standard, as a what-if (V21__create_reclassifications.sql). */
@Entity
@Table(name = "reclassification")
public class Reclassification extends PanacheEntityBase {

    @Schema(name = "ReclassificationPhase", description = "QUEUED → RUNNING (every household of the province with a "
            + "record of the year classified under the standard) → DONE; FAILED: see failure")
    public enum Phase {
        QUEUED, RUNNING, DONE, FAILED;

        public boolean running() {
            return this == QUEUED || this == RUNNING;
        }
    }

    @Id
    public UUID id;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "survey_year")
    public int surveyYear;

    @Column(name = "standard_code")
    public String standardCode;

    @Enumerated(EnumType.STRING)
    public Phase phase;

    @Column(name = "households_total")
    public Integer householdsTotal;

    @Column(name = "households_done")
    public int householdsDone;

    @Column(name = "households_failed")
    public int householdsFailed;

    @Column(name = "households_moved")
    public Integer householdsMoved;

    @Column(name = "failure_code")
    public String failureCode;

    @Column(name = "failure_message")
    public String failureMessage;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
