package vn.giamngheo.household;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.area.AreaService;
import vn.giamngheo.area.Village;
import vn.giamngheo.classification.model.Facts.RelationToHead;
import vn.giamngheo.common.audit.AuditLog;
import vn.giamngheo.common.audit.AuditLog.Changes;
import vn.giamngheo.common.http.EntityTags;
import vn.giamngheo.common.http.SentFields;
import vn.giamngheo.common.problem.BusinessRuleException;
import vn.giamngheo.common.problem.ConflictException;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.security.Roles;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.common.text.VietnameseText;
import vn.giamngheo.household.HouseholdCodes.CloseReason;
import vn.giamngheo.household.HouseholdCodes.HouseholdStatus;
import vn.giamngheo.household.HouseholdCodes.LeftReason;
import vn.giamngheo.household.HouseholdCodes.MemberStatus;
import vn.giamngheo.household.HouseholdViews.CreateHouseholdRequest;
import vn.giamngheo.household.HouseholdViews.MemberRequest;
import vn.giamngheo.household.HouseholdViews.SplitHouseholdRequest;
import vn.giamngheo.household.HouseholdViews.UpdateHouseholdRequest;
import vn.giamngheo.common.time.AppClock;

/**
 * Writes to the registry. Every operation checks the caller's jurisdiction (a household outside it
 * does not exist for the caller: 404), the ETag it was given, and appends audit entries in the same
 * transaction; nothing is ever deleted, and operations that move people keep both sides' history.
 */
@ApplicationScoped
@Transactional
public class HouseholdService {

    @Inject
    AppClock clock;

    @Inject
    AreaService areas;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    SentFields sent;

    // ------------------------------------------------------------------ access

    /** The household, if it exists and lies in the caller's jurisdiction; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Household visible(UUID id) {
        Household household = id == null ? null : Household.findById(id);
        if (household == null || !jurisdiction.covers(household.communeCode)
                || (helpingAgencyOnly() && !helpedByCallersAgency(household.id))) {
            throw new NotFoundException("household", id);
        }
        return household;
    }

    /** A helping agency's user (and nothing more) sees only the households its groups help. */
    private boolean helpingAgencyOnly() {
        return user.hasRole(Roles.SUPPORT_AGENCY) && !user.hasAnyRole(Roles.ADMIN,
                Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER, Roles.AUDITOR,
                Roles.INTEGRATION);
    }

    private boolean helpedByCallersAgency(UUID householdId) {
        Number n = (Number) Household.getEntityManager().createNativeQuery("SELECT count(*) FROM help_group_household gh"
                + " JOIN help_group_agency ga ON ga.group_id = gh.group_id"
                + " JOIN support_agency_user u ON u.agency_id = ga.agency_id"
                + " WHERE gh.household_id = :h AND u.username = :user")
                .setParameter("h", householdId).setParameter("user", user.username()).getSingleResult();
        return n.longValue() > 0;
    }

    /** A member of a visible household; 404 when either does not exist for the caller. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public HouseholdMember visibleMember(UUID householdId, UUID memberId) {
        visible(householdId);
        HouseholdMember member = memberId == null ? null : HouseholdMember.findById(memberId);
        if (member == null || !member.householdId.equals(householdId)) {
            throw new NotFoundException("member", memberId);
        }
        return member;
    }

    /** Locks a visible household for a change, after checking the caller's ETag. */
    private Household forUpdate(UUID id, String ifMatch) {
        Household household = visible(id);
        Household.getEntityManager().lock(household, LockModeType.PESSIMISTIC_WRITE);
        EntityTags.requireMatch(ifMatch, household.version);
        requireActive(household);
        return household;
    }

    private static void requireActive(Household household) {
        if (!household.isActive()) {
            throw new ConflictException("household.closed", "Household " + household.code + " is closed");
        }
    }

    // ------------------------------------------------------------------ households

