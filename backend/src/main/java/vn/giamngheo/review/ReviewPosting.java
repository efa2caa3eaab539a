package vn.giamngheo.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A public posting (niêm yết) of the results, for a number of working days. */
@Entity
@Table(name = "review_posting")
public class ReviewPosting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "working_days")
    public int workingDays;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public int households;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
