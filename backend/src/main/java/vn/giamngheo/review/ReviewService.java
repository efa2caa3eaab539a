package vn.giamngheo.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.area.AreaService;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.common.audit.AuditLog;
import vn.giamngheo.common.audit.AuditLog.Changes;
import vn.giamngheo.common.http.EntityTags;
import vn.giamngheo.common.problem.BusinessRuleException;
import vn.giamngheo.common.problem.ConflictException;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.problem.Problem;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.household.Household;
import vn.giamngheo.household.HouseholdCodes.HouseholdStatus;
import vn.giamngheo.household.HouseholdRecord;
import vn.giamngheo.household.HouseholdService;
import vn.giamngheo.household.RecordService;
import vn.giamngheo.household.HouseholdViews.RecordRequest;
import vn.giamngheo.review.ReviewCodes.CampaignKind;
import vn.giamngheo.review.ReviewCodes.CampaignStatus;
import vn.giamngheo.review.ReviewCodes.ComplaintOutcome;
import vn.giamngheo.review.ReviewCodes.ItemOrigin;
import vn.giamngheo.review.ReviewCodes.ItemState;
import vn.giamngheo.review.ReviewCodes.RequestForm;
import vn.giamngheo.review.ReviewCodes.Step;
import vn.giamngheo.review.ReviewCodes.Transition;
import vn.giamngheo.review.ReviewViews.ApplicantRequest;
import vn.giamngheo.review.ReviewViews.ComplaintRequest;
import vn.giamngheo.review.ReviewViews.CreateCampaignRequest;
import vn.giamngheo.review.ReviewViews.DeadlinesRequest;
import vn.giamngheo.review.ReviewViews.MeetingRequest;
import vn.giamngheo.common.time.AppClock;
import vn.giamngheo.common.time.DateRules;
import vn.giamngheo.household.OfficialStatus;

/**
 * The review procedure, step by step, with guards that refuse the wrong order: listing, survey
 * (a yearly record computed by the classifier), village meetings (the result stands only when at
 * least half the attendees agree), public posting, complaints and their re-check, the opinion of
 * the level above and the chairman's decision. Nothing is decided while a listed household lacks a
 * result or a recorded reason. Every change is audited.
 *
 * <p>Dates of what already happened (a request, a meeting, a complaint and its resolution, the opinion,
 * the decision) are never after today in Vietnam ({@code review.date_in_future}) nor before what they
 * belong to existed ({@code review.date_before_start}): a request not before its commune's valid_from, a
 * meeting or a posting not before the campaign opened (opens_on: 1 September, or the 15th of the month),
 * a complaint not before the results were first posted, a resolution not before its complaint.
 */
@ApplicationScoped
@Transactional
public class ReviewService {

    @Inject
    AppClock clock;

    @Inject
    OfficialStatus official;

    /** States that still need work before a decision: the gaps. */
    static final Set<ItemState> OPEN_STATES = EnumSet.of(ItemState.LISTED, ItemState.SURVEYED,
            ItemState.MEETING_PASSED, ItemState.UNDER_RECHECK);
    /** States that end an item without a class: they carry a recorded reason. */
    static final Set<ItemState> WITH_REASON = EnumSet.of(ItemState.SCREENED_OUT, ItemState.EXCLUDED);

    /*
     * A regular round's step due dates, in working days after its opening on the 15th. The law fixes only
     * the decision's limit (review rule REGULAR_DECISION); these are the application's default rhythm, which
     * a province may change (setDeadlines): the survey within 3 working days, the meetings within 5, the
     * posting over after its own days (3 by default), the opinion the working day after. None is due after
     * the decision.
     */
    static final int REGULAR_SURVEY_WORKING_DAYS = 3;
    static final int REGULAR_MEETINGS_WORKING_DAYS = 5;

    @Inject
    AreaService areas;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    HouseholdService households;

    @Inject
    RecordService records;

    @Inject
    WorkingDays workingDays;

    // ------------------------------------------------------------------ access