    public Household create(CreateHouseholdRequest request) {
        AdminUnit commune = areas.requireCommune(request.communeCode());
        jurisdiction.require(commune.code);
        Household h = new Household();
        h.id = UUID.randomUUID();
        h.communeCode = commune.code;
        h.provinceCode = commune.provinceCode;
        h.code = nextCode(commune.code);
        h.villageId = checkVillage(commune.code, request.villageId());
        h.address = VietnameseText.clean(request.address());
        h.phone = blankToNull(request.phone());
        h.status = HouseholdStatus.ACTIVE;
        stamp(h, true);
        h.persist();
        int position = 0;
        HouseholdMember head = null;
        for (MemberRequest m : request.members()) {
            HouseholdMember member = newMember(h, m, position++);
            if (head == null && m.relationToHead() == RelationToHead.HEAD) {
                head = member;
            }
        }
        if (head == null) {
            throw new BusinessRuleException("household.head_required", "One member must be the head (relationToHead HEAD)");
        }
        setHead(h, head);
        refreshSearchText(h);
        flush();
        audit.record("household.created", "household", h.id, h.id, h.communeCode, new Changes()
                .field("code", null, h.code).field("villageId", null, h.villageId).field("address", null, h.address)
                .field("phone", null, h.phone).field("members", null, request.members().size()).list());
        return h;
    }

    public Household update(UUID id, String ifMatch, UpdateHouseholdRequest request) {
        Household h = forUpdate(id, ifMatch);
        // a field left out keeps its value (PartialUpdate)
        UUID village = sent.has("villageId") ? checkVillage(h.communeCode, request.villageId()) : h.villageId;
        String address = sent.has("address") ? VietnameseText.clean(request.address()) : h.address;
        String phone = sent.has("phone") ? blankToNull(request.phone()) : h.phone;
        Changes changes = new Changes().field("villageId", h.villageId, village).field("address", h.address, address)
                .field("phone", h.phone, phone);
        h.villageId = village;
        h.address = address;
        h.phone = phone;
        stamp(h, false);
        flush();
        audit.record("household.updated", "household", h.id, h.id, h.communeCode, changes.list());
        return h;
    }

    public Household close(UUID id, String ifMatch, CloseReason reason, LocalDate closedOn) {
        if (reason == CloseReason.MERGED || reason == CloseReason.SPLIT) {
            throw new BusinessRuleException("household.close_reason_not_allowed",
                    "Merge and split close households themselves; close with MOVED_AWAY or DISSOLVED");
        }
        Household h = forUpdate(id, ifMatch);
        closeWith(h, reason, closedOn, null);
        refreshSearchText(h);
        flush();
        return h;
    }

    public Household changeHead(UUID id, String ifMatch, UUID memberId) {
        Household h = forUpdate(id, ifMatch);
        HouseholdMember head = activeMemberOf(h, memberId);
        UUID before = h.headMemberId;
        if (before != null && !before.equals(head.id)) {
            HouseholdMember old = HouseholdMember.findById(before);
            if (old != null && old.isActive() && old.relationToHead == RelationToHead.HEAD) {
                old.relationToHead = RelationToHead.OTHER_RELATIVE;
                stamp(old);
            }
        }
        head.relationToHead = RelationToHead.HEAD;
        stamp(head);
        setHead(h, head);
        stamp(h, false);
        flush();
        audit.record("household.head_changed", "household", h.id, h.id, h.communeCode,
                new Changes().field("headMemberId", before, head.id).list());
        return h;
    }

