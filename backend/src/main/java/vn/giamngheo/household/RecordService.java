package vn.giamngheo.household;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.classification.ClassificationService;
import vn.giamngheo.classification.ClassificationViews.ClassificationView;
import vn.giamngheo.classification.ExplanationSnapshot;
import vn.giamngheo.classification.ClassificationViews.EvaluateRequest;
import vn.giamngheo.classification.model.HouseholdFacts;
import vn.giamngheo.classification.model.MemberFacts;
import vn.giamngheo.common.audit.AuditLog;
import vn.giamngheo.common.audit.AuditLog.Changes;
import vn.giamngheo.common.problem.BusinessRuleException;
import vn.giamngheo.common.problem.ConflictException;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.household.HouseholdCodes.PovertyCause;
import vn.giamngheo.household.HouseholdCodes.SupportNeed;
import vn.giamngheo.household.HouseholdViews.RecordRequest;
import vn.giamngheo.household.HouseholdViews.RecordView;
import vn.giamngheo.household.HouseholdViews.DecisionView;
import vn.giamngheo.household.HouseholdViews.RectificationRequest;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.standard.StandardService;
import vn.giamngheo.common.time.AppClock;

/**
 * Yearly records: what a review found about a household and the class computed from it with the
 * standard governing the year. Records are never changed; a correction adds a record that replaces
 * the year's current one, with a reason, and a record a decision used stays as it was.
 */
@ApplicationScoped
@Transactional
public class RecordService {

    @Inject
    AppClock clock;

    @Inject
    HouseholdService households;

    @Inject
    ClassificationService classification;

    @Inject
    StandardService standards;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    OfficialStatus official;

    /**
     * A survey entered on the household: a proposal while its year is undecided. A year a decision fixed is
     * locked (409 record.decided): its class changes only through a review's decision or a rectification.
     */
    public HouseholdRecord create(UUID householdId, RecordRequest r) {
        Household h = households.visible(householdId);
        if (r.surveyYear() != null && official.decided(h.id, r.surveyYear())) {
            throw new ConflictException("record.decided", "The " + r.surveyYear() + " class of household " + h.code
                    + " was fixed by a decision; it changes only through a review (Mẫu 01 / Mẫu 04) and the"
                    + " chairman's decision, or an administrator's rectification");
        }
        return write(h, r);
    }

    /** The survey of a review (a proposal until the campaign's decision). */
    public HouseholdRecord createForReview(UUID householdId, RecordRequest r) {
        return write(households.visible(householdId), r);
    }

    /**
     * An administrator's rectification: the corrected record and a documented decision of its own, audited,
     * which the figures and the movement follow.
     */
    public DecisionView rectify(UUID householdId, RectificationRequest r) {
        Household h = households.visible(householdId);
        RecordRequest request = r.record();
        HouseholdRecord previous = HouseholdRecord.currentOf(h.id, request.surveyYear());
        RecordRequest corrected = previous == null ? request : new RecordRequest(request.surveyYear(),
                request.surveyDate(), request.reviewer(), request.monthlyIncomePerCapita(), request.scoreA(),
                request.deprivations(), request.household(), request.causes(), request.needs(), r.reason());
        HouseholdRecord record = write(h, corrected);
        HouseholdClass before = official.classIn(h.id, request.surveyYear());
        official.decide(List.of(new OfficialStatus.Decision(h.id, request.surveyYear(), r.decidedOn(),
                OfficialStatus.DecisionKind.RECTIFICATION, null, r.decisionNumber() == null ? null
                        : r.decisionNumber().strip(), record.id, record.classification, null, r.reason().strip())));
        lock(record.id);
        audit.record("record.rectified", "record", record.id, h.id, h.communeCode, new Changes()
                .field("year", null, request.surveyYear()).field("classification", before, record.classification)
                .field("decision", null, r.decisionNumber()).field("reason", null, r.reason().strip()).list());
        return official.decisionsOf(h.id).get(0);
    }

