package vn.giamngheo.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A village meeting (họp dân) that confirms — or not — the village's survey results. */
@Entity
@Table(name = "review_meeting")
public class ReviewMeeting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "village_id")
    public UUID villageId;

    @Column(name = "held_on")
    public LocalDate heldOn;

    public String chair;

    public int attendees;

    public int agreeing;

    /** At least half of the attendees agreed. */
    public boolean passed;

    @Column(name = "minutes_name")
    public String minutesName;

    @Basic(fetch = FetchType.LAZY)
    public byte[] minutes;

    /** Households whose results the meeting considered. */
    public int households;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
