package vn.giamngheo.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.common.audit.AuditLog;
import vn.giamngheo.common.audit.AuditLog.Changes;
import vn.giamngheo.common.problem.BusinessRuleException;
import vn.giamngheo.common.problem.ConflictException;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.household.Household;
import vn.giamngheo.household.HouseholdCodes.PovertyCause;
import vn.giamngheo.household.HouseholdRecord;
import vn.giamngheo.support.SupportCodes.ItemStatus;
import vn.giamngheo.support.SupportCodes.SupportType;
import vn.giamngheo.support.SupportViews.CommitmentRequest;
import vn.giamngheo.support.SupportViews.PlanRequest;
import vn.giamngheo.support.SupportViews.SupportItemRequest;
import vn.giamngheo.support.SupportViews.VisitRequest;
import vn.giamngheo.common.time.AppClock;
import vn.giamngheo.common.time.DateRules;

/**
 * Support plans: one per household and year, with items from the catalogue, the signed commitment
 * that must come before any delivery, and the monthly visits. Every change is audited on the household.
 * The commitment, deliveries and visits are not dated after today ({@code support.date_in_future}) nor
 * before the plan began ({@code support.date_before_start}, see {@link #startOf}).
 */
@ApplicationScoped
@Transactional
public class PlanService {

    @Inject
    AppClock clock;

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    CurrentUser user;

    @Inject
    SupportAccess access;

    @Inject
    AuditLog audit;

    /** The plan, if the caller may see its household; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SupportPlan visible(UUID planId) {
        SupportPlan plan = planId == null ? null : SupportPlan.findById(planId);
        if (plan == null) {
            throw new NotFoundException("plan", planId);
        }
        try {
            access.household(plan.householdId);
        } catch (NotFoundException e) {
            throw new NotFoundException("plan", planId);
        }
        return plan;
    }

    private SupportPlan forChange(UUID planId) {
        SupportPlan plan = visible(planId);
        SupportPlan.getEntityManager().lock(plan, LockModeType.PESSIMISTIC_WRITE);
        return plan;
    }

    public SupportPlan create(PlanRequest r) {
        Household h = access.household(r.householdId());
        GroupHousehold assignment = GroupHousehold.findById(h.id);
        if (assignment == null) {
            throw new BusinessRuleException("support.household_not_assigned",
                    "Household " + h.code + " is not assigned to a help group yet");
        }
        if (r.escapeYear() < r.year()) {
            throw new BusinessRuleException("support.escape_before_plan", "The escape year cannot precede the plan's");
        }
        if (SupportPlan.count("householdId = ?1 and year = ?2", h.id, r.year()) > 0) {
            throw new ConflictException("support.plan_exists", "Household " + h.code + " already has a plan for "
                    + r.year());
        }
        SupportPlan plan = new SupportPlan();
        plan.id = UUID.randomUUID();
        plan.householdId = h.id;
        plan.groupId = assignment.groupId;
        plan.year = r.year();
        plan.escapeYear = r.escapeYear();
        plan.supportType = r.supportType() != null ? r.supportType() : supportTypeOf(h);
        plan.createdAt = clock.now();
        plan.createdBy = user.username();
        plan.updatedAt = plan.createdAt;
        plan.updatedBy = plan.createdBy;
        plan.persist();
        audit.record("support.plan_created", "support_plan", plan.id, h.id, h.communeCode, new Changes()
                .field("year", null, plan.year).field("escapeYear", null, plan.escapeYear)
                .field("supportType", null, plan.supportType).list());
        return plan;
    }

    /**
     * How the household is poor, for support: old age or lost labour capacity, illness, or with land
     * and labour (the priority group), from its latest record's causes and its labour capacity.
     */
    static SupportType supportTypeOf(Household h) {
        HouseholdRecord record = h.latestRecordId == null ? null : HouseholdRecord.findById(h.latestRecordId);
        Set<String> causes = record == null ? Set.of() : Set.of(record.causes);
        return supportTypeOf(causes, Boolean.TRUE.equals(h.noLabourCapacity));
    }

    static SupportType supportTypeOf(Set<String> causes, boolean noLabourCapacity) {
        if (noLabourCapacity || causes.contains(PovertyCause.OLD_AGE_OR_LOST_CAPACITY.name())) {
            return SupportType.OLD_AGE_OR_LOST_CAPACITY;
        }
        if (causes.contains(PovertyCause.ILLNESS_OR_ACCIDENT.name())) {
            return SupportType.ILLNESS;
        }
        if (!causes.contains(PovertyCause.LACK_OF_LAND.name()) && !causes.contains(PovertyCause.LACK_OF_LABOUR.name())) {
            return SupportType.LAND_AND_LABOUR;
        }
        return SupportType.OTHER;
    }