    /** The campaign, if it exists and its commune lies in the caller's jurisdiction; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReviewCampaign visible(UUID id) {
        ReviewCampaign campaign = id == null ? null : ReviewCampaign.findById(id);
        if (campaign == null || !jurisdiction.covers(campaign.communeCode)) {
            throw new NotFoundException("campaign", id);
        }
        return campaign;
    }

    private ReviewCampaign forChange(UUID id) {
        ReviewCampaign campaign = visible(id);
        ReviewCampaign.getEntityManager().lock(campaign, LockModeType.PESSIMISTIC_WRITE);
        if (campaign.status == CampaignStatus.DECIDED) {
            throw new ConflictException("review.decided", "The campaign is decided; nothing in it changes any more");
        }
        return campaign;
    }

    private ReviewItem item(ReviewCampaign campaign, UUID itemId) {
        ReviewItem item = itemId == null ? null : ReviewItem.findById(itemId);
        if (item == null || !item.campaignId.equals(campaign.id)) {
            throw new NotFoundException("review_item", itemId);
        }
        return item;
    }

    // ------------------------------------------------------------------ listing

    /**
     * Opens a campaign. A periodic one lists every active household that is poor or near-poor now;
     * a regular one starts empty and receives requests. A regular round's decision is due at the limit
     * of review rule REGULAR_DECISION from its 15th, and its steps on working days before it.
     */
    public ReviewCampaign create(CreateCampaignRequest r) {
        AdminUnit commune = areas.requireCommune(r.communeCode());
        jurisdiction.require(commune.code);
        boolean periodic = r.kind() == CampaignKind.PERIODIC;
        if (!periodic && r.month() == null) {
            throw new BusinessRuleException("review.month_required", "A regular review is for a month");
        }
        long existing = periodic
                ? ReviewCampaign.count("communeCode = ?1 and kind = ?2 and year = ?3", commune.code, r.kind(), r.year())
                : ReviewCampaign.count("communeCode = ?1 and kind = ?2 and year = ?3 and month = ?4", commune.code,
                        r.kind(), r.year(), r.month());
        if (existing > 0) {
            throw new ConflictException("review.duplicate_campaign", "The commune already has this campaign");
        }
        ReviewCampaign c = new ReviewCampaign();
        c.id = UUID.randomUUID();
        c.communeCode = commune.code;
        c.provinceCode = commune.provinceCode;
        c.kind = r.kind();
        c.year = r.year();
        c.month = periodic ? null : r.month();
        c.status = CampaignStatus.OPEN;
        c.postingDays = 3;
        c.recheckDays = 3;
        if (periodic) {
            c.opensOn = LocalDate.of(r.year(), 9, 1);
            c.closesOn = LocalDate.of(r.year(), 12, 14);
            c.surveyDue = LocalDate.of(r.year(), 10, 15);
            c.meetingsDue = LocalDate.of(r.year(), 10, 31);
            c.postingDue = LocalDate.of(r.year(), 11, 10);
            c.opinionDue = LocalDate.of(r.year(), 11, 30);
            c.decisionDue = c.closesOn;
        } else {
            c.opensOn = LocalDate.of(r.year(), r.month(), 15);
            c.decisionDue = decisionLimit(c.opensOn);
            c.closesOn = c.decisionDue;
            int posted = REGULAR_MEETINGS_WORKING_DAYS + c.postingDays;
            c.surveyDue = stepDue(c, REGULAR_SURVEY_WORKING_DAYS);
            c.meetingsDue = stepDue(c, REGULAR_MEETINGS_WORKING_DAYS);
            c.postingDue = stepDue(c, posted);
            c.opinionDue = stepDue(c, posted + 1);
        }
        requireValidThroughout(commune, c.opensOn, c.closesOn);
        stamp(c, true);
        c.persist();
        // the year's official figures exist from its review on (each household keeps its class until decided)
        official.openYear(c.year);
        int listed = 0;
        if (periodic) {
            List<Household> current = Household.list(
                    "communeCode = ?1 and status = ?2 and latestClass in ?3 order by code", commune.code,
                    HouseholdStatus.ACTIVE, List.of(HouseholdClass.POOR, HouseholdClass.NEAR_POOR));
            for (Household h : current) {
                newItem(c, h, h.latestClass == HouseholdClass.POOR ? ItemOrigin.EXISTING_POOR
                        : ItemOrigin.EXISTING_NEAR_POOR);
                listed++;
            }
        }
        audit.record("review.campaign_opened", "review_campaign", c.id, null, c.communeCode, new Changes()
                .field("kind", null, c.kind).field("year", null, c.year).field("month", null, c.month)
                .field("listed", null, listed).list());
        return c;
    }