    /** Tách hộ: some members form a new household in the same commune. */
    public Household split(UUID id, String ifMatch, SplitHouseholdRequest request) {
        Household source = forUpdate(id, ifMatch);
        Set<UUID> leaving = new HashSet<>(request.memberIds());
        if (!leaving.contains(request.headMemberId())) {
            throw new BusinessRuleException("household.split_head_not_leaving",
                    "The new household's head must be one of the members who leave");
        }
        List<HouseholdMember> active = HouseholdMember.activeOf(source.id);
        List<HouseholdMember> moving = active.stream().filter(m -> leaving.contains(m.id)).toList();
        if (moving.size() != leaving.size()) {
            throw new BusinessRuleException("household.member_not_in_household",
                    "Every member who leaves must be an active member of this household");
        }
        if (moving.size() == active.size()) {
            throw new BusinessRuleException("household.split_leaves_nobody",
                    "At least one member must stay; to move everyone, merge or close the household");
        }
        Household target = new Household();
        target.id = UUID.randomUUID();
        target.communeCode = source.communeCode;
        target.provinceCode = source.provinceCode;
        target.code = nextCode(source.communeCode);
        target.villageId = checkVillage(source.communeCode,
                request.villageId() != null ? request.villageId() : source.villageId);
        target.address = request.address() != null ? VietnameseText.clean(request.address()) : source.address;
        target.phone = blankToNull(request.phone());
        target.status = HouseholdStatus.ACTIVE;
        stamp(target, true);
        target.persist();
        int position = 0;
        HouseholdMember newHead = null;
        for (HouseholdMember m : moving) {
            HouseholdMember copy = transfer(m, target, position++,
                    m.id.equals(request.headMemberId()) ? RelationToHead.HEAD : m.relationToHead == RelationToHead.HEAD
                            ? RelationToHead.OTHER_RELATIVE : m.relationToHead, request.splitOn());
            if (m.id.equals(request.headMemberId())) {
                newHead = copy;
            }
        }
        setHead(target, newHead);
        if (leaving.contains(source.headMemberId)) {
            if (request.remainingHeadMemberId() == null) {
                throw new BusinessRuleException("household.split_needs_new_head",
                        "The head leaves: name the member who becomes head of this household (remainingHeadMemberId)");
            }
            HouseholdMember remainingHead = activeMemberOf(source, request.remainingHeadMemberId());
            remainingHead.relationToHead = RelationToHead.HEAD;
            stamp(remainingHead);
            setHead(source, remainingHead);
        }
        refreshSearchText(target);
        refreshSearchText(source);
        stamp(source, false);
        flush();
        audit.record("household.split", "household", source.id, source.id, source.communeCode, new Changes()
                .field("newHousehold", null, target.code).field("membersMoved", null, moving.size()).list());
        audit.record("household.created", "household", target.id, target.id, target.communeCode, new Changes()
                .field("code", null, target.code).field("splitFrom", null, source.code).list());
        return target;
    }

    /** Nhập hộ: every member joins another household; this one closes. */
    public Household merge(UUID id, String ifMatch, UUID targetId, LocalDate mergedOn) {
        Household source = forUpdate(id, ifMatch);
        if (source.id.equals(targetId)) {
            throw new BusinessRuleException("household.merge_into_itself", "A household cannot merge into itself");
        }
        Household target = visible(targetId);
        requireActive(target);
        if (!target.communeCode.equals(source.communeCode)) {
            throw new BusinessRuleException("household.merge_other_commune",
                    "Both households must be in the same commune; a household moving away is closed instead");
        }
        Household.getEntityManager().lock(target, LockModeType.PESSIMISTIC_WRITE);
        int position = (int) HouseholdMember.count("householdId", target.id);
        for (HouseholdMember m : HouseholdMember.activeOf(source.id)) {
            transfer(m, target, position++, m.relationToHead == RelationToHead.HEAD
                    ? RelationToHead.OTHER_RELATIVE : m.relationToHead, mergedOn);
        }
        stamp(target, false);
        closeWith(source, CloseReason.MERGED, mergedOn, target.id);
        refreshSearchText(target);
        refreshSearchText(source);
        flush();
        audit.record("household.merged_into", "household", target.id, target.id, target.communeCode,
                new Changes().field("mergedFrom", null, source.code).list());
        return target;
    }

    // ------------------------------------------------------------------ members

    public HouseholdMember addMember(UUID householdId, MemberRequest request) {
        Household h = visible(householdId);
        requireActive(h);
        if (request.relationToHead() == RelationToHead.HEAD) {
            throw new BusinessRuleException("member.second_head",
                    "The household has a head; add the member with another relation, then change the head");
        }
        int position = (int) HouseholdMember.count("householdId", h.id);
        HouseholdMember member = newMember(h, request, position);
        refreshSearchText(h);
        stamp(h, false);
        flush();
        return member;
    }

