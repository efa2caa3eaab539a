package vn.giamngheo.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamngheo.common.sql.NativeValues;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.area.Village;
import vn.giamngheo.common.paging.Cursor;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.household.Household;
import vn.giamngheo.household.HouseholdRecord;
import vn.giamngheo.review.ReviewCodes.CampaignKind;
import vn.giamngheo.review.ReviewCodes.CampaignStatus;
import vn.giamngheo.review.ReviewCodes.ItemState;
import vn.giamngheo.review.ReviewCodes.Step;
import vn.giamngheo.review.ReviewViews.CampaignPage;
import vn.giamngheo.review.ReviewViews.CampaignSummary;
import vn.giamngheo.review.ReviewViews.CampaignView;
import vn.giamngheo.review.ReviewViews.ComplaintView;
import vn.giamngheo.review.ReviewViews.GapView;
import vn.giamngheo.review.ReviewViews.MeetingView;
import vn.giamngheo.review.ReviewViews.PostingView;
import vn.giamngheo.review.ReviewViews.ReviewItemPage;
import vn.giamngheo.review.ReviewViews.ReviewItemView;
import vn.giamngheo.review.ReviewViews.StepDeadline;
import vn.giamngheo.review.ReviewViews.VillageProgress;
import vn.giamngheo.common.time.AppClock;

