package vn.giamngheo.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.area.AreaService;
import vn.giamngheo.common.audit.AuditLog;
import vn.giamngheo.common.audit.AuditLog.Changes;
import vn.giamngheo.common.http.EntityTags;
import vn.giamngheo.common.problem.BusinessRuleException;
import vn.giamngheo.common.problem.ConflictException;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.common.text.VietnameseText;
import vn.giamngheo.household.Household;
import vn.giamngheo.household.HouseholdService;
import vn.giamngheo.support.SupportViews.AgencyRequest;
import vn.giamngheo.support.SupportViews.HelpGroupRequest;
import vn.giamngheo.common.time.AppClock;
import vn.giamngheo.common.time.DateRules;

/**
 * Agencies, help groups and the catalogue policy: set up by the province; households are assigned to
 * groups by the commune (or the province). Every change is audited.
 */
@ApplicationScoped
@Transactional
public class SupportService {

    @Inject
    AppClock clock;

    @Inject
    CurrentUser user;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    SupportAccess access;

    @Inject
    AreaService areas;

    @Inject
    HouseholdService households;

    @Inject
    AuditLog audit;

    // ------------------------------------------------------------------ agencies

    public Agency createAgency(AgencyRequest r) {
        requireProvince(r.provinceCode());
        Agency a = new Agency();
        a.id = UUID.randomUUID();
        a.createdAt = clock.now();
        a.createdBy = user.username();
        apply(a, r);
        a.persist();
        audit.record("support.agency_created", "support_agency", a.id, null, null,
                new Changes().field("name", null, a.name).field("provinceCode", null, a.provinceCode).list());
        return a;
    }

    public Agency updateAgency(UUID id, String ifMatch, AgencyRequest r) {
        Agency a = access.agency(id);
        jurisdiction.require(a.provinceCode);
        EntityTags.requireMatch(ifMatch, a.version);
        if (!a.provinceCode.equals(r.provinceCode())) {
            throw new BusinessRuleException("support.agency_province_fixed", "An agency stays in its province");
        }
        Changes changes = new Changes().field("name", a.name, VietnameseText.clean(r.name()))
                .field("kind", a.kind, r.kind()).field("level", a.level, r.level())
                .field("contactName", a.contactName, r.contactName()).field("contactPhone", a.contactPhone, r.contactPhone())
                .field("contactEmail", a.contactEmail, r.contactEmail());
        apply(a, r);
        audit.record("support.agency_updated", "support_agency", a.id, null, null, changes.list());
        return a;
    }

    private void apply(Agency a, AgencyRequest r) {
        a.name = VietnameseText.clean(r.name());
        a.searchName = VietnameseText.fold(a.name);
        long clash = Agency.count("provinceCode = ?1 and searchName = ?2 and id <> ?3", r.provinceCode(), a.searchName,
                a.id);
        if (clash > 0) {
            throw new ConflictException("support.agency_duplicate_name", "The province already has an agency named "
                    + a.name);
        }
        a.kind = r.kind();
        a.level = r.level();
        a.provinceCode = r.provinceCode();
        a.contactName = r.contactName();
        a.contactPhone = r.contactPhone();
        a.contactEmail = r.contactEmail();
        a.updatedAt = clock.now();
        a.updatedBy = user.username();
    }

    /** Links a user (role support_agency in Keycloak) to the agency; a user works for one agency. */
    public Agency linkUser(UUID agencyId, String username) {
        Agency a = access.agency(agencyId);
        jurisdiction.require(a.provinceCode);
        AgencyUser mapping = AgencyUser.findById(username);
        UUID before = mapping == null ? null : mapping.agencyId;
        if (mapping == null) {
            mapping = new AgencyUser();
            mapping.username = username;
        }
        mapping.agencyId = a.id;
        mapping.assignedAt = clock.now();
        mapping.assignedBy = user.username();
        mapping.persist();
        audit.record("support.agency_user_linked", "support_agency", a.id, null, null,
                new Changes().field("user", null, username).field("previousAgency", before, null).list());
        return a;
    }