    public HouseholdMember updateMember(UUID householdId, UUID memberId, String ifMatch, MemberRequest sentRequest) {
        HouseholdMember m = visibleMember(householdId, memberId);
        MemberRequest r = keepUnsent(m, sentRequest);
        Household h = Household.findById(householdId);
        EntityTags.requireMatch(ifMatch, m.version);
        requireActive(h);
        if (!m.isActive()) {
            throw new ConflictException("member.left", "The member has left the household");
        }
        if ((r.relationToHead() == RelationToHead.HEAD) != (m.relationToHead == RelationToHead.HEAD)) {
            throw new BusinessRuleException("member.head_by_operation",
                    "The head changes only through the change-head operation");
        }
        String name = VietnameseText.clean(r.fullName());
        Changes changes = new Changes()
                .field("fullName", m.fullName, name).field("sex", m.sex, r.sex()).field("birthDate", m.birthDate, r.birthDate())
                .field("ethnicity", m.ethnicity, r.ethnicity()).secret("citizenId", m.citizenId, citizenIdAfter(m, r))
                .field("relationToHead", m.relationToHead, r.relationToHead())
                .field("labourCapacity", m.labourCapacity, r.labourCapacity()).field("employment", m.employment, r.employment())
                .field("monthlySocialAllowance", m.monthlySocialAllowance, r.monthlySocialAllowance())
                .field("disabled", m.disabled, r.disabled()).field("nutrition", m.nutrition, r.nutrition())
                .field("healthInsurance", m.healthInsurance, r.healthInsurance())
                .field("attendingSchool", m.attendingSchool, r.attendingSchool())
                .field("highestEducation", m.highestEducation, r.highestEducation())
                .field("meritorious", m.meritorious, r.meritorious()).field("sickWithoutCare", m.sickWithoutCare, r.sickWithoutCare());
        apply(m, r);
        stamp(m);
        if (m.relationToHead == RelationToHead.HEAD) {
            setHead(h, m);
        }
        refreshSearchText(h);
        flush();
        audit.record("member.updated", "member", m.id, h.id, h.communeCode, changes.list());
        return m;
    }

    public HouseholdMember memberLeaves(UUID householdId, UUID memberId, String ifMatch, LeftReason reason,
            LocalDate leftOn) {
        if (reason == LeftReason.MOVED_TO_HOUSEHOLD) {
            throw new BusinessRuleException("member.use_move", "Moving to another household has its own operation");
        }
        HouseholdMember m = visibleMember(householdId, memberId);
        Household h = Household.findById(householdId);
        EntityTags.requireMatch(ifMatch, m.version);
        requireActive(h);
        if (!m.isActive()) {
            throw new ConflictException("member.left", "The member has already left the household");
        }
        if (m.id.equals(h.headMemberId)) {
            throw new BusinessRuleException("member.head_cannot_leave",
                    "Change the head first (or close the household when nobody stays)");
        }
        m.status = MemberStatus.LEFT;
        m.leftReason = reason;
        m.leftOn = leftOn;
        stamp(m);
        refreshSearchText(h);
        stamp(h, false);
        flush();
        audit.record("member.left", "member", m.id, h.id, h.communeCode, new Changes()
                .field("status", MemberStatus.ACTIVE, MemberStatus.LEFT).field("leftReason", null, reason).list());
        return m;
    }

    /** A member joins another household of the registry; both keep the history. */
    public HouseholdMember moveMember(UUID householdId, UUID memberId, String ifMatch, UUID targetId,
            RelationToHead relation, LocalDate movedOn) {
        HouseholdMember m = visibleMember(householdId, memberId);
        Household source = Household.findById(householdId);
        EntityTags.requireMatch(ifMatch, m.version);
        requireActive(source);
        if (!m.isActive()) {
            throw new ConflictException("member.left", "The member has already left the household");
        }
        if (m.id.equals(source.headMemberId)) {
            throw new BusinessRuleException("member.head_cannot_leave", "Change the head first");
        }
        if (relation == RelationToHead.HEAD) {
            throw new BusinessRuleException("member.second_head", "Join with another relation, then change the head");
        }
        Household target = visible(targetId);
        requireActive(target);
        if (target.id.equals(source.id)) {
            throw new BusinessRuleException("member.move_to_same_household", "The member is already in this household");
        }
        int position = (int) HouseholdMember.count("householdId", target.id);
        HouseholdMember moved = transfer(m, target, position, relation, movedOn);
        refreshSearchText(source);
        refreshSearchText(target);
        stamp(source, false);
        stamp(target, false);
        flush();
        return moved;
    }

    // ------------------------------------------------------------------ helpers

    private HouseholdMember newMember(Household h, MemberRequest r, int position) {
        HouseholdMember m = new HouseholdMember();
        m.id = UUID.randomUUID();
        m.householdId = h.id;
        m.status = MemberStatus.ACTIVE;
        m.position = position;
        m.createdAt = clock.now();
        m.createdBy = user.username();
        apply(m, r);
        stamp(m);
        m.persist();
        audit.record("member.added", "member", m.id, h.id, h.communeCode, new Changes()
                .field("fullName", null, m.fullName).field("relationToHead", null, m.relationToHead)
                .field("birthDate", null, m.birthDate).secret("citizenId", null, m.citizenId).list());
        return m;
    }

