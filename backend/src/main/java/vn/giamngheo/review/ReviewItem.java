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
import java.util.List;
import java.util.UUID;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.review.ReviewCodes.ItemOrigin;
import vn.giamngheo.review.ReviewCodes.ItemState;
import vn.giamngheo.review.ReviewCodes.RequestForm;
import vn.giamngheo.review.ReviewCodes.Transition;

/** A household on a campaign's list and where it stands. */
@Entity
@Table(name = "review_item")
public class ReviewItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "household_id")
    public UUID householdId;

    @Column(name = "village_id")
    public UUID villageId;

    @Enumerated(EnumType.STRING)
    public ItemOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_form")
    public RequestForm requestForm;

    @Column(name = "requested_on")
    public LocalDate requestedOn;

    /** A regular review's request is decided by this day (review rule REGULAR_DECISION). */
    @Column(name = "decide_by")
    public LocalDate decideBy;

    @Column(name = "screening_passed")
    public Boolean screeningPassed;

    @Column(name = "screening_note")
    public String screeningNote;

    @Enumerated(EnumType.STRING)
    public ItemState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_class")
    public HouseholdClass previousClass;

    @Column(name = "record_id")
    public UUID recordId;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_class")
    public HouseholdClass proposedClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_class")
    public HouseholdClass finalClass;

    @Enumerated(EnumType.STRING)
    public Transition transition;

    @Column(name = "excluded_reason")
    public String excludedReason;

    public String note;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public static List<ReviewItem> of(UUID campaignId) {
        return list("campaignId", campaignId);
    }
}