    public ReviewCampaign setDeadlines(UUID campaignId, String ifMatch, DeadlinesRequest r) {
        ReviewCampaign c = forChange(campaignId);
        EntityTags.requireMatch(ifMatch, c.version);
        List<LocalDate> dues = List.of(r.surveyDue(), r.meetingsDue(), r.postingDue(), r.opinionDue(), r.decisionDue());
        for (int k = 1; k < dues.size(); k++) {
            if (dues.get(k).isBefore(dues.get(k - 1))) {
                throw new BusinessRuleException("review.deadlines_out_of_order",
                        "Each step is due on or after the one before it: survey, meetings, posting, opinion, decision");
            }
        }
        if (c.kind == CampaignKind.REGULAR) {
            requireWorkingDays(dues);
            LocalDate latest = latestRequestLimit(c);
            if (latest != null && r.decisionDue().isBefore(latest)) {
                throw new BusinessRuleException("review.decision_due_before_request_limit",
                        "A request of the round is to be decided by " + latest + "; the decision cannot be due before");
            }
        }
        Changes changes = new Changes().field("surveyDue", c.surveyDue, r.surveyDue())
                .field("meetingsDue", c.meetingsDue, r.meetingsDue()).field("postingDue", c.postingDue, r.postingDue())
                .field("opinionDue", c.opinionDue, r.opinionDue()).field("decisionDue", c.decisionDue, r.decisionDue());
        c.surveyDue = r.surveyDue();
        c.meetingsDue = r.meetingsDue();
        c.postingDue = r.postingDue();
        c.opinionDue = r.opinionDue();
        c.decisionDue = r.decisionDue();
        if (r.postingDays() != null) {
            changes.field("postingDays", c.postingDays, r.postingDays());
            c.postingDays = r.postingDays();
        }
        if (r.recheckDays() != null) {
            changes.field("recheckDays", c.recheckDays, r.recheckDays());
            c.recheckDays = r.recheckDays();
        }
        stamp(c, false);
        audit.record("review.deadlines_set", "review_campaign", c.id, null, c.communeCode, changes.list());
        return c;
    }

    /** A household that filed Mẫu 01 or Mẫu 04, with the result of its quick screen (Phiếu A). */
    public ReviewItem addApplicant(UUID campaignId, ApplicantRequest r) {
        ReviewCampaign c = forChange(campaignId);
        requireStatus(c, CampaignStatus.OPEN);
        Household h = households.visible(r.householdId());
        if (!h.communeCode.equals(c.communeCode) || !h.isActive()) {
            throw new BusinessRuleException("review.household_not_in_commune",
                    "Only active households of the campaign's commune can be listed");
        }
        if (ReviewItem.count("campaignId = ?1 and householdId = ?2", c.id, h.id) > 0) {
            throw new ConflictException("review.already_listed", "Household " + h.code + " is already on the list");
        }
        DateRules.notInFuture("review.date_in_future", r.requestedOn(), clock.today(), "The request");
        // filed with the commune's People's Committee: not before the commune existed (households may
        // apply before the campaign opens; they are reviewed in it)
        AdminUnit commune = AdminUnit.findById(c.communeCode);
        DateRules.notBefore("review.date_before_start", r.requestedOn(), commune.validFrom, "The request",
                "the commune existed");
        ReviewItem item = newItem(c, h, r.form() == RequestForm.MAU_04 ? ItemOrigin.REQUEST_EXIT
                : ItemOrigin.REQUEST_REVIEW);
        item.requestForm = r.form();
        item.requestedOn = r.requestedOn();
        // a request of the regular review is decided within the rule's days from the start of the review,
        // or from its filing when it came after the review started
        item.decideBy = c.kind == CampaignKind.REGULAR
                ? decisionLimit(r.requestedOn().isAfter(c.opensOn) ? r.requestedOn() : c.opensOn) : null;
        if (item.decideBy != null && item.decideBy.isAfter(c.decisionDue)) {
            // A request filed after the round started may be due after the round's decision. The round
            // takes it and its decision waits (refusing the request, or deciding it before its own
            // limit, would not be what users expect): the decision, and the round's closing, move to
            // the request's limit. The other steps are due before the old date, so they stay in order.
            Changes moved = new Changes().field("request", null, h.code)
                    .field("decisionDue", c.decisionDue, item.decideBy);
            c.decisionDue = item.decideBy;
            if (c.closesOn.isBefore(c.decisionDue)) {
                moved.field("closesOn", c.closesOn, c.decisionDue);
                c.closesOn = c.decisionDue;
            }
            stamp(c, false);
            audit.record("review.decision_due_moved", "review_campaign", c.id, null, c.communeCode, moved.list());
        }
        item.screeningPassed = r.screeningPassed();
        item.screeningNote = r.screeningNote();
        if (!r.screeningPassed()) {
            item.state = ItemState.SCREENED_OUT;
        }
        audit.record("review.applicant_listed", "review_item", item.id, h.id, c.communeCode, new Changes()
                .field("form", null, r.form()).field("screeningPassed", null, r.screeningPassed()).list());
        return item;
    }