    public void unlinkUser(UUID agencyId, String username) {
        Agency a = access.agency(agencyId);
        jurisdiction.require(a.provinceCode);
        AgencyUser mapping = AgencyUser.findById(username);
        if (mapping == null || !mapping.agencyId.equals(a.id)) {
            throw new NotFoundException("agency_user", username);
        }
        mapping.delete();
        audit.record("support.agency_user_unlinked", "support_agency", a.id, null, null,
                new Changes().field("user", username, null).list());
    }

    // ------------------------------------------------------------------ groups

    public HelpGroup createGroup(HelpGroupRequest r) {
        requireProvince(r.provinceCode());
        Agency lead = agencyOfProvince(r.leadAgencyId(), r.provinceCode());
        Set<UUID> members = new LinkedHashSet<>();
        members.add(lead.id);
        if (r.memberAgencyIds() != null) {
            for (UUID id : r.memberAgencyIds()) {
                members.add(agencyOfProvince(id, r.provinceCode()).id);
            }
        }
        for (String commune : r.communeCodes()) {
            AdminUnit unit = areas.requireCommune(commune);
            if (!r.provinceCode().equals(unit.provinceCode)) {
                throw new BusinessRuleException("support.commune_outside_province",
                        unit.fullName + " is not in the group's province");
            }
        }
        HelpGroup g = new HelpGroup();
        g.id = UUID.randomUUID();
        g.name = VietnameseText.clean(r.name());
        g.provinceCode = r.provinceCode();
        g.leadAgencyId = lead.id;
        g.createdAt = clock.now();
        g.createdBy = user.username();
        g.updatedAt = g.createdAt;
        g.updatedBy = g.createdBy;
        g.persist();
        HelpGroup.flush();
        EntityManager em = HelpGroup.getEntityManager();
        for (UUID agency : members) {
            em.createNativeQuery("INSERT INTO help_group_agency (group_id, agency_id) VALUES (:g, :a)")
                    .setParameter("g", g.id).setParameter("a", agency).executeUpdate();
        }
        for (String commune : new LinkedHashSet<>(r.communeCodes())) {
            em.createNativeQuery("INSERT INTO help_group_commune (group_id, commune_code) VALUES (:g, :c)")
                    .setParameter("g", g.id).setParameter("c", commune).executeUpdate();
        }
        audit.record("support.group_created", "help_group", g.id, null, null, new Changes()
                .field("name", null, g.name).field("lead", null, lead.name)
                .field("communes", null, String.join(", ", r.communeCodes())).list());
        return g;
    }

    /** Another agency leads the group (it joins the group if it was not a member); the change is kept. */
    public HelpGroup changeLead(UUID groupId, String ifMatch, UUID agencyId, LocalDate on, String reason) {
        HelpGroup g = access.group(groupId);
        jurisdiction.require(g.provinceCode);
        HelpGroup.getEntityManager().lock(g, LockModeType.PESSIMISTIC_WRITE);
        EntityTags.requireMatch(ifMatch, g.version);
        Agency to = agencyOfProvince(agencyId, g.provinceCode);
        if (to.id.equals(g.leadAgencyId)) {
            throw new ConflictException("support.lead_unchanged", to.name + " already leads the group");
        }
        DateRules.notInFuture("support.date_in_future", on, clock.today(), "The lead change");
        // a group has no founding date of its own: it exists from its registration here (created_at, as a
        // date in Vietnam), so its history cannot be dated before that
        DateRules.notBefore("support.date_before_start", on, LocalDate.ofInstant(g.createdAt, AppClock.VIETNAM),
                "The lead change", "the group was created");
        LeadChange change = new LeadChange();
        change.id = UUID.randomUUID();
        change.groupId = g.id;
        change.fromAgencyId = g.leadAgencyId;
        change.toAgencyId = to.id;
        change.changedOn = on;
        change.reason = reason.strip();
        change.changedAt = clock.now();
        change.changedBy = user.username();
        change.persist();
        Agency from = Agency.findById(g.leadAgencyId);
        g.leadAgencyId = to.id;
        g.updatedAt = change.changedAt;
        g.updatedBy = change.changedBy;
        HelpGroup.getEntityManager().createNativeQuery("INSERT INTO help_group_agency (group_id, agency_id)"
                + " VALUES (:g, :a) ON CONFLICT DO NOTHING").setParameter("g", g.id).setParameter("a", to.id)
                .executeUpdate();
        audit.record("support.group_lead_changed", "help_group", g.id, null, null, new Changes()
                .field("lead", from.name, to.name).field("changedOn", null, on).field("reason", null, change.reason)
                .list());
        return g;
    }

