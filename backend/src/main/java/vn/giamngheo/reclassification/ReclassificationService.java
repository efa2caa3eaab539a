package vn.giamngheo.reclassification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.common.paging.Cursor;
import vn.giamngheo.common.paging.PageLimits;
import vn.giamngheo.common.problem.BusinessRuleException;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.common.time.AppClock;
import vn.giamngheo.reclassification.Reclassification.Phase;
import vn.giamngheo.reclassification.ReclassificationViews.CommuneView;
import vn.giamngheo.reclassification.ReclassificationViews.ComparisonView;
import vn.giamngheo.reclassification.ReclassificationViews.MovementView;
import vn.giamngheo.reclassification.ReclassificationViews.ReclassificationPage;
import vn.giamngheo.reclassification.ReclassificationViews.ReclassificationRequest;
import vn.giamngheo.reclassification.ReclassificationViews.ReclassificationView;
import vn.giamngheo.standard.PovertyStandard;
import vn.giamngheo.standard.StandardStatus;

/** The re-classification API's side of a job: the request, its progress, the comparison (the runner does the work). */
@ApplicationScoped
public class ReclassificationService {

    @Inject
    EntityManager em;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    CurrentUser user;

    @Inject
    AppClock clock;

    /** Queues a what-if of a province the caller's jurisdiction covers, under a published standard. */
    @Transactional
    public Reclassification request(ReclassificationRequest request) {
        AdminUnit province = AdminUnit.findById(request.provinceCode());
        if (province == null || !province.isProvince()) {
            throw new NotFoundException("province", request.provinceCode());
        }
        jurisdiction.require(province.code);
        PovertyStandard standard = PovertyStandard.findById(request.standardCode());
        if (standard == null) {
            throw new NotFoundException("standard", request.standardCode());
        }
        if (standard.status != StandardStatus.PUBLISHED) {
            throw new BusinessRuleException("reclassification.standard_not_published", "Standard " + standard.code
                    + " is " + standard.status + "; a re-classification uses a published standard");
        }
        Reclassification job = new Reclassification();
        job.id = UUID.randomUUID();
        job.provinceCode = province.code;
        job.surveyYear = request.year();
        job.standardCode = standard.code;
        job.phase = Phase.QUEUED;
        job.createdAt = clock.now();
        job.createdBy = user.username();
        job.persist();
        return job;
    }