    // ------------------------------------------------------------------ items

    public SupportItem addItem(UUID planId, SupportItemRequest r) {
        SupportPlan plan = forChange(planId);
        Household h = Household.findById(plan.householdId);
        SupportKind kind = SupportKind.findById(r.kindCode());
        if (kind == null) {
            throw new BusinessRuleException("support.unknown_kind", "No kind " + r.kindCode() + " in the catalogue");
        }
        UUID agencyId = r.agencyId();
        if (access.isAgency()) {
            if (agencyId != null && !agencyId.equals(access.agencyId())) {
                throw new BusinessRuleException("support.other_agency", "An agency plans only its own support");
            }
            agencyId = access.agencyId();
        }
        if (agencyId == null) {
            agencyId = HelpGroup.<HelpGroup>findById(plan.groupId).leadAgencyId;
        }
        boolean member = ((Number) SupportPlan.getEntityManager().createNativeQuery("SELECT count(*) FROM"
                + " help_group_agency WHERE group_id = :g AND agency_id = :a").setParameter("g", plan.groupId)
                .setParameter("a", agencyId).getSingleResult()).longValue() > 0;
        if (!member) {
            throw new BusinessRuleException("support.agency_not_in_group", "The agency is not in the household's group");
        }
        SupportItem item = new SupportItem();
        item.id = UUID.randomUUID();
        item.planId = plan.id;
        item.kindCode = kind.code;
        item.agencyId = agencyId;
        item.description = r.description();
        item.quantity = r.quantity();
        item.unit = r.unit() == null || r.unit().isBlank() ? kind.unit : r.unit().strip();
        item.valueVnd = r.valueVnd();
        item.fundingSource = r.fundingSource();
        item.plannedOn = r.plannedOn();
        item.status = ItemStatus.PLANNED;
        item.addressesNeed = addressesNeed(kind, h);
        item.discouraged = discouraged(h.provinceCode, kind.code);
        item.createdAt = clock.now();
        item.createdBy = user.username();
        item.updatedAt = item.createdAt;
        item.updatedBy = item.createdBy;
        item.persist();
        touch(plan);
        audit.record("support.item_added", "support_item", item.id, h.id, h.communeCode, new Changes()
                .field("kind", null, kind.code).field("quantity", null, item.quantity + " " + item.unit)
                .field("valueVnd", null, item.valueVnd).field("addressesNeed", null, item.addressesNeed)
                .field("discouraged", null, item.discouraged).list());
        return item;
    }

    /**
     * Whether the kind addresses something this household lacks: one of its indicators deprived in
     * the latest record, or income for a poor or near-poor household.
     */
    static boolean addressesNeed(SupportKind kind, Household h) {
        List<String> deprived = h.latestDeprived == null ? List.of() : Arrays.asList(h.latestDeprived);
        if (Arrays.stream(kind.indicators).anyMatch(deprived::contains)) {
            return true;
        }
        return kind.addressesIncome
                && (h.latestClass == HouseholdClass.POOR || h.latestClass == HouseholdClass.NEAR_POOR);
    }

    static boolean discouraged(String provinceCode, String kindCode) {
        Object row = SupportPlan.getEntityManager().createNativeQuery("SELECT discouraged FROM support_kind_policy"
                + " WHERE province_code = :p AND kind_code = :k").setParameter("p", provinceCode)
                .setParameter("k", kindCode).getResultStream().findFirst().orElse(null);
        return Boolean.TRUE.equals(row);
    }

    /** The item reached the household: only once the commitment is signed. */
    public SupportItem deliver(UUID planId, UUID itemId, LocalDate on) {
        SupportPlan plan = forChange(planId);
        SupportItem item = item(plan, itemId);
        Commitment commitment = Commitment.findById(plan.id);
        if (commitment == null) {
            throw new BusinessRuleException("support.commitment_required", "Record the commitment signed by the "
                    + "agency and the household before delivering anything");
        }
        if (item.status != ItemStatus.PLANNED) {
            throw new ConflictException("support.item_not_planned", "The item is already " + item.status);
        }
        if (on.isBefore(commitment.signedOn)) {
            throw new BusinessRuleException("support.delivery_before_commitment",
                    "Delivery cannot precede the commitment of " + commitment.signedOn);
        }
        DateRules.notInFuture("support.date_in_future", on, clock.today(), "The delivery");
        item.status = ItemStatus.DELIVERED;
        item.deliveredOn = on;
        item.updatedAt = clock.now();
        item.updatedBy = user.username();
        touch(plan);
        Household h = Household.findById(plan.householdId);
        audit.record("support.item_delivered", "support_item", item.id, h.id, h.communeCode, new Changes()
                .field("status", ItemStatus.PLANNED, ItemStatus.DELIVERED).field("deliveredOn", null, on).list());
        return item;
    }