    public ReviewItem exclude(UUID campaignId, UUID itemId, String reason) {
        ReviewCampaign c = forChange(campaignId);
        ReviewItem item = item(c, itemId);
        if (!OPEN_STATES.contains(item.state) && item.state != ItemState.POSTED) {
            throw new ConflictException("review.item_closed", "The household's review is already closed");
        }
        ItemState before = item.state;
        item.state = ItemState.EXCLUDED;
        item.excludedReason = reason.strip();
        stamp(item);
        audit.record("review.excluded", "review_item", item.id, item.householdId, c.communeCode,
                new Changes().field("state", before, item.state).field("reason", null, item.excludedReason).list());
        return item;
    }

    // ------------------------------------------------------------------ survey

    /** The survey of a listed household: a yearly record, classified, becomes its proposed result. */
    public ReviewItem survey(UUID campaignId, UUID itemId, RecordRequest request) {
        ReviewCampaign c = forChange(campaignId);
        requireStatus(c, CampaignStatus.OPEN, CampaignStatus.POSTING);
        ReviewItem item = item(c, itemId);
        if (item.state != ItemState.LISTED) {
            throw new ConflictException("review.not_listed",
                    "Only a household waiting for its survey can be surveyed (state " + item.state + ")");
        }
        if (request.surveyYear() != c.year) {
            throw new BusinessRuleException("review.wrong_year", "The campaign reviews year " + c.year);
        }
        HouseholdRecord existing = HouseholdRecord.currentOf(item.householdId, c.year);
        RecordRequest r = existing == null || request.correctionReason() != null ? request
                : new RecordRequest(request.surveyYear(), request.surveyDate(), request.reviewer(),
                        request.monthlyIncomePerCapita(), request.scoreA(), request.deprivations(), request.household(),
                        request.causes(), request.needs(), "Rà soát lại trong đợt " + c.year);
        HouseholdRecord record = records.createForReview(item.householdId, r);
        item.recordId = record.id;
        item.proposedClass = record.classification;
        item.state = ItemState.SURVEYED;
        stamp(item);
        audit.record("review.surveyed", "review_item", item.id, item.householdId, c.communeCode, new Changes()
                .field("proposedClass", null, item.proposedClass).list());
        return item;
    }

    // ------------------------------------------------------------------ meetings

