package vn.giamngheo.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.problem.ProblemException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.common.security.Roles;
import vn.giamngheo.household.Household;
import vn.giamngheo.household.HouseholdService;

/**
 * Who sees what in support work. Officers, auditors and the province's system see by area, as in the
 * registry. A user with role {@code support_agency} works for one agency (table
 * {@code support_agency_user}) and sees only the households assigned to the groups that agency
 * belongs to; everything else answers 404, as if it did not exist.
 */
@RequestScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SupportAccess {

    @Inject
    CurrentUser user;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    HouseholdService households;

    private UUID agencyId;
    private Set<UUID> groupIds;

    /** Whether the caller is a helping agency's user (and sees only its groups' households). */
    public boolean isAgency() {
        return user.hasRole(Roles.SUPPORT_AGENCY) && !user.hasAnyRole(Roles.ADMIN, Roles.PROVINCE_OFFICER,
                Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER, Roles.AUDITOR, Roles.INTEGRATION);
    }

    /** The caller's agency; 403 {@code support.no_agency} for an agency user nobody mapped yet. */
    public UUID agencyId() {
        if (agencyId == null) {
            AgencyUser mapping = AgencyUser.findById(user.username());
            if (mapping == null) {
                throw new ProblemException(403, "support.no_agency", "Your account is not linked to a helping "
                        + "agency yet: ask the province officer to link it", null);
            }
            agencyId = mapping.agencyId;
        }
        return agencyId;
    }

    /** The caller's agency if it has one, else null. */
    public UUID agencyIdOrNull() {
        AgencyUser mapping = AgencyUser.findById(user.username());
        return mapping == null ? null : mapping.agencyId;
    }

    /** The groups the caller's agency belongs to (lead or member). */
    @SuppressWarnings("unchecked")
    public Set<UUID> groupIds() {
        if (groupIds == null) {
            List<UUID> ids = HelpGroup.getEntityManager()
                    .createNativeQuery("SELECT group_id FROM help_group_agency WHERE agency_id = :agency", UUID.class)
                    .setParameter("agency", agencyId()).getResultList();
            groupIds = new HashSet<>(ids);
        }
        return groupIds;
    }

    /** The household, if the caller may see it for support work; 404 otherwise. */
    public Household household(UUID householdId) {
        Household h = households.visible(householdId);
        if (isAgency()) {
            GroupHousehold assignment = GroupHousehold.findById(h.id);
            if (assignment == null || !groupIds().contains(assignment.groupId)) {
                throw new NotFoundException("household", householdId);
            }
        }
        return h;
    }

    /** The group, if the caller may see it; 404 otherwise. */
    public HelpGroup group(UUID groupId) {
        HelpGroup g = groupId == null ? null : HelpGroup.findById(groupId);
        if (g == null || !canSee(g)) {
            throw new NotFoundException("help_group", groupId);
        }
        return g;
    }

    boolean canSee(HelpGroup g) {
        if (isAgency()) {
            return groupIds().contains(g.id);
        }
        if (jurisdiction.covers(g.provinceCode)) {
            return true;
        }
        return communesOf(g.id).stream().anyMatch(jurisdiction::covers);
    }

    /** The agency, if it works in the caller's province; 404 otherwise. */
    public Agency agency(UUID id) {
        Agency a = id == null ? null : Agency.findById(id);
        if (a == null || !(user.isNational() || inCallersProvince(a.provinceCode)
                || (isAgency() && a.id.equals(agencyIdOrNull())))) {
            throw new NotFoundException("agency", id);
        }
        return a;
    }

    /** Whether a province is the caller's or holds one of the caller's communes. */
    boolean inCallersProvince(String provinceCode) {
        if (jurisdiction.covers(provinceCode)) {
            return true;
        }
        return user.areaCodes().stream().anyMatch(code -> provinceOf(code).equals(provinceCode));
    }

    private static String provinceOf(String communeCode) {
        vn.giamngheo.area.AdminUnit u = vn.giamngheo.area.AdminUnit.findById(communeCode);
        return u == null || u.provinceCode == null ? "" : u.provinceCode;
    }

    @SuppressWarnings("unchecked")
    static List<String> communesOf(UUID groupId) {
        return HelpGroup.getEntityManager()
                .createNativeQuery("SELECT commune_code FROM help_group_commune WHERE group_id = :g ORDER BY commune_code",
                        String.class)
                .setParameter("g", groupId).getResultList();
    }
}
