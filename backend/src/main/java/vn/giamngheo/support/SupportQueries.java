package vn.giamngheo.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.giamngheo.common.sql.NativeValues;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.common.paging.Cursor;
import vn.giamngheo.common.problem.BusinessRuleException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.household.Household;
import vn.giamngheo.support.SupportCodes.FindingOutcome;
import vn.giamngheo.support.SupportCodes.ItemStatus;
import vn.giamngheo.support.SupportCodes.SupportType;
import vn.giamngheo.support.SupportViews.AgencyRef;
import vn.giamngheo.support.SupportViews.AgencyView;
import vn.giamngheo.support.SupportViews.CommitmentView;
import vn.giamngheo.support.SupportViews.CommuneRef;
import vn.giamngheo.support.SupportViews.CrossCheckView;
import vn.giamngheo.support.SupportViews.FindingCounts;
import vn.giamngheo.support.SupportViews.FindingView;
import vn.giamngheo.support.SupportViews.HelpGroupView;
import vn.giamngheo.support.SupportViews.KindEffect;
import vn.giamngheo.support.SupportViews.LeadChangeView;
import vn.giamngheo.support.SupportViews.OverdueVisitView;
import vn.giamngheo.support.SupportViews.PlanSummary;
import vn.giamngheo.support.SupportViews.PlanView;
import vn.giamngheo.support.SupportViews.SupportEffect;
import vn.giamngheo.support.SupportViews.SupportItemView;
import vn.giamngheo.support.SupportViews.SupportKindView;
import vn.giamngheo.support.SupportViews.SupportReport;
import vn.giamngheo.support.SupportViews.TargetPage;
import vn.giamngheo.support.SupportViews.TargetView;
import vn.giamngheo.support.SupportViews.VisitView;
import vn.giamngheo.common.time.AppClock;