    /**
     * A village meeting on the village's surveyed households. The results stand only when at least
     * half the attendees agree; otherwise those households go back to survey.
     */
    public ReviewMeeting meet(UUID campaignId, MeetingRequest r) {
        ReviewCampaign c = forChange(campaignId);
        requireStatus(c, CampaignStatus.OPEN, CampaignStatus.POSTING);
        DateRules.notInFuture("review.date_in_future", r.heldOn(), clock.today(), "The meeting");
        DateRules.notBefore("review.date_before_start", r.heldOn(), c.opensOn, "The meeting", "the campaign opened");
        if (r.agreeing() > r.attendees()) {
            throw new BusinessRuleException("review.meeting_agreeing_above_attendees",
                    "More people agreed than attended");
        }
        List<ReviewItem> surveyed = ReviewItem.list("campaignId = ?1 and state = ?2", c.id, ItemState.SURVEYED)
                .stream().map(ReviewItem.class::cast)
                .filter(i -> Objects.equals(i.villageId, r.villageId())).toList();
        if (surveyed.isEmpty()) {
            throw new BusinessRuleException("review.meeting_nothing_to_confirm",
                    "The village has no surveyed household waiting for its meeting");
        }
        boolean passed = r.agreeing() * 2 >= r.attendees();
        ReviewMeeting m = new ReviewMeeting();
        m.id = UUID.randomUUID();
        m.campaignId = c.id;
        m.villageId = r.villageId();
        m.heldOn = r.heldOn();
        m.chair = r.chair().strip();
        m.attendees = r.attendees();
        m.agreeing = r.agreeing();
        m.passed = passed;
        m.minutesName = r.minutesName();
        m.minutes = r.minutes();
        m.households = surveyed.size();
        m.createdAt = clock.now();
        m.createdBy = user.username();
        m.persist();
        for (ReviewItem item : surveyed) {
            item.state = passed ? ItemState.MEETING_PASSED : ItemState.LISTED;
            item.note = passed ? null : "Họp dân ngày " + r.heldOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    + " không đạt (" + r.agreeing() + "/"
                    + r.attendees() + " đồng ý): rà soát lại";
            stamp(item);
            audit.record(passed ? "review.meeting_confirmed" : "review.meeting_refused", "review_item", item.id,
                    item.householdId, c.communeCode, new Changes().field("state", ItemState.SURVEYED, item.state)
                            .field("agreeing", null, r.agreeing() + "/" + r.attendees()).list());
        }
        return m;
    }

    // ------------------------------------------------------------------ posting and complaints

    /** Posts every confirmed result publicly, for the campaign's number of working days. */
    public ReviewPosting post(UUID campaignId, LocalDate startsOn, Integer days) {
        ReviewCampaign c = forChange(campaignId);
        requireStatus(c, CampaignStatus.OPEN, CampaignStatus.POSTING);
        // a posting may be announced ahead (it starts on its day), but not before the campaign opened
        DateRules.notBefore("review.date_before_start", startsOn, c.opensOn, "The posting", "the campaign opened");
        List<ReviewItem> items = ReviewItem.of(c.id);
        List<ReviewItem> waiting = items.stream().filter(i -> i.state == ItemState.LISTED
                || i.state == ItemState.SURVEYED || i.state == ItemState.UNDER_RECHECK).toList();
        if (!waiting.isEmpty()) {
            throw new BusinessRuleException("review.posting_not_ready", "Not every household is confirmed by its "
                    + "village meeting: " + codes(waiting));
        }
        List<ReviewItem> confirmed = items.stream().filter(i -> i.state == ItemState.MEETING_PASSED).toList();
        if (confirmed.isEmpty()) {
            throw new BusinessRuleException("review.posting_nothing_new", "No confirmed result waits to be posted");
        }
        ReviewPosting p = new ReviewPosting();
        p.id = UUID.randomUUID();
        p.campaignId = c.id;
        p.startsOn = startsOn;
        p.workingDays = days == null ? c.postingDays : days;
        p.endsOn = workingDays.lastDayOf(startsOn, p.workingDays);
        p.households = confirmed.size();
        p.createdAt = clock.now();
        p.createdBy = user.username();
        p.persist();
        for (ReviewItem item : confirmed) {
            item.state = ItemState.POSTED;
            stamp(item);
        }
        c.status = CampaignStatus.POSTING;
        stamp(c, false);
        audit.record("review.posted", "review_campaign", c.id, null, c.communeCode, new Changes()
                .field("startsOn", null, p.startsOn).field("endsOn", null, p.endsOn)
                .field("households", null, p.households).list());
        return p;
    }

    public ReviewComplaint complain(UUID campaignId, ComplaintRequest r) {
        ReviewCampaign c = forChange(campaignId);
        ReviewItem item = item(c, r.itemId());
        if (item.state != ItemState.POSTED) {
            throw new ConflictException("review.complaint_not_posted", "Complaints concern posted results");
        }
        DateRules.notInFuture("review.date_in_future", r.receivedOn(), clock.today(), "The complaint");
        // a complaint concerns a posted result: not before the first posting of the campaign began
        ReviewPosting first = ReviewPosting.find("campaignId = ?1 order by startsOn", c.id).firstResult();
        DateRules.notBefore("review.date_before_start", r.receivedOn(), first == null ? c.opensOn : first.startsOn,
                "The complaint", "the results were posted");
        ReviewComplaint complaint = new ReviewComplaint();
        complaint.id = UUID.randomUUID();
        complaint.campaignId = c.id;
        complaint.itemId = item.id;
        complaint.complainant = r.complainant().strip();
        complaint.kind = r.kind();
        complaint.content = r.content();
        complaint.receivedOn = r.receivedOn();
        complaint.recheckDue = workingDays.dueAfter(r.receivedOn(), c.recheckDays);
        complaint.createdAt = clock.now();
        complaint.createdBy = user.username();
        complaint.persist();
        item.state = ItemState.UNDER_RECHECK;
        stamp(item);
        audit.record("review.complaint_received", "review_item", item.id, item.householdId, c.communeCode,
                new Changes().field("kind", null, r.kind()).field("recheckDue", null, complaint.recheckDue).list());
        return complaint;
    }