    /** A job of the caller's jurisdiction (404 otherwise, as if it did not exist). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Reclassification visible(UUID id) {
        Reclassification job = id == null ? null : Reclassification.findById(id);
        if (job == null || !jurisdiction.covers(job.provinceCode)) {
            throw new NotFoundException("reclassification", id);
        }
        return job;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReclassificationView view(Reclassification job) {
        AdminUnit province = AdminUnit.findById(job.provinceCode);
        Double progress = null;
        Double rate = null;
        Long eta = null;
        if (job.phase == Phase.DONE) {
            progress = 1.0;
        } else if (job.householdsTotal != null && job.householdsTotal > 0) {
            progress = Math.min(1.0, job.householdsDone / (double) job.householdsTotal);
        }
        if (job.phase == Phase.RUNNING && job.startedAt != null && job.householdsDone > 0) {
            double seconds = Math.max(0.001, Duration.between(job.startedAt, Instant.now()).toMillis() / 1000.0);
            rate = Math.round(job.householdsDone / seconds * 10) / 10.0;
            if (job.householdsTotal != null && rate > 0) {
                eta = Math.max(0, Math.round((job.householdsTotal - job.householdsDone) / rate));
            }
        }
        return new ReclassificationView(job.id, job.provinceCode, province == null ? null : province.fullName,
                job.surveyYear, job.standardCode, job.phase,
                job.householdsTotal, job.householdsDone, job.householdsFailed, job.householdsMoved, progress, rate, eta,
                job.failureCode, job.failureMessage, job.createdAt, job.createdBy, job.startedAt, job.finishedAt);
    }

    /** The re-classifications of the caller's provinces (or of one), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReclassificationPage list(String provinceCode, String after, Integer limit) {
        int size = limit == null ? PageLimits.DEFAULT : Math.max(1, Math.min(PageLimits.MAX, limit));
        StringBuilder q = new StringBuilder("FROM Reclassification j WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (provinceCode != null && !provinceCode.isBlank()) {
            jurisdiction.require(provinceCode.strip());
            params.add(provinceCode.strip());
            q.append(" AND j.provinceCode = ?").append(params.size());
        } else if (!user.isNational()) {
            List<String> areas = List.copyOf(user.areaCodes());
            if (areas.isEmpty()) {
                return new ReclassificationPage(List.of(), null);
            }
            params.add(areas);
            q.append(" AND j.provinceCode IN ?").append(params.size());
        }
        if (after != null) {
            List<String> keys = Cursor.decode(after, 2);
            params.add(Instant.parse(keys.get(0)));
            params.add(UUID.fromString(keys.get(1)));
            q.append(" AND (j.createdAt < ?").append(params.size() - 1).append(" OR (j.createdAt = ?")
                    .append(params.size() - 1).append(" AND j.id < ?").append(params.size()).append("))");
        }
        q.append(" ORDER BY j.createdAt DESC, j.id DESC");
        List<Reclassification> jobs = Reclassification.find(q.toString(), params.toArray()).page(0, size + 1).list();
        boolean more = jobs.size() > size;
        List<Reclassification> page = more ? jobs.subList(0, size) : jobs;
        Reclassification last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new ReclassificationPage(page.stream().map(this::view).toList(),
                more ? Cursor.encode(last.createdAt.toString(), last.id.toString()) : null);
    }

    /**
     * The result beside the official classes: the movements (of the province, or of one of its communes) and each
     * commune's counts. Empty until the job is done.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ComparisonView comparison(UUID id, String communeCode) {
        Reclassification job = visible(id);
        String commune = communeCode == null || communeCode.isBlank() ? null : communeCode.strip();
        if (commune != null) {
            AdminUnit unit = AdminUnit.findById(commune);
            if (unit == null || !job.provinceCode.equals(unit.provinceCode)) {
                throw new NotFoundException("commune", commune);
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> moves = em.createNativeQuery("SELECT from_class, to_class, sum(households)"
                + " FROM reclassification_movement WHERE job_id = :id AND (cast(:commune AS varchar) IS NULL"
                + " OR commune_code = :commune) GROUP BY 1, 2 ORDER BY 1, 2").setParameter("id", job.id)
                .setParameter("commune", commune).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> communes = em.createNativeQuery("SELECT m.commune_code, u.full_name, sum(m.households),"
                + " sum(m.households) FILTER (WHERE m.from_class = 'POOR'),"
                + " sum(m.households) FILTER (WHERE m.from_class = 'NEAR_POOR'),"
                + " sum(m.households) FILTER (WHERE m.to_class = 'POOR'),"
                + " sum(m.households) FILTER (WHERE m.to_class = 'NEAR_POOR'),"
                + " sum(m.households) FILTER (WHERE m.from_class <> m.to_class)"
                + " FROM reclassification_movement m LEFT JOIN admin_unit u ON u.code = m.commune_code"
                + " WHERE m.job_id = :id GROUP BY 1, 2 ORDER BY 1").setParameter("id", job.id).getResultList();
        return new ComparisonView(view(job),
                moves.stream().map(r -> new MovementView((String) r[0], (String) r[1], number(r[2]))).toList(),
                communes.stream().map(r -> {
                    int households = number(r[2]);
                    return new CommuneView((String) r[0], (String) r[1], households, number(r[3]), number(r[4]),
                            number(r[5]), number(r[6]), number(r[7]), rate(number(r[3]), households),
                            rate(number(r[5]), households));
                }).toList());
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static double rate(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 10000.0 / whole) / 100.0;
    }
}