    /**
     * Moves a member to another household: the old membership ends (MOVED_TO_HOUSEHOLD) and a new one
     * starts with the same facts, so each household's history stays true.
     */
    private HouseholdMember transfer(HouseholdMember m, Household target, int position, RelationToHead relation,
            LocalDate on) {
        Household source = Household.findById(m.householdId);
        m.status = MemberStatus.LEFT;
        m.leftReason = LeftReason.MOVED_TO_HOUSEHOLD;
        m.leftOn = on;
        stamp(m);
        flush();
        HouseholdMember copy = new HouseholdMember();
        copy.id = UUID.randomUUID();
        copy.householdId = target.id;
        copy.fullName = m.fullName;
        copy.searchName = m.searchName;
        copy.sex = m.sex;
        copy.birthDate = m.birthDate;
        copy.ethnicity = m.ethnicity;
        copy.citizenId = m.citizenId;
        copy.relationToHead = relation;
        copy.labourCapacity = m.labourCapacity;
        copy.employment = m.employment;
        copy.monthlySocialAllowance = m.monthlySocialAllowance;
        copy.disabled = m.disabled;
        copy.nutrition = m.nutrition;
        copy.healthInsurance = m.healthInsurance;
        copy.attendingSchool = m.attendingSchool;
        copy.highestEducation = m.highestEducation;
        copy.meritorious = m.meritorious;
        copy.sickWithoutCare = m.sickWithoutCare;
        copy.status = MemberStatus.ACTIVE;
        copy.position = position;
        copy.createdAt = clock.now();
        copy.createdBy = user.username();
        stamp(copy);
        copy.persist();
        audit.record("member.moved_out", "member", m.id, source.id, source.communeCode,
                new Changes().field("movedTo", null, target.code).list());
        audit.record("member.moved_in", "member", copy.id, target.id, target.communeCode,
                new Changes().field("movedFrom", null, source.code).field("fullName", null, copy.fullName).list());
        return copy;
    }

    private void closeWith(Household h, CloseReason reason, LocalDate on, UUID successor) {
        Changes changes = new Changes().field("status", h.status, HouseholdStatus.CLOSED)
                .field("closeReason", null, reason).field("closedOn", null, on).field("successorId", null, successor);
        h.status = HouseholdStatus.CLOSED;
        h.closeReason = reason;
        h.closedOn = on;
        h.successorId = successor;
        for (HouseholdMember m : HouseholdMember.activeOf(h.id)) {
            if (reason != CloseReason.MERGED) {
                m.status = MemberStatus.LEFT;
                m.leftReason = LeftReason.MOVED_OUT;
                m.leftOn = on;
                stamp(m);
            }
        }
        stamp(h, false);
        audit.record("household.closed", "household", h.id, h.id, h.communeCode, changes.list());
    }

    private HouseholdMember activeMemberOf(Household h, UUID memberId) {
        HouseholdMember m = memberId == null ? null : HouseholdMember.findById(memberId);
        if (m == null || !m.householdId.equals(h.id) || !m.isActive()) {
            throw new BusinessRuleException("household.member_not_in_household",
                    "The member is not an active member of this household");
        }
        return m;
    }

    /** Recomputes what a search matches: the code and the active members' names. */
    private static void refreshSearchText(Household h) {
        flush();
        StringBuilder text = new StringBuilder(h.code.toLowerCase(java.util.Locale.ROOT));
        List<HouseholdMember> active = HouseholdMember.activeOf(h.id);
        for (int i = 0; i < active.size(); i++) {
            text.append(i == 0 ? " " : " | ").append(active.get(i).searchName);
        }
        h.searchText = text.toString();
    }

    private static void setHead(Household h, HouseholdMember head) {
        h.headMemberId = head.id;
        h.headName = head.fullName;
        h.searchHeadName = head.searchName;
    }

    /** The citizen ID a request leaves the member with: absent keeps the stored one, empty clears it. */
    private static String citizenIdAfter(HouseholdMember m, MemberRequest r) {
        return r.citizenId() == null ? m.citizenId : blankToNull(r.citizenId());
    }