    /**
     * The re-check's outcome. An upheld complaint sends the household back to survey (then meeting
     * and a new posting); a rejected one puts the posted result back.
     */
    public ReviewComplaint resolve(UUID campaignId, UUID complaintId, ComplaintOutcome outcome, LocalDate on,
            String resolution) {
        ReviewCampaign c = forChange(campaignId);
        ReviewComplaint complaint = complaintId == null ? null : ReviewComplaint.findById(complaintId);
        if (complaint == null || !complaint.campaignId.equals(c.id)) {
            throw new NotFoundException("complaint", complaintId);
        }
        if (complaint.outcome != null) {
            throw new ConflictException("review.complaint_resolved", "The complaint is already resolved");
        }
        DateRules.notInFuture("review.date_in_future", on, clock.today(), "The resolution");
        DateRules.notBefore("review.date_before_start", on, complaint.receivedOn, "The resolution",
                "the complaint was received");
        complaint.outcome = outcome;
        complaint.resolvedOn = on;
        complaint.resolution = resolution;
        ReviewItem item = ReviewItem.findById(complaint.itemId);
        item.state = outcome == ComplaintOutcome.UPHELD ? ItemState.LISTED : ItemState.POSTED;
        item.note = outcome == ComplaintOutcome.UPHELD ? "Khiếu nại được chấp nhận: rà soát lại" : item.note;
        stamp(item);
        audit.record("review.complaint_resolved", "review_item", item.id, item.householdId, c.communeCode,
                new Changes().field("outcome", null, outcome).field("state", ItemState.UNDER_RECHECK, item.state)
                        .list());
        return complaint;
    }

    // ------------------------------------------------------------------ opinion and decision

    /** The level above's opinion, once every result has been posted for its full period. */
    public ReviewCampaign giveOpinion(UUID campaignId, LocalDate on, String text) {
        ReviewCampaign c = forChange(campaignId);
        requireStatus(c, CampaignStatus.POSTING, CampaignStatus.AWAITING_DECISION);
        List<ReviewItem> open = ReviewItem.<ReviewItem>list("campaignId = ?1 and state in ?2", c.id,
                List.of(ItemState.LISTED, ItemState.SURVEYED, ItemState.MEETING_PASSED, ItemState.UNDER_RECHECK));
        if (!open.isEmpty()) {
            throw new BusinessRuleException("review.opinion_not_ready",
                    "Some households are not posted yet: " + codes(open));
        }
        ReviewPosting last = ReviewPosting.find("campaignId = ?1 order by endsOn desc", c.id).firstResult();
        if (last != null && on.isBefore(last.endsOn)) {
            throw new BusinessRuleException("review.posting_not_over",
                    "The posting runs until " + last.endsOn + "; the opinion comes after it");
        }
        DateRules.notInFuture("review.date_in_future", on, clock.today(), "The opinion");
        c.opinionBy = user.username();
        c.opinionOn = on;
        c.opinionText = text.strip();
        c.status = CampaignStatus.AWAITING_DECISION;
        stamp(c, false);
        audit.record("review.opinion_given", "review_campaign", c.id, null, c.communeCode,
                new Changes().field("opinionOn", null, on).list());
        return c;
    }