    /**
     * The group helps these households from now on (a household is helped by one group at a time;
     * assigning it again moves it). Each must live in one of the group's communes.
     */
    public HelpGroup assign(UUID groupId, List<UUID> householdIds, java.time.LocalDate on) {
        HelpGroup g = access.group(groupId);
        List<String> communes = SupportAccess.communesOf(g.id);
        for (UUID id : new LinkedHashSet<>(householdIds)) {
            Household h = households.visible(id);
            if (!communes.contains(h.communeCode)) {
                throw new BusinessRuleException("support.household_outside_group_communes",
                        "Household " + h.code + " is not in a commune the group serves");
            }
            GroupHousehold existing = GroupHousehold.findById(h.id);
            if (existing != null && existing.groupId.equals(g.id)) {
                continue;
            }
            UUID before = existing == null ? null : existing.groupId;
            if (existing == null) {
                existing = new GroupHousehold();
                existing.householdId = h.id;
            }
            existing.groupId = g.id;
            existing.assignedOn = on;
            existing.assignedAt = clock.now();
            existing.assignedBy = user.username();
            existing.persist();
            audit.record("support.household_assigned", "household", h.id, h.id, h.communeCode,
                    new Changes().field("group", before, g.name).list());
        }
        return g;
    }

    public void unassign(UUID groupId, UUID householdId) {
        HelpGroup g = access.group(groupId);
        Household h = households.visible(householdId);
        GroupHousehold existing = GroupHousehold.findById(h.id);
        if (existing == null || !existing.groupId.equals(g.id)) {
            throw new NotFoundException("group_household", householdId);
        }
        existing.delete();
        audit.record("support.household_unassigned", "household", h.id, h.id, h.communeCode,
                new Changes().field("group", g.name, null).list());
    }

    // ------------------------------------------------------------------ catalogue policy

    public void setPolicy(String provinceCode, String kindCode, boolean discouraged, String note) {
        requireProvince(provinceCode);
        SupportKind kind = SupportKind.findById(kindCode);
        if (kind == null) {
            throw new NotFoundException("support_kind", kindCode);
        }
        int updated = SupportKind.getEntityManager().createNativeQuery("INSERT INTO support_kind_policy"
                + " (province_code, kind_code, discouraged, note, updated_at, updated_by)"
                + " VALUES (:p, :k, :d, :n, :at, :u) ON CONFLICT (province_code, kind_code)"
                + " DO UPDATE SET discouraged = :d, note = :n, updated_at = :at, updated_by = :u")
                .setParameter("p", provinceCode).setParameter("k", kindCode).setParameter("d", discouraged)
                .setParameter("n", note).setParameter("at", clock.now()).setParameter("u", user.username()).executeUpdate();
        audit.record("support.policy_set", "support_kind", UUID.nameUUIDFromBytes(("support_kind:" + kindCode)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), null, null, new Changes()
                .field("province", null, provinceCode).field("discouraged", null, discouraged).field("note", null, note)
                .field("rows", null, updated).list());
    }

    // ------------------------------------------------------------------ helpers

    private void requireProvince(String code) {
        AdminUnit unit = AdminUnit.findById(code);
        if (unit == null || !unit.isProvince()) {
            throw new NotFoundException("province", code);
        }
        jurisdiction.require(code);
    }

    private Agency agencyOfProvince(UUID id, String provinceCode) {
        Agency a = id == null ? null : Agency.findById(id);
        if (a == null || !jurisdiction.covers(a.provinceCode)) {
            throw new NotFoundException("agency", id);
        }
        if (!a.provinceCode.equals(provinceCode)) {
            throw new BusinessRuleException("support.agency_outside_province", a.name + " works in another province");
        }
        return a;
    }
}