/** What the support API reads: lists, plans, overdue visits, cross-checks, reports and the effect. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SupportQueries {

    @Inject
    AppClock clock;

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final String WARN_DISCOURAGED = "support.kind_discouraged";
    public static final String WARN_NO_NEED = "support.item_addresses_no_need";

    @Inject
    CurrentUser user;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    SupportAccess access;

    @Inject
    PlanService plans;

    LocalDate today() {
        return clock.today();
    }

    private static EntityManager em() {
        return SupportPlan.getEntityManager();
    }

    // ------------------------------------------------------------------ agencies and groups

    public List<AgencyView> agencies(String provinceCode) {
        if (!user.isNational() && !access.inCallersProvince(provinceCode)) {
            throw new vn.giamngheo.common.security.OutOfJurisdictionException(provinceCode);
        }
        List<Agency> list = Agency.list("provinceCode = ?1 order by searchName", provinceCode);
        Map<UUID, List<String>> users = usersOf(list.stream().map(a -> a.id).toList());
        return list.stream().map(a -> view(a, users.getOrDefault(a.id, List.of()))).toList();
    }

    public AgencyView view(Agency a) {
        return view(a, usersOf(List.of(a.id)).getOrDefault(a.id, List.of()));
    }

    private static AgencyView view(Agency a, List<String> users) {
        return new AgencyView(a.id, a.name, a.kind, a.level, a.provinceCode, a.contactName, a.contactPhone,
                a.contactEmail, users, a.version);
    }

    private static Map<UUID, List<String>> usersOf(Collection<UUID> agencyIds) {
        if (agencyIds.isEmpty()) {
            return Map.of();
        }
        List<AgencyUser> users = AgencyUser.list("agencyId in ?1 order by username", agencyIds);
        return users.stream().collect(Collectors.groupingBy(u -> u.agencyId, LinkedHashMap::new,
                Collectors.mapping(u -> u.username, Collectors.toList())));
    }

    /** Groups the caller sees: of a province, or serving a commune. */
    @SuppressWarnings("unchecked")
    public List<HelpGroupView> groups(String provinceCode, String communeCode) {
        List<HelpGroup> list;
        if (communeCode != null) {
            List<UUID> ids = em().createNativeQuery("SELECT group_id FROM help_group_commune WHERE commune_code = :c",
                    UUID.class).setParameter("c", communeCode).getResultList();
            list = ids.isEmpty() ? List.of() : HelpGroup.list("id in ?1 order by name", ids);
        } else if (provinceCode != null) {
            list = HelpGroup.list("provinceCode = ?1 order by name", provinceCode);
        } else {
            list = access.isAgency() && !access.groupIds().isEmpty()
                    ? HelpGroup.list("id in ?1 order by name", access.groupIds())
                    : List.of();
        }
        return list.stream().filter(access::canSee).map(this::view).toList();
    }

    @SuppressWarnings("unchecked")
    public HelpGroupView view(HelpGroup g) {
        List<UUID> memberIds = em().createNativeQuery("SELECT agency_id FROM help_group_agency WHERE group_id = :g",
                UUID.class).setParameter("g", g.id).getResultList();
        Map<UUID, Agency> agencies = new HashMap<>();
        List<LeadChange> changes = LeadChange.list("groupId = ?1 order by changedOn, changedAt", g.id);
        Set<UUID> ids = new HashSet<>(memberIds);
        ids.add(g.leadAgencyId);
        changes.forEach(c -> {
            ids.add(c.fromAgencyId);
            ids.add(c.toAgencyId);
        });
        Agency.<Agency>list("id in ?1", ids).forEach(a -> agencies.put(a.id, a));
        List<AgencyRef> members = memberIds.stream().map(id -> ref(agencies.get(id)))
                .sorted(Comparator.comparing(AgencyRef::name)).toList();
        List<CommuneRef> communes = SupportAccess.communesOf(g.id).stream().map(code -> {
            AdminUnit u = AdminUnit.findById(code);
            return new CommuneRef(code, u == null ? code : u.fullName);
        }).toList();
        int households = ((Number) em().createNativeQuery("SELECT count(*) FROM help_group_household WHERE group_id = :g")
                .setParameter("g", g.id).getSingleResult()).intValue();
        List<LeadChangeView> history = changes.stream().map(c -> new LeadChangeView(ref(agencies.get(c.fromAgencyId)),
                ref(agencies.get(c.toAgencyId)), c.changedOn, c.reason, c.changedBy)).toList();
        return new HelpGroupView(g.id, g.name, g.provinceCode, ref(agencies.get(g.leadAgencyId)), members, communes,
                households, history, g.version);
    }

    private static AgencyRef ref(Agency a) {
        return a == null ? null : new AgencyRef(a.id, a.name);
    }

    private static AgencyRef ref(HelpGroup g) {
        return g == null ? null : new AgencyRef(g.id, g.name);
    }

    // ------------------------------------------------------------------ catalogue

    @SuppressWarnings("unchecked")
    public List<SupportKindView> kinds(String provinceCode) {
        List<Object[]> policies = provinceCode == null ? List.of() : em().createNativeQuery("SELECT kind_code,"
                + " discouraged, note FROM support_kind_policy WHERE province_code = :p").setParameter("p", provinceCode)
                .getResultList();
        Map<String, Object[]> byKind = policies.stream().collect(Collectors.toMap(r -> (String) r[0], r -> r));
        return SupportKind.<SupportKind>list("order by position").stream().map(k -> {
            Object[] policy = byKind.get(k.code);
            return new SupportKindView(k.code, k.name, k.nameEn, List.of(k.indicators), k.addressesIncome, k.unit,
                    policy != null && Boolean.TRUE.equals(policy[1]), policy == null ? null : (String) policy[2]);
        }).toList();
    }

    // ------------------------------------------------------------------ targeting

    /**
     * Households for targeting, in code order: a helping agency's user sees its groups' households;
     * officers see a commune's poor and near-poor households and every household assigned to a group.
     */
    @SuppressWarnings("unchecked")
    public TargetPage targets(String communeCode, Boolean assigned, UUID groupId, int limit, String after) {
        StringBuilder where = new StringBuilder(" WHERE h.status = 'ACTIVE'");
        Map<String, Object> params = new HashMap<>();
        if (access.isAgency()) {
            if (access.groupIds().isEmpty()) {
                return new TargetPage(List.of(), null);
            }
            where.append(" AND gh.group_id IN (:mine)");
            params.put("mine", access.groupIds());
        } else if (communeCode == null) {
            throw new BusinessRuleException("support.commune_required", "Choose a commune");
        } else {
            jurisdiction.require(communeCode);
        }
        if (communeCode != null) {
            where.append(" AND h.commune_code = :commune");
            params.put("commune", communeCode);
        }
        where.append(" AND (h.latest_class IN ('POOR', 'NEAR_POOR') OR gh.group_id IS NOT NULL)");
        if (assigned != null) {
            where.append(assigned ? " AND gh.group_id IS NOT NULL" : " AND gh.group_id IS NULL");
        }
        if (groupId != null) {
            where.append(" AND gh.group_id = :group");
            params.put("group", groupId);
        }
        if (after != null) {
            where.append(" AND h.code > :after");
            params.put("after", Cursor.decode(after, 1).get(0));
        }
        String sql = "SELECT h.id, h.code, h.head_name, h.commune_code, v.name AS village, h.latest_class,"
                + " h.latest_year, h.latest_deprived, r.causes, r.needs, h.no_labour_capacity, gh.group_id, g.name"
                + " FROM household h LEFT JOIN help_group_household gh ON gh.household_id = h.id"
                + " LEFT JOIN help_group g ON g.id = gh.group_id LEFT JOIN village v ON v.id = h.village_id"
                + " LEFT JOIN household_record r ON r.id = h.latest_record_id"
                + where + " ORDER BY h.code LIMIT :limit";
        Query q = em().createNativeQuery(sql);
        params.forEach(q::setParameter);
        q.setParameter("limit", limit + 1);
        List<Object[]> rows = q.getResultList();
        List<TargetView> items = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(limit, rows.size()))) {
            List<String> causes = NativeValues.strings(r[8]);
            SupportType type = PlanService.supportTypeOf(new HashSet<>(causes), Boolean.TRUE.equals(r[10]));
            HouseholdClass cls = r[5] == null ? null : HouseholdClass.valueOf((String) r[5]);
            items.add(new TargetView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], cls,
                    r[6] == null ? null : ((Number) r[6]).intValue(), NativeValues.strings(r[7]), causes, NativeValues.strings(r[9]), type,
                    cls == HouseholdClass.POOR && type == SupportType.LAND_AND_LABOUR, (UUID) r[11], (String) r[12]));
        }
        String next = rows.size() > limit ? Cursor.encode((String) rows.get(limit - 1)[1]) : null;
        return new TargetPage(items, next);
    }

    // ------------------------------------------------------------------ plans

    public PlanView plan(UUID planId) {
        return view(plans.visible(planId));
    }

    public PlanView view(SupportPlan plan) {
        Household h = Household.findById(plan.householdId);
        HelpGroup g = HelpGroup.findById(plan.groupId);
        List<SupportItem> items = SupportItem.list("planId = ?1 order by plannedOn, createdAt", plan.id);
        Map<String, SupportKind> kinds = SupportKind.<SupportKind>listAll().stream()
                .collect(Collectors.toMap(k -> k.code, k -> k));
        Set<UUID> agencyIds = items.stream().map(i -> i.agencyId).collect(Collectors.toSet());
        Map<UUID, Agency> agencies = agencyIds.isEmpty() ? Map.of()
                : Agency.<Agency>list("id in ?1", agencyIds).stream().collect(Collectors.toMap(a -> a.id, a -> a));
        List<SupportItemView> itemViews = items.stream().map(i -> view(i, kinds.get(i.kindCode),
                agencies.get(i.agencyId))).toList();
        Commitment c = Commitment.findById(plan.id);
        List<Visit> visits = Visit.list("planId = ?1 order by visitedOn desc, createdAt desc", plan.id);
        LocalDate last = visits.isEmpty() ? null : visits.get(0).visitedOn;
        long planned = items.stream().filter(i -> i.status != ItemStatus.CANCELLED).mapToLong(i -> i.valueVnd).sum();
        long delivered = items.stream().filter(i -> i.status == ItemStatus.DELIVERED).mapToLong(i -> i.valueVnd).sum();
        return new PlanView(plan.id, h.id, h.code, h.headName, h.communeCode, ref(g), plan.year, plan.escapeYear,
                plan.supportType, itemViews,
                c == null ? null : new CommitmentView(c.signedOn, c.signatories, c.fileName, c.fileName != null
                        && hasFile(plan.id), c.recordedBy, c.recordedAt),
                visits.stream().map(SupportQueries::view).toList(), last, overdue(plan.year, last), planned, delivered,
                plan.version);
    }

    private static boolean hasFile(UUID planId) {
        return ((Number) em().createNativeQuery("SELECT count(*) FROM support_commitment WHERE plan_id = :p"
                + " AND file IS NOT NULL").setParameter("p", planId).getSingleResult()).longValue() > 0;
    }

    static SupportItemView view(SupportItem i, SupportKind kind, Agency agency) {
        List<String> warnings = new ArrayList<>();
        if (i.discouraged) {
            warnings.add(WARN_DISCOURAGED);
        }
        if (!i.addressesNeed) {
            warnings.add(WARN_NO_NEED);
        }
        return new SupportItemView(i.id, i.kindCode, kind == null ? i.kindCode : kind.name, ref(agency), i.description,
                i.quantity, i.unit, i.valueVnd, i.fundingSource, i.plannedOn, i.deliveredOn, i.status, warnings);
    }

    static VisitView view(Visit v) {
        return new VisitView(v.id, v.visitedOn, v.visitor, v.observed, v.nextStep, v.createdBy);
    }

    /** A plan of this year with no visit in the current month is overdue. */
    boolean overdue(int planYear, LocalDate lastVisit) {
        YearMonth now = YearMonth.from(today());
        return planYear == now.getYear() && (lastVisit == null || YearMonth.from(lastVisit).isBefore(now));
    }

    /** Plans of a group, of a household, or of the caller's groups, for a year; in household code order. */
    @SuppressWarnings("unchecked")
    public List<PlanSummary> plans(UUID groupId, UUID householdId, Integer year) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (householdId != null) {
            access.household(householdId);
            where.append(" AND p.household_id = :household");
            params.put("household", householdId);
        } else if (groupId != null) {
            access.group(groupId);
            where.append(" AND p.group_id = :group");
            params.put("group", groupId);
        } else if (access.isAgency()) {
            if (access.groupIds().isEmpty()) {
                return List.of();
            }
            where.append(" AND p.group_id IN (:mine)");
            params.put("mine", access.groupIds());
        } else {
            throw new BusinessRuleException("support.filter_required", "Choose a group or a household");
        }
        if (access.isAgency()) {
            where.append(" AND p.group_id IN (:mine)");
            params.put("mine", access.groupIds().isEmpty() ? Set.of(new UUID(0, 0)) : access.groupIds());
        }
        if (year != null) {
            where.append(" AND p.year = :year");
            params.put("year", year);
        }
        String sql = "SELECT p.id, p.household_id, h.code, h.head_name, p.group_id, g.name, p.year, p.escape_year,"
                + " p.support_type,"
                + " (SELECT count(*) FROM support_item i WHERE i.plan_id = p.id AND i.status <> 'CANCELLED'),"
                + " (SELECT count(*) FROM support_item i WHERE i.plan_id = p.id AND i.status = 'DELIVERED'),"
                + " EXISTS (SELECT 1 FROM support_commitment c WHERE c.plan_id = p.id),"
                + " (SELECT max(v.visited_on) FROM support_visit v WHERE v.plan_id = p.id)"
                + " FROM support_plan p JOIN household h ON h.id = p.household_id JOIN help_group g ON g.id = p.group_id"
                + where + " ORDER BY h.code, p.year LIMIT 2000";
        Query q = em().createNativeQuery(sql);
        params.forEach(q::setParameter);
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> {
            LocalDate last = NativeValues.date(r[12]);
            int planYear = ((Number) r[6]).intValue();
            return new PlanSummary((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                    new AgencyRef((UUID) r[4], (String) r[5]), planYear, ((Number) r[7]).intValue(),
                    SupportType.valueOf((String) r[8]), ((Number) r[9]).intValue(), ((Number) r[10]).intValue(),
                    Boolean.TRUE.equals(r[11]), last, overdue(planYear, last));
        }).toList();
    }

    /**
     * Households with an active plan (of the month's year) and no visit in the month, of a group, of
     * an agency's groups, or of the caller's groups.
     */
    @SuppressWarnings("unchecked")
    public List<OverdueVisitView> overdueVisits(YearMonth month, UUID groupId, UUID agencyId) {
        Set<UUID> groups;
        if (groupId != null) {
            groups = Set.of(access.group(groupId).id);
        } else if (agencyId != null) {
            access.agency(agencyId);
            groups = new HashSet<>(em().createNativeQuery("SELECT group_id FROM help_group_agency WHERE agency_id = :a",
                    UUID.class).setParameter("a", agencyId).getResultList());
            groups.removeIf(id -> !access.canSee(HelpGroup.findById(id)));
        } else if (access.isAgency()) {
            groups = access.groupIds();
        } else {
            throw new BusinessRuleException("support.filter_required", "Choose a group or an agency");
        }
        if (groups.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em().createNativeQuery("SELECT p.id, p.household_id, h.code, h.head_name, g.id, g.name,"
                + " (SELECT max(v.visited_on) FROM support_visit v WHERE v.plan_id = p.id AND v.visited_on < :to)"
                + " FROM support_plan p JOIN household h ON h.id = p.household_id JOIN help_group g ON g.id = p.group_id"
                + " WHERE p.group_id IN (:groups) AND p.year = :year AND h.status = 'ACTIVE'"
                + " AND NOT EXISTS (SELECT 1 FROM support_visit v WHERE v.plan_id = p.id"
                + "   AND v.visited_on >= :from AND v.visited_on < :to)"
                + " ORDER BY g.name, h.code")
                .setParameter("groups", groups).setParameter("year", month.getYear())
                .setParameter("from", month.atDay(1)).setParameter("to", month.plusMonths(1).atDay(1))
                .getResultList();
        return rows.stream().map(r -> new OverdueVisitView((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                new AgencyRef((UUID) r[4], (String) r[5]), NativeValues.date(r[6]))).toList();
    }

    // ------------------------------------------------------------------ cross-checks

    @SuppressWarnings("unchecked")
    public List<CrossCheckView> crossChecks(UUID groupId, Integer year) {
        HelpGroup g = access.group(groupId);
        List<CrossCheck> checks = year == null
                ? CrossCheck.list("inspectorGroupId = ?1 or inspectedGroupId = ?1 order by year desc, createdAt", g.id)
                : CrossCheck.list("(inspectorGroupId = ?1 or inspectedGroupId = ?1) and year = ?2 order by createdAt",
                        g.id, year);
        return checks.stream().map(this::view).toList();
    }

    @SuppressWarnings("unchecked")
    public CrossCheckView view(CrossCheck c) {
        HelpGroup inspector = HelpGroup.findById(c.inspectorGroupId);
        HelpGroup inspected = HelpGroup.findById(c.inspectedGroupId);
        List<UUID> households = c.mode == SupportCodes.CrossCheckMode.SAMPLE
                ? em().createNativeQuery("SELECT x.household_id FROM cross_check_household x JOIN household h"
                        + " ON h.id = x.household_id WHERE x.check_id = :c ORDER BY h.code", UUID.class)
                        .setParameter("c", c.id).getResultList()
                : em().createNativeQuery("SELECT gh.household_id FROM help_group_household gh JOIN household h"
                        + " ON h.id = gh.household_id WHERE gh.group_id = :g ORDER BY h.code", UUID.class)
                        .setParameter("g", c.inspectedGroupId).getResultList();
        List<Finding> findings = Finding.list("checkId = ?1 order by foundOn, createdAt", c.id);
        return new CrossCheckView(c.id, c.year, c.mode, ref(inspector), ref(inspected), households,
                findingViews(findings));
    }

    List<FindingView> findingViews(List<Finding> findings) {
        Set<UUID> hids = findings.stream().map(f -> f.householdId).collect(Collectors.toSet());
        Map<UUID, String> codes = hids.isEmpty() ? Map.of() : Household.<Household>list("id in ?1", hids).stream()
                .collect(Collectors.toMap(h -> h.id, h -> h.code));
        Set<UUID> iids = findings.stream().map(f -> f.itemId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, String> kinds = iids.isEmpty() ? Map.of() : SupportItem.<SupportItem>list("id in ?1", iids).stream()
                .collect(Collectors.toMap(i -> i.id, i -> i.kindCode));
        return findings.stream().map(f -> new FindingView(f.id, f.checkId, f.householdId, codes.get(f.householdId),
                f.itemId, f.itemId == null ? null : kinds.get(f.itemId), f.outcome, f.remarks, f.foundOn, f.createdBy))
                .toList();
    }

    public FindingView view(Finding f) {
        return findingViews(List.of(f)).get(0);
    }

    // ------------------------------------------------------------------ reports

    /** What a group did in a year. */
    public SupportReport groupReport(UUID groupId, int year) {
        HelpGroup g = access.group(groupId);
        return report(g.id, g.name, year, Set.of(g.id), null);
    }

    /**
     * What an agency did in a year: the households, plans, visits, findings and escapes of the groups it
     * belongs to; the items and their value of its own giving.
     */
    @SuppressWarnings("unchecked")
    public SupportReport agencyReport(UUID agencyId, int year) {
        Agency a = access.agency(agencyId);
        if (access.isAgency() && !a.id.equals(access.agencyId())) {
            throw new vn.giamngheo.common.problem.NotFoundException("agency", agencyId);
        }
        Set<UUID> groups = new HashSet<>(em().createNativeQuery("SELECT group_id FROM help_group_agency"
                + " WHERE agency_id = :a", UUID.class).setParameter("a", a.id).getResultList());
        return report(a.id, a.name, year, groups, a.id);
    }

    @SuppressWarnings("unchecked")
    private SupportReport report(UUID id, String name, int year, Set<UUID> groups, UUID agencyId) {
        if (groups.isEmpty()) {
            return new SupportReport(id, name, year, 0, 0, 0, 0, 0, 0, 0, 0, null, new FindingCounts(0, 0, 0), 0, 0, 0);
        }
        int assigned = count("SELECT count(*) FROM help_group_household WHERE group_id IN (:groups)", groups, year);
        List<SupportPlan> planList = SupportPlan.list("groupId in ?1 and year = ?2", groups, year);
        String itemFilter = agencyId == null ? "" : " AND i.agency_id = :agency";
        Query items = em().createNativeQuery("SELECT count(*) FILTER (WHERE i.status <> 'CANCELLED'),"
                + " count(*) FILTER (WHERE i.status = 'DELIVERED'),"
                + " coalesce(sum(i.value_vnd) FILTER (WHERE i.status <> 'CANCELLED'), 0),"
                + " coalesce(sum(i.value_vnd) FILTER (WHERE i.status = 'DELIVERED'), 0)"
                + " FROM support_item i JOIN support_plan p ON p.id = i.plan_id"
                + " WHERE p.group_id IN (:groups) AND p.year = :year" + itemFilter)
                .setParameter("groups", groups).setParameter("year", year);
        if (agencyId != null) {
            items.setParameter("agency", agencyId);
        }
        Object[] it = (Object[]) items.getSingleResult();
        // visits: each plan month from its creation to the last complete month needs a visit
        YearMonth now = YearMonth.from(today());
        int due = 0;
        int done = 0;
        if (!planList.isEmpty()) {
            List<Object[]> visitMonths = em().createNativeQuery("SELECT DISTINCT plan_id,"
                    + " CAST(extract(month FROM visited_on) AS integer) FROM support_visit"
                    + " WHERE plan_id IN (:plans) AND extract(year FROM visited_on) = :year")
                    .setParameter("plans", planList.stream().map(p -> p.id).toList()).setParameter("year", year)
                    .getResultList();
            Map<UUID, Set<Integer>> months = new HashMap<>();
            visitMonths.forEach(r -> months.computeIfAbsent((UUID) r[0], k -> new HashSet<>())
                    .add(((Number) r[1]).intValue()));
            int lastMonth = year < now.getYear() ? 12 : year == now.getYear() ? now.getMonthValue() - 1 : 0;
            for (SupportPlan p : planList) {
                LocalDate created = p.createdAt.atZone(VIETNAM).toLocalDate();
                int first = created.getYear() < year ? 1 : created.getYear() == year ? created.getMonthValue() : 13;
                for (int m = first; m <= lastMonth; m++) {
                    due++;
                    if (months.getOrDefault(p.id, Set.of()).contains(m)) {
                        done++;
                    }
                }
            }
        }
        List<Object[]> received = em().createNativeQuery("SELECT f.outcome, count(*) FROM cross_check_finding f"
                + " JOIN cross_check c ON c.id = f.check_id WHERE c.inspected_group_id IN (:groups) AND c.year = :year"
                + " GROUP BY f.outcome").setParameter("groups", groups).setParameter("year", year).getResultList();
        Map<String, Integer> byOutcome = new HashMap<>();
        received.forEach(r -> byOutcome.put((String) r[0], ((Number) r[1]).intValue()));
        int made = count("SELECT count(*) FROM cross_check_finding f JOIN cross_check c ON c.id = f.check_id"
                + " WHERE c.inspector_group_id IN (:groups) AND c.year = :year", groups, year);
        int plannedEscapes = count("SELECT count(*) FROM support_plan p WHERE p.group_id IN (:groups)"
                + " AND p.year = :year AND p.escape_year = :year", groups, year);
        int escaped = count("SELECT count(*) FROM support_plan p WHERE p.group_id IN (:groups) AND p.year = :year"
                + " AND EXISTS (SELECT 1 FROM household_status st WHERE st.household_id = p.household_id"
                + "   AND st.year = :year AND st.classification <> 'POOR')"
                + " AND EXISTS (SELECT 1 FROM household_status st WHERE st.household_id = p.household_id"
                + "   AND st.year = :year - 1 AND st.classification = 'POOR')", groups, year);
        return new SupportReport(id, name, year, assigned, planList.size(), ((Number) it[0]).intValue(),
                ((Number) it[1]).intValue(), ((Number) it[2]).longValue(), ((Number) it[3]).longValue(), done, due,
                due == 0 ? null : (double) done / due,
                new FindingCounts(byOutcome.getOrDefault(FindingOutcome.DELIVERED.name(), 0),
                        byOutcome.getOrDefault(FindingOutcome.NOT_DELIVERED.name(), 0),
                        byOutcome.getOrDefault(FindingOutcome.NOT_USED.name(), 0)),
                made, plannedEscapes, escaped);
    }

    private static int count(String sql, Set<UUID> groups, int year) {
        Query q = em().createNativeQuery(sql).setParameter("groups", groups);
        if (sql.contains(":year")) {
            q.setParameter("year", year);
        }
        return ((Number) q.getSingleResult()).intValue();
    }

    /**
     * For each kind, the households that received it in the year, how many have a later yearly record,
     * and of those how many no longer lack what it targets (for kinds that raise income: are no longer
     * poor); and the share of the year's planned escapes that happened.
     */
    @SuppressWarnings("unchecked")
    public SupportEffect effect(String areaCode, int year) {
        String areaFilter;
        if (areaCode == null) {
            if (!user.isNational()) {
                throw new BusinessRuleException("support.area_required", "Choose a province or a commune");
            }
            areaFilter = "";
        } else {
            jurisdiction.require(areaCode);
            areaFilter = areaCode.length() == 2 ? " AND h.province_code = :area" : " AND h.commune_code = :area";
        }
        Query q = em().createNativeQuery("SELECT k.code, k.name, k.indicators, count(rc.household_id),"
                + " count(nx.id), count(nx.id) FILTER (WHERE CASE WHEN cardinality(k.indicators) > 0"
                + "   THEN NOT (nx.deprived_indicators && k.indicators) ELSE nx.classification <> 'POOR' END)"
                + " FROM support_kind k"
                + " LEFT JOIN (SELECT DISTINCT i.kind_code, p.household_id FROM support_item i"
                + "   JOIN support_plan p ON p.id = i.plan_id JOIN household h ON h.id = p.household_id"
                + "   WHERE i.status = 'DELIVERED' AND i.delivered_on >= :from AND i.delivered_on < :to" + areaFilter
                + " ) rc ON rc.kind_code = k.code"
                + " LEFT JOIN LATERAL (SELECT r.id, r.deprived_indicators, r.classification FROM household_record r"
                + "   WHERE r.household_id = rc.household_id AND r.current AND r.survey_year > :year"
                + "   ORDER BY r.survey_year LIMIT 1) nx ON true"
                + " GROUP BY k.code, k.name, k.indicators, k.position ORDER BY k.position")
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .setParameter("year", year);
        if (areaCode != null) {
            q.setParameter("area", areaCode);
        }
        List<Object[]> rows = q.getResultList();
        List<KindEffect> kinds = rows.stream().map(r -> {
            int followed = ((Number) r[4]).intValue();
            int improved = ((Number) r[5]).intValue();
            return new KindEffect((String) r[0], (String) r[1], NativeValues.strings(r[2]), ((Number) r[3]).intValue(), followed,
                    improved, followed == 0 ? null : (double) improved / followed);
        }).toList();
        Query escapes = em().createNativeQuery("SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT 1"
                + " FROM household_record r WHERE r.household_id = p.household_id AND r.current"
                + " AND r.survey_year = :year AND r.classification <> 'POOR'))"
                + " FROM support_plan p JOIN household h ON h.id = p.household_id WHERE p.escape_year = :year"
                + areaFilter).setParameter("year", year);
        if (areaCode != null) {
            escapes.setParameter("area", areaCode);
        }
        Object[] e = (Object[]) escapes.getSingleResult();
        int planned = ((Number) e[0]).intValue();
        int escaped = ((Number) e[1]).intValue();
        return new SupportEffect(year, areaCode, kinds, planned, escaped, planned == 0 ? null : (double) escaped / planned);
    }
}