    /**
     * The chairman's decision: fixes each household's class for the year and its transition, and
     * locks the records it used. Refused while any listed household lacks a result or a recorded reason.
     */
    public ReviewCampaign decide(UUID campaignId, String ifMatch, String number, LocalDate on) {
        ReviewCampaign c = forChange(campaignId);
        EntityTags.requireMatch(ifMatch, c.version);
        List<ReviewItem> items = ReviewItem.of(c.id);
        List<ReviewItem> gaps = items.stream().filter(i -> OPEN_STATES.contains(i.state)).toList();
        if (!gaps.isEmpty()) {
            throw new BusinessRuleException("review.gaps", "Households without a result or a recorded reason: "
                    + codes(gaps), gapViolations(gaps));
        }
        if (c.opinionOn == null) {
            throw new BusinessRuleException("review.opinion_missing", "The level above has not given its opinion");
        }
        if (on.isBefore(c.opinionOn)) {
            throw new BusinessRuleException("review.decision_before_opinion",
                    "The decision comes after the opinion of " + c.opinionOn);
        }
        DateRules.notInFuture("review.date_in_future", on, clock.today(), "The decision");
        official.openYear(c.year);
        List<OfficialStatus.Decision> decisions = new java.util.ArrayList<>();
        for (ReviewItem item : items) {
            if (item.state != ItemState.POSTED) {
                continue;
            }
            HouseholdRecord record = HouseholdRecord.findById(item.recordId);
            item.finalClass = record.classification;
            item.transition = transition(item.householdId, c.year, item.previousClass, item.finalClass);
            item.state = ItemState.DECIDED;
            stamp(item);
            records.lock(record.id);
            decisions.add(new OfficialStatus.Decision(item.householdId, c.year, on,
                    c.kind == CampaignKind.PERIODIC ? OfficialStatus.DecisionKind.PERIODIC
                            : OfficialStatus.DecisionKind.REGULAR,
                    c.id, number.strip(), record.id, record.classification, item.transition.name(), null));
            audit.record("review.decided", "review_item", item.id, item.householdId, c.communeCode, new Changes()
                    .field("class", item.previousClass, item.finalClass).field("transition", null, item.transition)
                    .field("decision", null, number).list());
        }
        // the decision binds: the households' official classes of the year follow it
        official.decide(decisions);
        c.decisionNumber = number.strip();
        c.decisionOn = on;
        c.decidedBy = user.username();
        c.status = CampaignStatus.DECIDED;
        stamp(c, false);
        audit.record("review.campaign_decided", "review_campaign", c.id, null, c.communeCode,
                new Changes().field("decision", null, c.decisionNumber).field("decidedOn", null, on).list());
        return c;
    }

    /** How the class moved: from the class before the campaign to the decided one. */
    static Transition transition(HouseholdClass before, HouseholdClass after, boolean everPoorBefore) {
        boolean wasPoor = before == HouseholdClass.POOR;
        boolean wasNear = before == HouseholdClass.NEAR_POOR;
        return switch (after) {
            case POOR -> wasPoor ? Transition.UNCHANGED : wasNear ? Transition.NEAR_POOR_TO_POOR
                    : everPoorBefore ? Transition.RE_POOR : Transition.NEWLY_POOR;
            case NEAR_POOR -> wasNear ? Transition.UNCHANGED : wasPoor ? Transition.POOR_TO_NEAR_POOR
                    : Transition.NEWLY_NEAR_POOR;
            case AVERAGE_LIVING, NOT_POOR -> wasPoor ? Transition.ESCAPED_POVERTY
                    : wasNear ? Transition.ESCAPED_NEAR_POVERTY : Transition.UNCHANGED;
        };
    }

    private Transition transition(UUID householdId, int year, HouseholdClass before, HouseholdClass after) {
        return transition(before, after, official.everPoorBefore(householdId, year));
    }

    // ------------------------------------------------------------------ helpers

    private ReviewItem newItem(ReviewCampaign c, Household h, ItemOrigin origin) {
        ReviewItem item = new ReviewItem();
        item.id = UUID.randomUUID();
        item.campaignId = c.id;
        item.householdId = h.id;
        item.villageId = h.villageId;
        item.origin = origin;
        item.state = ItemState.LISTED;
        item.previousClass = h.latestClass;
        stamp(item);
        item.persist();
        return item;
    }

    /**
     * The regular review's limit counted from a day (review rule REGULAR_DECISION: by default 15
     * calendar days, Quyết định 24/2021/QĐ-TTg Điều 5 khoản 2, "kể từ ngày bắt đầu rà soát").
     */
    private LocalDate decisionLimit(LocalDate from) {
        ReviewRule rule = ReviewRule.require(ReviewRule.REGULAR_DECISION);
        return workingDays.dueAfter(from, rule.days, rule.dayKind);
    }