/**
 * Reads of the review: campaigns with their deadlines and late steps, the list of a campaign's
 * households, its gaps, meetings, postings and complaints.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ReviewQueries {

    @Inject
    AppClock clock;

    /** Dates are Vietnamese dates: a step is late from the day after its due date in Việt Nam. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** What a campaign list may be filtered by; every field optional. */
    public record Filter(String provinceCode, String communeCode, Integer year, CampaignKind kind,
            CampaignStatus status, Boolean late) {
    }

    @Inject
    ReviewService reviews;

    @Inject
    CurrentUser user;

    @Inject
    Jurisdiction jurisdiction;

    LocalDate today() {
        return clock.today();
    }

    // ------------------------------------------------------------------ campaigns

    public CampaignView get(UUID id) {
        return view(reviews.visible(id));
    }

    public CampaignView view(ReviewCampaign c) {
        List<ReviewItem> items = ReviewItem.of(c.id);
        Map<ItemState, Integer> states = countStates(items);
        Progress progress = Progress.of(c, states);
        LocalDate today = today();
        List<StepDeadline> deadlines = List.of(
                deadline(Step.SURVEY, c.surveyDue, progress.surveyDone(), today),
                deadline(Step.MEETINGS, c.meetingsDue, progress.meetingsDone(), today),
                deadline(Step.POSTING, c.postingDue, progress.postingDone(), today),
                deadline(Step.OPINION, c.opinionDue, progress.opinionDone(), today),
                deadline(Step.DECISION, c.decisionDue, progress.decisionDone(), today));
        List<Step> late = deadlines.stream().filter(StepDeadline::late).map(StepDeadline::step).toList();
        ReviewPosting lastPosting = ReviewPosting.find("campaignId = ?1 order by endsOn desc", c.id).firstResult();
        return new CampaignView(c.id, c.communeCode, communeName(c.communeCode), c.provinceCode, c.kind, c.year,
                c.month, c.status, c.opensOn, c.closesOn, c.postingDays, c.recheckDays, deadlines, late, states,
                villages(c, items), progress.gaps(), lastPosting == null ? null : lastPosting.endsOn, c.opinionBy,
                c.opinionOn, c.opinionText, c.decisionNumber, c.decisionOn, c.decidedBy, c.version);
    }

    private static StepDeadline deadline(Step step, LocalDate due, boolean done, LocalDate today) {
        return new StepDeadline(step, due, done, !done && today.isAfter(due));
    }

    /**
     * Campaigns within the caller's jurisdiction, newest year first then by commune, a page at a
     * time. {@code late} keeps those with at least one step past its due date and not done.
     */
    @SuppressWarnings("unchecked")
    public CampaignPage list(Filter f, int limit, String after) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!user.isNational()) {
            Set<String> codes = user.areaCodes();
            where.append(" AND (c.commune_code = ANY(CAST(:communes AS varchar[]))"
                    + " OR c.province_code = ANY(CAST(:provinces AS varchar[])))");
            params.put("communes", codes.stream().filter(x -> x.length() == 5).toArray(String[]::new));
            params.put("provinces", codes.stream().filter(x -> x.length() == 2).toArray(String[]::new));
        }
        // an area outside the caller's is refused, as the household list refuses it, not answered empty
        if (f.provinceCode() != null) {
            jurisdiction.require(f.provinceCode());
            where.append(" AND c.province_code = :province");
            params.put("province", f.provinceCode());
        }
        if (f.communeCode() != null) {
            jurisdiction.require(f.communeCode());
            where.append(" AND c.commune_code = :commune");
            params.put("commune", f.communeCode());
        }
        if (f.year() != null) {
            where.append(" AND c.year = :year");
            params.put("year", f.year());
        }
        if (f.kind() != null) {
            where.append(" AND c.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.status() != null) {
            where.append(" AND c.status = :status");
            params.put("status", f.status().name());
        }
        String sortKey = "lpad(CAST(9999 - c.year AS varchar), 4, '0') || c.commune_code || c.kind"
                + " || lpad(CAST(coalesce(c.month, 0) AS varchar), 2, '0')";
        if (after != null) {
            where.append(" AND ").append(sortKey).append(" > :after");
            params.put("after", Cursor.decode(after, 1).get(0));
        }
        // the late flags of every step, in SQL so that the list can be filtered on them; the same
        // rules as Progress below
        String sql = "SELECT * FROM (SELECT c.id, c.commune_code, u.full_name, c.kind, c.year, c.month, c.status,"
                + " c.decision_due, s.households, s.gaps, " + sortKey + " AS sort_key,"
                + " (:today > c.survey_due AND s.listed > 0) AS survey_late,"
                + " (:today > c.meetings_due AND s.unconfirmed > 0) AS meetings_late,"
                + " (:today > c.posting_due AND (s.unposted > 0 OR (c.status = 'OPEN' AND s.households > s.closed)))"
                + " AS posting_late,"
                + " (:today > c.opinion_due AND c.opinion_on IS NULL AND s.households > s.closed) AS opinion_late,"
                + " (:today > c.decision_due AND c.status <> 'DECIDED') AS decision_late"
                + " FROM review_campaign c JOIN admin_unit u ON u.code = c.commune_code"
                + " LEFT JOIN LATERAL (SELECT count(*) AS households,"
                + "   count(*) FILTER (WHERE i.state = 'LISTED') AS listed,"
                + "   count(*) FILTER (WHERE i.state IN ('LISTED', 'SURVEYED')) AS unconfirmed,"
                + "   count(*) FILTER (WHERE i.state IN ('LISTED', 'SURVEYED', 'MEETING_PASSED', 'UNDER_RECHECK'))"
                + "     AS unposted,"
                + "   count(*) FILTER (WHERE i.state IN ('SCREENED_OUT', 'EXCLUDED')) AS closed,"
                + "   count(*) FILTER (WHERE i.state IN ('LISTED', 'SURVEYED', 'MEETING_PASSED', 'UNDER_RECHECK'))"
                + "     AS gaps"
                + "   FROM review_item i WHERE i.campaign_id = c.id) s ON true"
                + where + ") x"
                + (Boolean.TRUE.equals(f.late())
                        ? " WHERE survey_late OR meetings_late OR posting_late OR opinion_late OR decision_late"
                        : Boolean.FALSE.equals(f.late()) ? " WHERE NOT (survey_late OR meetings_late OR posting_late"
                                + " OR opinion_late OR decision_late)" : "")
                + " ORDER BY sort_key LIMIT :limit";
        Query query = ReviewCampaign.getEntityManager().createNativeQuery(sql);
        params.forEach(query::setParameter);
        query.setParameter("today", today());
        query.setParameter("limit", limit + 1);
        List<Object[]> rows = query.getResultList();
        List<CampaignSummary> items = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(limit, rows.size()))) {
            List<Step> late = new ArrayList<>();
            Step[] steps = Step.values();
            for (int k = 0; k < steps.length; k++) {
                if (Boolean.TRUE.equals(r[11 + k])) {
                    late.add(steps[k]);
                }
            }
            items.add(new CampaignSummary((UUID) r[0], (String) r[1], (String) r[2], CampaignKind.valueOf((String) r[3]),
                    ((Number) r[4]).intValue(), r[5] == null ? null : ((Number) r[5]).intValue(),
                    CampaignStatus.valueOf((String) r[6]), ((Number) r[8]).intValue(), ((Number) r[9]).intValue(),
                    late, NativeValues.date(r[7])));
        }
        String next = rows.size() > limit ? Cursor.encode((String) rows.get(limit - 1)[10]) : null;
        return new CampaignPage(items, next);
    }

    // ------------------------------------------------------------------ households of a campaign

    /** The campaign's households in code order, a page at a time; optionally one state or village. */
    public ReviewItemPage items(UUID campaignId, ItemState state, UUID villageId, int limit, String after) {
        ReviewCampaign c = reviews.visible(campaignId);
        StringBuilder hql = new StringBuilder("select i, h.code from ReviewItem i, Household h"
                + " where h.id = i.householdId and i.campaignId = :campaign");
        Map<String, Object> params = new HashMap<>();
        params.put("campaign", c.id);
        if (state != null) {
            hql.append(" and i.state = :state");
            params.put("state", state);
        }
        if (villageId != null) {
            hql.append(" and i.villageId = :village");
            params.put("village", villageId);
        }
        if (after != null) {
            List<String> key = Cursor.decode(after, 2);
            hql.append(" and (h.code > :afterCode or (h.code = :afterCode and i.id > :afterId))");
            params.put("afterCode", key.get(0));
            params.put("afterId", parseId(key.get(1)));
        }
        hql.append(" order by h.code, i.id");
        var query = ReviewItem.getEntityManager().createQuery(hql.toString(), Object[].class);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.setMaxResults(limit + 1).getResultList();
        List<ReviewItem> page = rows.stream().limit(limit).map(r -> (ReviewItem) r[0]).toList();
        String next = null;
        if (rows.size() > limit) {
            Object[] last = rows.get(limit - 1);
            next = Cursor.encode((String) last[1], ((ReviewItem) last[0]).id.toString());
        }
        return new ReviewItemPage(itemViews(page), next);
    }

    public ReviewItemView item(UUID campaignId, UUID itemId) {
        ReviewCampaign c = reviews.visible(campaignId);
        ReviewItem item = itemId == null ? null : ReviewItem.findById(itemId);
        if (item == null || !item.campaignId.equals(c.id)) {
            throw new vn.giamngheo.common.problem.NotFoundException("review_item", itemId);
        }
        return itemViews(List.of(item)).get(0);
    }

    public List<ReviewItemView> itemViews(List<ReviewItem> items) {
        Map<UUID, Household> households = byId(items.stream().map(i -> i.householdId).toList(), Household.class,
                h -> h.id);
        Map<UUID, Village> villages = villages(items);
        Map<UUID, HouseholdRecord> records = byId(items.stream().map(i -> i.recordId).filter(Objects::nonNull).toList(),
                HouseholdRecord.class, r -> r.id);
        return items.stream().map(i -> {
            Household h = households.get(i.householdId);
            Village v = i.villageId == null ? null : villages.get(i.villageId);
            HouseholdRecord r = i.recordId == null ? null : records.get(i.recordId);
            return new ReviewItemView(i.id, i.householdId, h.code, h.headName, i.villageId, v == null ? null : v.name,
                    i.origin, i.requestForm, i.requestedOn, i.decideBy, i.screeningPassed, i.screeningNote, i.state,
                    i.previousClass, i.recordId, i.proposedClass, r == null ? null : List.of(r.deprivedIndicators),
                    i.finalClass, i.transition, i.excludedReason, i.note);
        }).toList();
    }

    /** Listed households without a result or a recorded reason, in code order. */
    public List<GapView> gaps(UUID campaignId) {
        ReviewCampaign c = reviews.visible(campaignId);
        List<ReviewItem> open = ReviewItem.list("campaignId = ?1 and state in ?2", c.id, ReviewService.OPEN_STATES);
        return itemViews(open).stream().sorted(Comparator.comparing(ReviewItemView::householdCode))
                .map(v -> new GapView(v.id(), v.householdId(), v.householdCode(), v.headName(), v.villageId(),
                        v.villageName(), v.state(), waitsFor(v.state())))
                .toList();
    }

    static Step waitsFor(ItemState state) {
        return switch (state) {
            case LISTED -> Step.SURVEY;
            case SURVEYED -> Step.MEETINGS;
            default -> Step.POSTING;
        };
    }

    // ------------------------------------------------------------------ meetings, postings, complaints

    public List<MeetingView> meetings(UUID campaignId) {
        ReviewCampaign c = reviews.visible(campaignId);
        List<ReviewMeeting> list = ReviewMeeting.list("campaignId = ?1 order by heldOn, createdAt", c.id);
        Map<UUID, Village> villages = byId(list.stream().map(m -> m.villageId).filter(Objects::nonNull).toList(),
                Village.class, v -> v.id);
        return list.stream().map(m -> new MeetingView(m.id, m.villageId,
                m.villageId == null ? null : villages.get(m.villageId).name, m.heldOn, m.chair, m.attendees, m.agreeing,
                m.passed, m.households, m.minutesName)).toList();
    }

    public ReviewMeeting meeting(UUID campaignId, UUID meetingId) {
        ReviewCampaign c = reviews.visible(campaignId);
        ReviewMeeting m = meetingId == null ? null : ReviewMeeting.findById(meetingId);
        if (m == null || !m.campaignId.equals(c.id)) {
            throw new vn.giamngheo.common.problem.NotFoundException("meeting", meetingId);
        }
        return m;
    }

    public List<PostingView> postings(UUID campaignId) {
        ReviewCampaign c = reviews.visible(campaignId);
        return ReviewPosting.<ReviewPosting>list("campaignId = ?1 order by startsOn, createdAt", c.id).stream()
                .map(ReviewQueries::view).toList();
    }

    static PostingView view(ReviewPosting p) {
        return new PostingView(p.id, p.startsOn, p.workingDays, p.endsOn, p.households);
    }

    public List<ComplaintView> complaints(UUID campaignId) {
        ReviewCampaign c = reviews.visible(campaignId);
        List<ReviewComplaint> list = ReviewComplaint.list("campaignId = ?1 order by receivedOn, createdAt", c.id);
        return complaintViews(list);
    }

    public ComplaintView view(ReviewComplaint complaint) {
        return complaintViews(List.of(complaint)).get(0);
    }

    private List<ComplaintView> complaintViews(List<ReviewComplaint> list) {
        Map<UUID, ReviewItem> items = byId(list.stream().map(x -> x.itemId).toList(), ReviewItem.class, i -> i.id);
        Map<UUID, Household> households = byId(items.values().stream().map(i -> i.householdId).toList(),
                Household.class, h -> h.id);
        LocalDate today = today();
        return list.stream().map(x -> new ComplaintView(x.id, x.itemId,
                households.get(items.get(x.itemId).householdId).code, x.complainant, x.kind, x.content, x.receivedOn,
                x.recheckDue, x.outcome == null ? today.isAfter(x.recheckDue) : x.resolvedOn.isAfter(x.recheckDue),
                x.resolvedOn, x.outcome, x.resolution)).toList();
    }

    public MeetingView view(ReviewMeeting m) {
        Village v = m.villageId == null ? null : Village.findById(m.villageId);
        return new MeetingView(m.id, m.villageId, v == null ? null : v.name, m.heldOn, m.chair, m.attendees,
                m.agreeing, m.passed, m.households, m.minutesName);
    }

    // ------------------------------------------------------------------ helpers

    /** Where a campaign stands, step by step; the same rules as the SQL of {@link #list}. */
    record Progress(boolean surveyDone, boolean meetingsDone, boolean postingDone, boolean opinionDone,
            boolean decisionDone, int gaps) {

        static Progress of(ReviewCampaign c, Map<ItemState, Integer> states) {
            int listed = states.getOrDefault(ItemState.LISTED, 0);
            int surveyed = states.getOrDefault(ItemState.SURVEYED, 0);
            int passed = states.getOrDefault(ItemState.MEETING_PASSED, 0);
            int recheck = states.getOrDefault(ItemState.UNDER_RECHECK, 0);
            int total = states.values().stream().mapToInt(Integer::intValue).sum();
            int closed = states.getOrDefault(ItemState.SCREENED_OUT, 0) + states.getOrDefault(ItemState.EXCLUDED, 0);
            boolean nothingToDo = total == closed;
            boolean postingDone = listed + surveyed + passed + recheck == 0
                    && (c.status != CampaignStatus.OPEN || nothingToDo);
            return new Progress(listed == 0, listed + surveyed == 0, postingDone, c.opinionOn != null || nothingToDo,
                    c.status == CampaignStatus.DECIDED, listed + surveyed + passed + recheck);
        }
    }

    private static Map<ItemState, Integer> countStates(List<ReviewItem> items) {
        Map<ItemState, Integer> states = new EnumMap<>(ItemState.class);
        items.forEach(i -> states.merge(i.state, 1, Integer::sum));
        return states;
    }

    private List<VillageProgress> villages(ReviewCampaign c, List<ReviewItem> items) {
        Map<UUID, Village> villages = villages(items);
        Map<UUID, List<ReviewItem>> byVillage = items.stream().collect(Collectors.groupingBy(
                i -> i.villageId == null ? NO_VILLAGE : i.villageId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, Boolean> lastMeeting = new HashMap<>();
        for (ReviewMeeting m : ReviewMeeting.<ReviewMeeting>list("campaignId = ?1 order by heldOn, createdAt", c.id)) {
            lastMeeting.put(m.villageId == null ? NO_VILLAGE : m.villageId, m.passed);
        }
        List<VillageProgress> result = new ArrayList<>();
        byVillage.forEach((id, list) -> {
            Village v = id == NO_VILLAGE ? null : villages.get(id);
            result.add(new VillageProgress(id == NO_VILLAGE ? null : id, v == null ? null : v.name, countStates(list),
                    lastMeeting.get(id)));
        });
        result.sort(Comparator.comparing(v -> v.villageName() == null ? "\uFFFF" : v.villageName()));
        return result;
    }

    private static final UUID NO_VILLAGE = new UUID(0, 0);

    private static Map<UUID, Village> villages(List<ReviewItem> items) {
        return byId(items.stream().map(i -> i.villageId).filter(Objects::nonNull).distinct().toList(), Village.class,
                v -> v.id);
    }

    private static String communeName(String code) {
        AdminUnit unit = AdminUnit.findById(code);
        return unit == null ? code : unit.fullName;
    }

    @SuppressWarnings("unchecked")
    private static <E> Map<UUID, E> byId(List<UUID> ids, Class<E> type, Function<E, UUID> id) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, E> map = new HashMap<>();
        List<UUID> distinct = ids.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += 1000) {
            List<UUID> chunk = distinct.subList(from, Math.min(distinct.size(), from + 1000));
            List<E> rows = ReviewItem.getEntityManager()
                    .createQuery("from " + type.getSimpleName() + " where id in :ids", type)
                    .setParameter("ids", chunk).getResultList();
            rows.forEach(r -> map.put(id.apply(r), r));
        }
        return map;
    }

    private static UUID parseId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new vn.giamngheo.common.problem.BadRequestException("paging.invalid_cursor",
                    "The 'after' cursor is not one this API returned; start again without it");
        }
    }
}
