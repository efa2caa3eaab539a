package vn.giamngheo.reporting;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.giamngheo.common.sql.NativeValues;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.common.paging.Cursor;
import vn.giamngheo.common.problem.BusinessRuleException;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.common.time.AppClock;
import vn.giamngheo.reporting.ReportingCodes.State;
import vn.giamngheo.reporting.ReportingViews.ObligationView;
import vn.giamngheo.reporting.ReportingViews.ReminderView;
import vn.giamngheo.reporting.ReportingViews.SubmissionPage;
import vn.giamngheo.reporting.ReportingViews.SubmissionVersionView;
import vn.giamngheo.reporting.ReportingViews.SubmissionView;
import vn.giamngheo.reporting.ReportingViews.Timeliness;
import vn.giamngheo.reporting.ReportingViews.TimelinessReport;

/** What the reporting API reads: obligations, submissions, timeliness and the caller's reminders. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportingQueries {

    @Inject
    CurrentUser user;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    ReportingAccess access;

    @Inject
    AppClock clock;

    @Inject
    ObjectMapper objectMapper;

    private static EntityManager em() {
        return Submission.getEntityManager();
    }

    public List<ObligationView> obligations() {
        return Obligation.<Obligation>list("order by statutory desc, code").stream().map(ReportingQueries::view).toList();
    }

    public ObligationView obligation(String code) {
        Obligation o = Obligation.findById(code);
        if (o == null) {
            throw new NotFoundException("obligation", code);
        }
        return view(o);
    }

    static ObligationView view(Obligation o) {
        return new ObligationView(o.code, o.title, o.titleEn, o.legalBasis, o.periodType, List.of(o.periods), o.dueRule,
                o.dueDay, o.dueMonth, o.opensDaysBeforeDue, o.ownerLevel, o.recipientLevel, o.content,
                List.of(o.reminderOffsets), o.lockDays, o.statutory, o.provinceCode, o.active, o.version);
    }

    // ------------------------------------------------------------------ submissions

    public SubmissionView submission(UUID id) {
        Submission s = access.visible(id);
        return view(s, versions(s.id));
    }

    public SubmissionView view(Submission s, List<SubmissionVersionView> history) {
        Obligation o = Obligation.findById(s.obligationCode);
        return new SubmissionView(s.id, s.obligationCode, o.title, s.unitCode, s.unitName, s.provinceCode,
                s.periodStart, s.periodEnd, s.periodLabel, s.opensOn, s.dueOn, s.locksOn, s.state(clock.today()),
                s.firstSubmittedOn, s.submittedBy, s.returnedReason, s.reopenedUntil, s.versions, history, s.version);
    }

    @SuppressWarnings("unchecked")
    List<SubmissionVersionView> versions(UUID submissionId) {
        List<Object[]> rows = em().createNativeQuery("SELECT number, submitted_on, submitted_at, submitted_by, narrative,"
                + " attachment_name, CAST(figures AS text) FROM report_submission_version WHERE submission_id = :s"
                + " ORDER BY number DESC").setParameter("s", submissionId).getResultList();
        List<SubmissionVersionView> list = new ArrayList<>();
        for (Object[] r : rows) {
            Map<String, Object> figures;
            try {
                figures = objectMapper.readValue((String) r[6], new TypeReference<Map<String, Object>>() { });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            list.add(new SubmissionVersionView(((Number) r[0]).intValue(), NativeValues.date(r[1]),
                    r[2] instanceof java.sql.Timestamp t ? t.toInstant() : r[2] instanceof java.time.OffsetDateTime o
                            ? o.toInstant() : (java.time.Instant) r[2],
                    (String) r[3], (String) r[4], (String) r[5], figures));
        }
        return list;
    }

    /**
     * Submissions the caller owes, receives or may read, newest due date first, then by unit; filtered
     * by obligation, unit, province, year and state.
     */
    @SuppressWarnings("unchecked")
    public SubmissionPage submissions(String obligationCode, String unitCode, String provinceCode, Integer year,
            State state, int limit, String after) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (!user.isNational()) {
            Set<String> codes = user.areaCodes();
            String agency = access.agencyOfCaller();
            where.append(" AND (s.province_code = ANY(CAST(:provinces AS varchar[]))"
                    + " OR s.unit_code = ANY(CAST(:communes AS varchar[])) OR s.unit_code = :agency)");
            params.put("provinces", codes.stream().filter(c -> c.length() == 2).toArray(String[]::new));
            params.put("communes", codes.stream().filter(c -> c.length() == 5).toArray(String[]::new));
            params.put("agency", agency == null ? "-" : agency);
        }
        if (obligationCode != null) {
            where.append(" AND s.obligation_code = :obligation");
            params.put("obligation", obligationCode);
        }
        // an area outside the caller's is refused, as the household list refuses it, not answered empty
        if (unitCode != null) {
            if (unitCode.matches("[0-9]{2}|[0-9]{5}")) {
                jurisdiction.require(unitCode);
            }
            where.append(" AND s.unit_code = :unit");
            params.put("unit", unitCode);
        }
        if (provinceCode != null) {
            jurisdiction.require(provinceCode);
            where.append(" AND s.province_code = :province");
            params.put("province", provinceCode);
        }
        if (year != null) {
            where.append(" AND s.period_start >= :from AND s.period_start < :to");
            params.put("from", LocalDate.of(year, 1, 1));
            params.put("to", LocalDate.of(year + 1, 1, 1));
        }
        if (state != null) {
            where.append(" AND ").append(Submission.STATE_SQL).append(" = :state");
            params.put("state", state.name());
        }
        String sortKey = "to_char(DATE '2999-12-31' - s.due_on, 'FM000000') || s.unit_code || s.obligation_code";
        if (after != null) {
            where.append(" AND ").append(sortKey).append(" > :after");
            params.put("after", Cursor.decode(after, 1).get(0));
        }
        Query q = em().createNativeQuery("SELECT s.id, " + sortKey + " FROM report_submission s" + where
                + " ORDER BY 2 LIMIT :limit");
        params.forEach(q::setParameter);
        if (Submission.STATE_SQL.contains(":today") && state != null) {
            q.setParameter("today", clock.today());
        }
        q.setParameter("limit", limit + 1);
        List<Object[]> rows = q.getResultList();
        List<UUID> ids = rows.subList(0, Math.min(limit, rows.size())).stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, Submission> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            Submission.<Submission>list("id in ?1", ids).forEach(s -> byId.put(s.id, s));
        }
        List<SubmissionView> items = ids.stream().map(byId::get).map(s -> view(s, List.of())).toList();
        String next = rows.size() > limit ? Cursor.encode((String) rows.get(limit - 1)[1]) : null;
        return new SubmissionPage(items, next);
    }

    // ------------------------------------------------------------------ timeliness

    /**
     * For one obligation and period: expected, submitted, on time, late and missing, by unit of the
     * level below the area (a province's communes, or the country's provinces), and in total. A unit
     * counts only for the periods in which it existed, so no rate exceeds 100 %.
     */
    @SuppressWarnings("unchecked")
    public TimelinessReport timeliness(String obligationCode, LocalDate periodStart, String areaCode) {
        Obligation o = Obligation.findById(obligationCode);
        if (o == null) {
            throw new NotFoundException("obligation", obligationCode);
        }
        String groupBy;
        String filter;
        if (areaCode == null) {
            if (!user.isNational()) {
                throw new BusinessRuleException("reporting.area_required", "Choose a province");
            }
            groupBy = "s.province_code";
            filter = "";
        } else {
            jurisdiction.require(areaCode);
            groupBy = "s.unit_code";
            filter = areaCode.length() == 2 ? " AND s.province_code = :area" : " AND s.unit_code = :area";
        }
        Query q = em().createNativeQuery("SELECT " + groupBy + ", min(s.unit_name), count(*),"
                + " count(*) FILTER (WHERE s.first_submitted_on IS NOT NULL),"
                + " count(*) FILTER (WHERE s.first_submitted_on IS NOT NULL AND NOT s.late),"
                + " count(*) FILTER (WHERE s.first_submitted_on IS NOT NULL AND s.late),"
                + " count(*) FILTER (WHERE s.first_submitted_on IS NULL AND s.due_on < :today),"
                + " count(*) FILTER (WHERE s.first_submitted_on IS NULL AND s.due_on >= :today),"
                + " min(s.due_on), min(s.period_label)"
                + " FROM report_submission s WHERE s.obligation_code = :obligation AND s.period_start = :start" + filter
                + " GROUP BY 1 ORDER BY 2")
                .setParameter("obligation", o.code).setParameter("start", periodStart)
                .setParameter("today", clock.today());
        if (areaCode != null) {
            q.setParameter("area", areaCode);
        }
        List<Object[]> rows = q.getResultList();
        List<Timeliness> lines = new ArrayList<>();
        int[] sum = new int[6];
        LocalDate due = null;
        String label = null;
        for (Object[] r : rows) {
            int[] n = new int[6];
            for (int i = 0; i < 6; i++) {
                n[i] = ((Number) r[2 + i]).intValue();
                sum[i] += n[i];
            }
            String name = areaCode == null ? provinceName((String) r[0]) : (String) r[1];
            lines.add(timeliness((String) r[0], name, n));
            due = NativeValues.date(r[8]);
            label = (String) r[9];
        }
        Timeliness total = timeliness(areaCode == null ? "VN" : areaCode,
                areaCode == null ? "Toàn quốc" : provinceName(areaCode), sum);
        return new TimelinessReport(o.code, label, due, areaCode, total, lines);
    }

    private static Timeliness timeliness(String key, String name, int[] n) {
        double expected = n[0];
        return new Timeliness(key, name, n[0], n[1], n[2], n[3], n[4], n[5], expected == 0 ? 0 : n[1] / expected,
                expected == 0 ? 0 : n[2] / expected);
    }

    private static String provinceName(String code) {
        AdminUnit u = AdminUnit.findById(code);
        return u == null ? code : u.fullName;
    }

    // ------------------------------------------------------------------ reminders

    /** Reminders about the reports the caller's units still owe, soonest due first. */
    @SuppressWarnings("unchecked")
    public List<ReminderView> myReminders() {
        List<String> units = new ArrayList<>(user.areaCodes());
        String agency = access.agencyOfCaller();
        if (agency != null) {
            units.add(agency);
        }
        if (units.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em().createNativeQuery("SELECT s.id, o.title, s.unit_name, s.period_label, s.due_on,"
                + " max(r.offset_days), max(r.sent_on)"
                + " FROM report_reminder r JOIN report_submission s ON s.id = r.submission_id"
                + " JOIN report_obligation o ON o.code = s.obligation_code"
                + " WHERE r.channel = 'APP' AND s.unit_code = ANY(CAST(:units AS varchar[]))"
                + " AND s.status IN ('PENDING', 'RETURNED')"
                + " GROUP BY s.id, o.title, s.unit_name, s.period_label, s.due_on ORDER BY s.due_on, o.title LIMIT 200")
                .setParameter("units", units.toArray(String[]::new)).getResultList();
        LocalDate today = clock.today();
        List<ReminderView> list = new ArrayList<>();
        for (Object[] r : rows) {
            Submission s = Submission.findById(r[0]);
            list.add(new ReminderView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], NativeValues.date(r[4]),
                    s.state(today), ((Number) r[5]).intValue(), NativeValues.date(r[6])));
        }
        return list;
    }
}