    /** A regular round's step, due that many working days after its opening, and never after its decision. */
    private LocalDate stepDue(ReviewCampaign c, int workingDaysAfterOpening) {
        LocalDate due = workingDays.dueAfter(c.opensOn, workingDaysAfterOpening);
        return due.isAfter(c.decisionDue) ? c.decisionDue : due;
    }

    /** A regular round's steps are due on working days: never a weekend day or a public holiday. */
    private void requireWorkingDays(List<LocalDate> dues) {
        Step[] steps = Step.values();
        List<String> offDays = new ArrayList<>();
        for (int k = 0; k < dues.size(); k++) {
            if (!workingDays.isWorkingDay(dues.get(k))) {
                offDays.add(steps[k] + " on " + dues.get(k) + " (" + dues.get(k).getDayOfWeek() + ")");
            }
        }
        if (!offDays.isEmpty()) {
            throw new BusinessRuleException("review.due_not_working_day",
                    "A regular round's steps are due on working days: " + String.join(", ", offDays)
                            + " is a weekend day or a public holiday");
        }
    }

    /** The latest day by which a request of the round is to be decided; null without requests. */
    private static LocalDate latestRequestLimit(ReviewCampaign c) {
        return ReviewItem.getEntityManager().createQuery("select max(i.decideBy) from ReviewItem i"
                + " where i.campaignId = :c", LocalDate.class).setParameter("c", c.id).getSingleResult();
    }

    /**
     * A campaign or round reviews a unit that exists for the whole of it, from its opening to its
     * closing day: a commune created by the reform of 1 July 2025 has no April 2025 round, and a
     * dissolved one no round after its last day (its successor reviews those households).
     */
    private static void requireValidThroughout(AdminUnit unit, LocalDate opensOn, LocalDate closesOn) {
        boolean startsInTime = unit.validFrom == null || !opensOn.isBefore(unit.validFrom);
        boolean endsInTime = unit.validTo == null || !closesOn.isAfter(unit.validTo);
        if (!startsInTime || !endsInTime) {
            throw new BusinessRuleException("review.unit_not_valid", unit.fullName + " exists from " + unit.validFrom
                    + (unit.validTo == null ? "" : " to " + unit.validTo) + "; this review would run from " + opensOn
                    + " to " + closesOn);
        }
    }

    private static void requireStatus(ReviewCampaign c, CampaignStatus... allowed) {
        for (CampaignStatus s : allowed) {
            if (c.status == s) {
                return;
            }
        }
        throw new ConflictException("review.wrong_step", "The campaign is at step " + c.status
                + "; this step is not possible now");
    }

    /** Household codes of items, for messages that must name them. */
    static String codes(List<ReviewItem> items) {
        List<UUID> ids = items.stream().map(i -> i.householdId).toList();
        List<Household> list = Household.list("id in ?1 order by code", ids);
        return String.join(", ", list.stream().map(h -> h.code + (h.headName == null ? "" : " (" + h.headName + ")"))
                .toList());
    }

    /** One violation per household still open: its code, head and the step it waits for. */
    private static List<Problem.Violation> gapViolations(List<ReviewItem> items) {
        Map<UUID, Household> households = Household.<Household>list("id in ?1",
                items.stream().map(i -> i.householdId).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(h -> h.id, h -> h));
        return items.stream().map(i -> {
            Household h = households.get(i.householdId);
            return new Problem.Violation("households/" + h.code, h.code + (h.headName == null ? "" : " (" + h.headName
                    + ")") + " waits for " + ReviewQueries.waitsFor(i.state).name().toLowerCase() + " (state "
                    + i.state + ")");
        }).sorted(java.util.Comparator.comparing(Problem.Violation::field)).toList();
    }

    private void stamp(ReviewCampaign c, boolean created) {
        c.updatedAt = clock.now();
        c.updatedBy = user.username();
        if (created) {
            c.createdAt = c.updatedAt;
            c.createdBy = c.updatedBy;
        }
    }

    private void stamp(ReviewItem item) {
        item.updatedAt = clock.now();
        item.updatedBy = user.username();
    }
}
