package vn.giamngheo.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.giamngheo.review.ReviewCodes.ComplaintKind;
import vn.giamngheo.review.ReviewCodes.ComplaintOutcome;

/** A complaint about a posted result, re-checked (phúc tra) within a number of working days. */
@Entity
@Table(name = "review_complaint")
public class ReviewComplaint extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "item_id")
    public UUID itemId;

    public String complainant;

    @Enumerated(EnumType.STRING)
    public ComplaintKind kind;

    public String content;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "recheck_due")
    public LocalDate recheckDue;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    @Enumerated(EnumType.STRING)
    public ComplaintOutcome outcome;

    public String resolution;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
