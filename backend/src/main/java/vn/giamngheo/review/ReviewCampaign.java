package vn.giamngheo.review;

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
import vn.giamngheo.review.ReviewCodes.CampaignKind;
import vn.giamngheo.review.ReviewCodes.CampaignStatus;

/** A review of one commune: periodic (a year) or regular (a month). */
@Entity
@Table(name = "review_campaign")
public class ReviewCampaign extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "commune_code")
    public String communeCode;

    @Column(name = "province_code")
    public String provinceCode;

    @Enumerated(EnumType.STRING)
    public CampaignKind kind;

    public int year;

    public Integer month;

    @Enumerated(EnumType.STRING)
    public CampaignStatus status;

    @Column(name = "opens_on")
    public LocalDate opensOn;

    @Column(name = "closes_on")
    public LocalDate closesOn;

    @Column(name = "survey_due")
    public LocalDate surveyDue;

    @Column(name = "meetings_due")
    public LocalDate meetingsDue;

    @Column(name = "posting_due")
    public LocalDate postingDue;

    @Column(name = "opinion_due")
    public LocalDate opinionDue;

    @Column(name = "decision_due")
    public LocalDate decisionDue;

    @Column(name = "posting_days")
    public int postingDays;

    @Column(name = "recheck_days")
    public int recheckDays;

    @Column(name = "opinion_by")
    public String opinionBy;

    @Column(name = "opinion_on")
    public LocalDate opinionOn;

    @Column(name = "opinion_text")
    public String opinionText;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_on")
    public LocalDate decisionOn;

    @Column(name = "decided_by")
    public String decidedBy;

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
