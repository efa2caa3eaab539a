package vn.giamngheo.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.giamngheo.common.audit.AuditLog;
import vn.giamngheo.common.audit.AuditLog.Changes;
import vn.giamngheo.common.problem.BusinessRuleException;
import vn.giamngheo.common.problem.ConflictException;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.household.Household;
import vn.giamngheo.support.SupportCodes.CrossCheckMode;
import vn.giamngheo.support.SupportViews.FindingRequest;
import vn.giamngheo.common.time.AppClock;
import vn.giamngheo.common.time.DateRules;

/**
 * Cross-checks: groups inspect each other's support (A checks B and B checks A), or one group checks a
 * random sample of another's households; the inspectors record what they found.
 */
@ApplicationScoped
@Transactional
public class CrossCheckService {

    @Inject
    AppClock clock;

    @Inject
    CurrentUser user;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    SupportAccess access;

    @Inject
    AuditLog audit;

    /** The check, if the caller sees the inspecting or the inspected group; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CrossCheck visible(UUID id) {
        CrossCheck c = id == null ? null : CrossCheck.findById(id);
        if (c == null || !(access.canSee(HelpGroup.findById(c.inspectorGroupId))
                || access.canSee(HelpGroup.findById(c.inspectedGroupId)))) {
            throw new NotFoundException("cross_check", id);
        }
        return c;
    }

    /** A checks B and B checks A, for the year. */
    public List<CrossCheck> pair(UUID groupA, UUID groupB, int year) {
        HelpGroup a = groupForCheck(groupA);
        HelpGroup b = groupForCheck(groupB);
        if (a.id.equals(b.id)) {
            throw new BusinessRuleException("support.same_group", "A group does not check itself");
        }
        long existing = CrossCheck.count("mode = ?1 and year = ?2 and ((inspectorGroupId = ?3 and inspectedGroupId = ?4)"
                + " or (inspectorGroupId = ?4 and inspectedGroupId = ?3))", CrossCheckMode.PAIRED, year, a.id, b.id);
        if (existing > 0) {
            throw new ConflictException("support.cross_check_exists", a.name + " and " + b.name
                    + " already check each other in " + year);
        }
        return List.of(create(a, b, year, CrossCheckMode.PAIRED), create(b, a, year, CrossCheckMode.PAIRED));
    }

    /** The inspector checks a random sample of the inspected group's households. */
    @SuppressWarnings("unchecked")
    public CrossCheck sample(UUID inspectorId, UUID inspectedId, int year, int size) {
        HelpGroup inspector = groupForCheck(inspectorId);
        HelpGroup inspected = groupForCheck(inspectedId);
        if (inspector.id.equals(inspected.id)) {
            throw new BusinessRuleException("support.same_group", "A group does not check itself");
        }
        List<UUID> households = CrossCheck.getEntityManager().createNativeQuery("SELECT household_id FROM"
                + " help_group_household WHERE group_id = :g ORDER BY random() LIMIT :n", UUID.class)
                .setParameter("g", inspected.id).setParameter("n", size).getResultList();
        if (households.isEmpty()) {
            throw new BusinessRuleException("support.nothing_to_sample", inspected.name + " helps no household yet");
        }
        CrossCheck check = create(inspector, inspected, year, CrossCheckMode.SAMPLE);
        for (UUID h : households) {
            CrossCheck.getEntityManager().createNativeQuery("INSERT INTO cross_check_household (check_id, household_id)"
                    + " VALUES (:c, :h)").setParameter("c", check.id).setParameter("h", h).executeUpdate();
        }
        return check;
    }

    private CrossCheck create(HelpGroup inspector, HelpGroup inspected, int year, CrossCheckMode mode) {
        CrossCheck c = new CrossCheck();
        c.id = UUID.randomUUID();
        c.year = year;
        c.mode = mode;
        c.inspectorGroupId = inspector.id;
        c.inspectedGroupId = inspected.id;
        c.createdAt = clock.now();
        c.createdBy = user.username();
        c.persist();
        CrossCheck.flush();
        audit.record("support.cross_check_created", "cross_check", c.id, null, null, new Changes()
                .field("inspector", null, inspector.name).field("inspected", null, inspected.name)
                .field("mode", null, mode).field("year", null, year).list());
        return c;
    }

    /** A group the caller may organise checks for: an officer's, by area. */
    private HelpGroup groupForCheck(UUID id) {
        HelpGroup g = access.group(id);
        if (!jurisdiction.covers(g.provinceCode)
                && SupportAccess.communesOf(g.id).stream().noneMatch(jurisdiction::covers)) {
            throw new NotFoundException("help_group", id);
        }
        return g;
    }

    /** What the inspector found at a household of the check. */
    public Finding find(UUID checkId, FindingRequest r) {
        CrossCheck check = visible(checkId);
        if (access.isAgency() && !access.groupIds().contains(check.inspectorGroupId)) {
            throw new vn.giamngheo.common.problem.ProblemException(403, "support.not_inspector",
                    "Only the inspecting group records findings", null);
        }
        Household h = Household.findById(r.householdId());
        if (h == null || !inScope(check, h.id)) {
            throw new BusinessRuleException("support.household_not_in_check",
                    "The household is not among those this check covers");
        }
        DateRules.notInFuture("support.date_in_future", r.foundOn(), clock.today(), "The finding");
        // a check inspects the support of its year: nothing is found before that year began
        DateRules.notBefore("support.date_before_start", r.foundOn(), LocalDate.of(check.year, 1, 1), "The finding",
                "the checked year began");
        if (r.itemId() != null) {
            SupportItem item = SupportItem.findById(r.itemId());
            SupportPlan plan = item == null ? null : SupportPlan.findById(item.planId);
            if (plan == null || !plan.householdId.equals(h.id)) {
                throw new BusinessRuleException("support.item_not_of_household", "The item is not the household's");
            }
        }
        Finding f = new Finding();
        f.id = UUID.randomUUID();
        f.checkId = check.id;
        f.householdId = h.id;
        f.itemId = r.itemId();
        f.outcome = r.outcome();
        f.remarks = r.remarks();
        f.foundOn = r.foundOn();
        f.createdAt = clock.now();
        f.createdBy = user.username();
        f.persist();
        audit.record("support.finding_recorded", "cross_check", check.id, h.id, h.communeCode, new Changes()
                .field("outcome", null, f.outcome).field("item", null, f.itemId).field("remarks", null, f.remarks)
                .list());
        return f;
    }

    static boolean inScope(CrossCheck check, UUID householdId) {
        String sql = check.mode == CrossCheckMode.SAMPLE
                ? "SELECT count(*) FROM cross_check_household WHERE check_id = :c AND household_id = :h"
                : "SELECT count(*) FROM (SELECT household_id FROM help_group_household WHERE group_id = :g"
                        + " AND household_id = :h UNION SELECT household_id FROM support_plan WHERE group_id = :g"
                        + " AND household_id = :h AND year = :y) x";
        var q = CrossCheck.getEntityManager().createNativeQuery(sql).setParameter("h", householdId);
        if (check.mode == CrossCheckMode.SAMPLE) {
            q.setParameter("c", check.id);
        } else {
            q.setParameter("g", check.inspectedGroupId).setParameter("y", check.year);
        }
        return ((Number) q.getSingleResult()).longValue() > 0;
    }
}