    private HouseholdRecord write(Household h, RecordRequest r) {
        if (!h.isActive()) {
            throw new ConflictException("household.closed", "Household " + h.code + " is closed");
        }
        Household.getEntityManager().lock(h, LockModeType.PESSIMISTIC_WRITE);
        List<HouseholdMember> members = HouseholdMember.activeOf(h.id);
        List<MemberFacts> memberFacts = members.stream().map(HouseholdMember::facts).toList();
        AdminUnit commune = AdminUnit.findById(h.communeCode);
        HouseholdFacts facts = r.household() == null ? HouseholdFacts.NONE : r.household();

        HouseholdRecord previous = HouseholdRecord.currentOf(h.id, r.surveyYear());
        if (previous != null && (r.correctionReason() == null || r.correctionReason().isBlank())) {
            throw new BusinessRuleException("record.correction_reason_required", "Year " + r.surveyYear()
                    + " already has a record; give correctionReason to replace it with a corrected one");
        }
        ClassificationView result = classification.evaluate(new EvaluateRequest(r.surveyYear(), null, r.surveyDate(),
                commune.areaType, r.monthlyIncomePerCapita(), r.scoreA(), r.deprivations(), facts, memberFacts));

        if (previous != null) {
            previous.current = false;
            HouseholdRecord.getEntityManager().flush();
        }
        HouseholdRecord record = new HouseholdRecord();
        record.id = UUID.randomUUID();
        record.householdId = h.id;
        record.surveyYear = r.surveyYear();
        record.surveyDate = r.surveyDate();
        record.reviewer = r.reviewer() == null || r.reviewer().isBlank() ? null : r.reviewer().strip();
        record.areaType = commune.areaType;
        record.monthlyIncome = r.monthlyIncomePerCapita();
        record.scoreA = r.scoreA();
        record.givenDeprivations = write(r.deprivations() == null ? Map.of() : r.deprivations());
        record.householdFacts = write(facts);
        record.memberFacts = write(memberFacts);
        record.causes = r.causes() == null ? new String[0]
                : r.causes().stream().sorted().map(Enum::name).toArray(String[]::new);
        record.needs = r.needs() == null ? new String[0]
                : r.needs().stream().sorted().map(Enum::name).toArray(String[]::new);
        record.standardCode = result.standardCode();
        record.classification = result.classification();
        record.deprivedIndicators = result.deprivedIndicators().toArray(String[]::new);
        record.scoreB = result.scoreB();
        record.incomeBasis = result.incomeBasis();
        record.explanation = write(ClassificationService.snapshot(result));
        record.current = true;
        record.supersedesId = previous == null ? null : previous.id;
        record.correctionReason = previous == null ? null : r.correctionReason().strip();
        record.createdAt = clock.now();
        record.createdBy = user.username();
        record.persist();
        standards.markInUse(result.standardCode());

        // a record is a proposal: the household's official class follows decisions only (OfficialStatus)
        HouseholdRecord.getEntityManager().flush();
        audit.record(previous == null ? "record.created" : "record.corrected", "record", record.id, h.id,
                h.communeCode, new Changes()
                        .field("surveyYear", null, record.surveyYear)
                        .field("classification", previous == null ? null : previous.classification, record.classification)
                        .field("deprivedIndicators", previous == null ? null : String.join(",", previous.deprivedIndicators),
                                String.join(",", record.deprivedIndicators))
                        .field("correctionReason", null, record.correctionReason).list());
        return record;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecordView> history(UUID householdId) {
        households.visible(householdId);
        return HouseholdRecord.historyOf(householdId).stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RecordView get(UUID householdId, UUID recordId) {
        households.visible(householdId);
        HouseholdRecord record = recordId == null ? null : HouseholdRecord.findById(recordId);
        if (record == null || !record.householdId.equals(householdId)) {
            throw new NotFoundException("record", recordId);
        }
        return view(record);
    }

    /** Records that a decision used this record: from now on it never changes. */
    public void lock(UUID recordId) {
        HouseholdRecord record = HouseholdRecord.findById(recordId);
        if (record != null && record.lockedAt == null) {
            record.lockedAt = clock.now();
        }
    }

    public RecordView view(HouseholdRecord r) {
        return new RecordView(r.id, r.householdId, r.surveyYear, r.surveyDate, r.reviewer, r.areaType, r.monthlyIncome,
                r.scoreA, read(r.givenDeprivations, new TypeReference<Map<String, Boolean>>() {
                }), read(r.householdFacts, new TypeReference<HouseholdFacts>() {
                }), read(r.memberFacts, new TypeReference<List<MemberFacts>>() {
                }), Arrays.stream(r.causes).map(PovertyCause::valueOf).toList(),
                Arrays.stream(r.needs).map(SupportNeed::valueOf).toList(), r.standardCode, r.classification,
                List.of(r.deprivedIndicators), r.scoreB, r.incomeBasis,
                classification.rebuild(r.standardCode, r.surveyYear, r.surveyDate, r.classification,
                        List.of(r.deprivedIndicators), r.scoreB, r.incomeBasis,
                        read(r.explanation, new TypeReference<ExplanationSnapshot>() {
                        })), r.current, r.supersedesId, r.correctionReason, r.lockedAt != null, r.createdAt, r.createdBy);
    }

    /** The latest current record of a household, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public HouseholdRecord latest(UUID householdId) {
        return HouseholdRecord.<HouseholdRecord>list("householdId = ?1 and current = true", householdId).stream()
                .max(Comparator.comparingInt(x -> x.surveyYear)).orElse(null);
    }

    private String write(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored record is unreadable", e);
        }
    }
}
