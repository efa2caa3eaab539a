package vn.giamngheo.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.common.audit.AuditLog;
import vn.giamngheo.common.audit.AuditLog.Changes;
import vn.giamngheo.common.http.EntityTags;
import vn.giamngheo.common.problem.BusinessRuleException;
import vn.giamngheo.common.problem.ConflictException;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.reporting.DashboardViews.HistoricalFigureRequest;
import vn.giamngheo.reporting.DashboardViews.PovertyTargetRequest;
import vn.giamngheo.common.time.AppClock;

/** Targets of units and the yearly figures entered by hand; audited. */
@ApplicationScoped
@Transactional
public class TargetService {

    @Inject
    AppClock clock;

    @Inject
    CurrentUser user;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    AuditLog audit;

    private void requireArea(String code) {
        AdminUnit unit = AdminUnit.findById(code);
        if (unit == null || !(unit.isCommune() || unit.isProvince())) {
            throw new NotFoundException("area", code);
        }
        jurisdiction.require(code);
    }

    public PovertyTarget create(PovertyTargetRequest r) {
        requireArea(r.unitCode());
        if (PovertyTarget.count("unitCode = ?1 and year = ?2 and indicator = ?3", r.unitCode(), r.year(), r.indicator()) > 0) {
            throw new ConflictException("target.duplicate", "The unit already has this target for " + r.year());
        }
        PovertyTarget t = new PovertyTarget();
        t.id = UUID.randomUUID();
        apply(t, r);
        t.persist();
        audit.record("target.created", "poverty_target", t.id, null, r.unitCode().length() == 5 ? r.unitCode() : null,
                new Changes().field("indicator", null, t.indicator).field("year", null, t.year)
                        .field("target", null, t.targetValue).list());
        return t;
    }

    public PovertyTarget update(UUID id, String ifMatch, PovertyTargetRequest r) {
        PovertyTarget t = visible(id);
        EntityTags.requireMatch(ifMatch, t.version);
        if (!t.unitCode.equals(r.unitCode()) || t.indicator != r.indicator()) {
            throw new BusinessRuleException("target.identity_fixed", "A target keeps its unit and indicator");
        }
        Changes changes = new Changes().field("year", t.year, r.year()).field("target", t.targetValue, r.targetValue())
                .field("baselineYear", t.baselineYear, r.baselineYear())
                .field("baselineValue", t.baselineValue, r.baselineValue());
        apply(t, r);
        audit.record("target.updated", "poverty_target", t.id, null, t.unitCode.length() == 5 ? t.unitCode : null,
                changes.list());
        return t;
    }

    public void delete(UUID id) {
        PovertyTarget t = visible(id);
        t.delete();
        audit.record("target.deleted", "poverty_target", t.id, null, t.unitCode.length() == 5 ? t.unitCode : null,
                new Changes().field("indicator", t.indicator, null).list());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PovertyTarget visible(UUID id) {
        PovertyTarget t = id == null ? null : PovertyTarget.findById(id);
        if (t == null || !jurisdiction.covers(t.unitCode)) {
            throw new NotFoundException("target", id);
        }
        return t;
    }

    private void apply(PovertyTarget t, PovertyTargetRequest r) {
        if (r.baselineYear() != null && r.baselineYear() >= r.year()) {
            throw new BusinessRuleException("target.baseline_after_target", "The baseline comes before the target year");
        }
        t.unitCode = r.unitCode();
        t.year = r.year();
        t.indicator = r.indicator();
        t.targetValue = r.targetValue();
        t.baselineYear = r.baselineYear();
        t.baselineValue = r.baselineValue();
        t.source = r.source();
        t.updatedAt = clock.now();
        t.updatedBy = user.username();
    }

    public void putHistorical(String unitCode, int year, HistoricalFigureRequest r) {
        requireArea(unitCode);
        if (r.poor() == null && r.poorRate() == null && r.nearPoor() == null && r.nearPoorRate() == null) {
            throw new BusinessRuleException("historical.empty", "Give at least the poor or near-poor figures");
        }
        PovertyTarget.getEntityManager().createNativeQuery("INSERT INTO historical_figure (unit_code, year, households,"
                + " poor, poor_rate, near_poor, near_poor_rate, standard, source, updated_at, updated_by)"
                + " VALUES (:u, :y, :h, :p, :pr, :n, :nr, :s, :src, :at, :by)"
                + " ON CONFLICT (unit_code, year) DO UPDATE SET households = :h, poor = :p, poor_rate = :pr,"
                + " near_poor = :n, near_poor_rate = :nr, standard = :s, source = :src, updated_at = :at,"
                + " updated_by = :by")
                .setParameter("u", unitCode).setParameter("y", year).setParameter("h", r.households())
                .setParameter("p", r.poor()).setParameter("pr", r.poorRate()).setParameter("n", r.nearPoor())
                .setParameter("nr", r.nearPoorRate()).setParameter("s", r.standard()).setParameter("src", r.source())
                .setParameter("at", clock.now()).setParameter("by", user.username()).executeUpdate();
        audit.record("historical_figure.set", "historical_figure", UUID.nameUUIDFromBytes(("historical:" + unitCode
                + ":" + year).getBytes(java.nio.charset.StandardCharsets.UTF_8)), null,
                unitCode.length() == 5 ? unitCode : null, new Changes().field("year", null, year)
                        .field("poor", null, r.poor()).field("poorRate", null, r.poorRate()).list());
    }
}