    public SupportItem cancel(UUID planId, UUID itemId, String reason) {
        SupportPlan plan = forChange(planId);
        SupportItem item = item(plan, itemId);
        if (item.status != ItemStatus.PLANNED) {
            throw new ConflictException("support.item_not_planned", "The item is already " + item.status);
        }
        item.status = ItemStatus.CANCELLED;
        item.description = (item.description == null ? "" : item.description + " — ") + "Huỷ: " + reason.strip();
        item.updatedAt = clock.now();
        item.updatedBy = user.username();
        touch(plan);
        Household h = Household.findById(plan.householdId);
        audit.record("support.item_cancelled", "support_item", item.id, h.id, h.communeCode, new Changes()
                .field("status", ItemStatus.PLANNED, ItemStatus.CANCELLED).field("reason", null, reason).list());
        return item;
    }

    private static SupportItem item(SupportPlan plan, UUID itemId) {
        SupportItem item = itemId == null ? null : SupportItem.findById(itemId);
        if (item == null || !item.planId.equals(plan.id)) {
            throw new NotFoundException("support_item", itemId);
        }
        return item;
    }

    // ------------------------------------------------------------------ commitment and visits

    public Commitment commit(UUID planId, CommitmentRequest r) {
        SupportPlan plan = forChange(planId);
        if (Commitment.findById(plan.id) != null) {
            throw new ConflictException("support.commitment_exists", "The plan's commitment is already recorded");
        }
        DateRules.notInFuture("support.date_in_future", r.signedOn(), clock.today(), "The commitment");
        DateRules.notBefore("support.date_before_start", r.signedOn(), startOf(plan), "The commitment",
                "its plan began");
        Commitment c = new Commitment();
        c.planId = plan.id;
        c.signedOn = r.signedOn();
        c.signatories = r.signatories().strip();
        c.fileName = r.fileName();
        c.file = r.file() == null || r.file().length == 0 ? null : r.file();
        c.recordedAt = clock.now();
        c.recordedBy = user.username();
        c.persist();
        touch(plan);
        Household h = Household.findById(plan.householdId);
        audit.record("support.commitment_recorded", "support_plan", plan.id, h.id, h.communeCode, new Changes()
                .field("signedOn", null, c.signedOn).field("signatories", null, c.signatories)
                .field("file", null, c.fileName).list());
        return c;
    }

    public Visit visit(UUID planId, VisitRequest r) {
        SupportPlan plan = forChange(planId);
        DateRules.notInFuture("support.date_in_future", r.visitedOn(), clock.today(), "The visit");
        DateRules.notBefore("support.date_before_start", r.visitedOn(), startOf(plan), "The visit", "its plan began");
        Visit v = new Visit();
        v.id = UUID.randomUUID();
        v.planId = plan.id;
        v.visitedOn = r.visitedOn();
        v.visitor = r.visitor().strip();
        v.observed = r.observed().strip();
        v.nextStep = r.nextStep();
        v.createdAt = clock.now();
        v.createdBy = user.username();
        v.persist();
        Household h = Household.findById(plan.householdId);
        audit.record("support.visit_recorded", "support_visit", v.id, h.id, h.communeCode, new Changes()
                .field("visitedOn", null, v.visitedOn).field("visitor", null, v.visitor).list());
        return v;
    }

    /**
     * The day a plan exists from, for what is dated in it: the first day of its year, or the day it was made
     * when that is earlier (a plan for next year, committed and visited as it is prepared), or the day its
     * household was assigned to the plan's group when that is later (a household assigned in June has no
     * visit in March). A household moved to another group since keeps that start; one moved away and back
     * counts from its latest assignment.
     */
    static LocalDate startOf(SupportPlan plan) {
        LocalDate start = LocalDate.of(plan.year, 1, 1);
        if (plan.createdAt != null) {
            LocalDate made = plan.createdAt.atZone(vn.giamngheo.common.time.AppClock.VIETNAM).toLocalDate();
            if (made.isBefore(start)) {
                start = made;
            }
        }
        GroupHousehold assignment = GroupHousehold.findById(plan.householdId);
        if (assignment != null && assignment.groupId.equals(plan.groupId) && assignment.assignedOn.isAfter(start)) {
            return assignment.assignedOn;
        }
        return start;
    }

    private void touch(SupportPlan plan) {
        plan.updatedAt = clock.now();
        plan.updatedBy = user.username();
    }
}