    /** The update as the member will be: a field the body left out keeps its stored value (PartialUpdate). */
    private MemberRequest keepUnsent(HouseholdMember m, MemberRequest r) {
        return new MemberRequest(
                sent.has("fullName") ? r.fullName() : m.fullName,
                sent.has("sex") ? r.sex() : m.sex,
                sent.has("birthDate") ? r.birthDate() : m.birthDate,
                sent.has("ethnicity") ? r.ethnicity() : m.ethnicity,
                r.citizenId(), // null keeps the stored one already (responses mask it)
                sent.has("relationToHead") ? r.relationToHead() : m.relationToHead,
                sent.has("labourCapacity") ? r.labourCapacity() : m.labourCapacity,
                sent.has("employment") ? r.employment() : m.employment,
                sent.has("monthlySocialAllowance") ? r.monthlySocialAllowance() : m.monthlySocialAllowance,
                sent.has("disabled") ? r.disabled() : m.disabled,
                sent.has("nutrition") ? r.nutrition() : m.nutrition,
                sent.has("healthInsurance") ? r.healthInsurance() : m.healthInsurance,
                sent.has("attendingSchool") ? r.attendingSchool() : m.attendingSchool,
                sent.has("highestEducation") ? r.highestEducation() : m.highestEducation,
                sent.has("meritorious") ? r.meritorious() : m.meritorious,
                sent.has("sickWithoutCare") ? r.sickWithoutCare() : m.sickWithoutCare);
    }

    private void apply(HouseholdMember m, MemberRequest r) {
        String citizenId = citizenIdAfter(m, r);
        if (citizenId != null && !citizenId.equals(m.citizenId)) {
            requireUniqueCitizenId(citizenId, m.id);
        }
        m.fullName = VietnameseText.clean(r.fullName());
        m.searchName = VietnameseText.fold(m.fullName);
        m.sex = r.sex();
        m.birthDate = r.birthDate();
        m.ethnicity = blankToNull(r.ethnicity());
        m.citizenId = citizenId;
        m.relationToHead = r.relationToHead();
        m.labourCapacity = r.labourCapacity();
        m.employment = r.employment();
        m.monthlySocialAllowance = r.monthlySocialAllowance();
        m.disabled = r.disabled();
        m.nutrition = r.nutrition();
        m.healthInsurance = r.healthInsurance();
        m.attendingSchool = r.attendingSchool();
        m.highestEducation = r.highestEducation();
        m.meritorious = r.meritorious();
        m.sickWithoutCare = r.sickWithoutCare();
    }

    private static void requireUniqueCitizenId(String citizenId, UUID exceptMember) {
        if (citizenId == null) {
            return;
        }
        long taken = HouseholdMember.count("citizenId = ?1 and status = ?2 and id <> ?3", citizenId,
                MemberStatus.ACTIVE, exceptMember == null ? new UUID(0, 0) : exceptMember);
        if (taken > 0) {
            throw new ConflictException("member.duplicate_citizen_id",
                    "Another active member already has this citizen ID");
        }
    }

    private UUID checkVillage(String communeCode, UUID villageId) {
        if (villageId == null) {
            return null;
        }
        Village village = Village.findById(villageId);
        if (village == null || !village.communeCode.equals(communeCode)) {
            throw new BusinessRuleException("household.village_not_in_commune",
                    "The village does not belong to the household's commune");
        }
        return villageId;
    }

    /** The next code of a commune: {communeCode}-{number}, numbers never reused. */
    private static String nextCode(String communeCode) {
        Number next = (Number) Household.getEntityManager().createNativeQuery("""
                INSERT INTO household_code_counter (commune_code, next_number) VALUES (?1, 2)
                ON CONFLICT (commune_code) DO UPDATE SET next_number = household_code_counter.next_number + 1
                RETURNING next_number - 1""").setParameter(1, communeCode).getSingleResult();
        return String.format("%s-%05d", communeCode, next.intValue());
    }

    private void stamp(Household h, boolean created) {
        h.updatedAt = clock.now();
        h.updatedBy = user.username();
        if (created) {
            h.createdAt = h.updatedAt;
            h.createdBy = h.updatedBy;
        }
    }

    private void stamp(HouseholdMember m) {
        m.updatedAt = clock.now();
        m.updatedBy = user.username();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void flush() {
        try {
            Household.getEntityManager().flush();
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            if (e.getConstraintName() != null && e.getConstraintName().contains("citizen_id")) {
                throw new ConflictException("member.duplicate_citizen_id",
                        "Another active member already has this citizen ID");
            }
            throw e;
        }
    }
}
