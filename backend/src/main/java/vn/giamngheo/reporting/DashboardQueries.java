package vn.giamngheo.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.common.security.OutOfJurisdictionException;
import vn.giamngheo.common.time.AppClock;
import vn.giamngheo.household.Household;
import vn.giamngheo.reporting.DashboardViews.ProvisionalFigures;
import vn.giamngheo.reporting.DashboardViews.AreaValue;
import vn.giamngheo.reporting.DashboardViews.DashboardView;
import vn.giamngheo.reporting.DashboardViews.DeadlineStatus;
import vn.giamngheo.reporting.DashboardViews.DeprivationShare;
import vn.giamngheo.reporting.DashboardViews.HistoricalFigureView;
import vn.giamngheo.reporting.DashboardViews.Light;
import vn.giamngheo.reporting.DashboardViews.TargetIndicator;
import vn.giamngheo.reporting.DashboardViews.PovertyTargetView;
import vn.giamngheo.reporting.DashboardViews.YearFigure;

/**
 * The dashboard of a commune, a province or the country ({@code VN}): poverty and near-poverty over the
 * years (from the yearly records, and from figures entered by hand where there are none), targets with
 * their progress, the poor's top deprivations, the map of the units below and the reporting deadlines.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardQueries {

    public static final String NATIONAL = "VN";

    @Inject
    CurrentUser user;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    AppClock clock;

    private static EntityManager em() {
        return Household.getEntityManager();
    }

    /** The area's name and level, if the caller may see it. */
    String[] area(String code) {
        if (NATIONAL.equals(code)) {
            if (!user.isNational()) {
                throw new OutOfJurisdictionException(code);
            }
            return new String[] {"Toàn quốc", "NATIONAL"};
        }
        AdminUnit unit = code == null ? null : AdminUnit.findById(code);
        if (unit == null || !(unit.isCommune() || unit.isProvince())) {
            throw new NotFoundException("area", code);
        }
        jurisdiction.require(unit.code);
        return new String[] {unit.fullName, unit.isProvince() ? "PROVINCE" : "COMMUNE"};
    }

    private static String filter(String code, String alias) {
        if (NATIONAL.equals(code)) {
            return "true";
        }
        return code.length() == 2 ? alias + ".province_code = :area" : alias + ".commune_code = :area";
    }

    private static Query bind(Query q, String code) {
        return NATIONAL.equals(code) ? q : q.setParameter("area", code);
    }

    public DashboardView dashboard(String code) {
        String[] area = area(code);
        List<YearFigure> years = years(code);
        Integer latest = years.stream().filter(y -> "REGISTRY".equals(y.source())).map(YearFigure::year)
                .max(Integer::compare).orElse(null);
        return new DashboardView(code, area[0], area[1], latest, years, targets(code, years),
                latest == null ? List.of() : deprivations(code, latest), latest == null ? List.of() : map(code, latest),
                deadlines(code));
    }

    /**
     * The provisional view of a year: the official figures with the undecided surveys of the open campaigns
     * of the area in place of the surveyed households' official classes.
     */
    public ProvisionalFigures provisional(String code, int year) {
        area(code);
        YearFigure official = years(code).stream().filter(y -> y.year() == year && "REGISTRY".equals(y.source()))
                .findFirst().orElse(new YearFigure(year, 0, 0, null, 0, null, "REGISTRY"));
        Object[] p = (Object[]) bind(em().createNativeQuery("SELECT"
                + " count(*) FILTER (WHERE st.classification = 'POOR'),"
                + " count(*) FILTER (WHERE st.classification = 'NEAR_POOR'),"
                + " count(*) FILTER (WHERE r.classification = 'POOR'),"
                + " count(*) FILTER (WHERE r.classification = 'NEAR_POOR'),"
                + " count(*) FILTER (WHERE st.household_id IS NULL), count(*)"
                + " FROM (SELECT DISTINCT ON (i.household_id) i.household_id, i.record_id FROM review_item i"
                + "       JOIN review_campaign c ON c.id = i.campaign_id JOIN household h ON h.id = i.household_id"
                + "       WHERE c.year = :year AND c.status <> 'DECIDED' AND i.record_id IS NOT NULL"
                + "         AND i.state NOT IN ('EXCLUDED', 'SCREENED_OUT', 'DECIDED') AND h.status = 'ACTIVE'"
                + "         AND " + filter(code, "h")
                + "       ORDER BY i.household_id, i.updated_at DESC) x"
                + " JOIN household_record r ON r.id = x.record_id"
                + " LEFT JOIN household_status st ON st.household_id = x.household_id AND st.year = :year"), code)
                .setParameter("year", year).getSingleResult();
        int officialPoor = ((Number) p[0]).intValue();
        int officialNear = ((Number) p[1]).intValue();
        int households = (official.households() == null ? 0 : official.households()) + ((Number) p[4]).intValue();
        int poor = (official.poor() == null ? 0 : official.poor()) - officialPoor + ((Number) p[2]).intValue();
        int near = (official.nearPoor() == null ? 0 : official.nearPoor()) - officialNear + ((Number) p[3]).intValue();
        return new ProvisionalFigures(code, year, "PROVISIONAL", official,
                new YearFigure(year, households, poor, rate(poor, households), near, rate(near, households),
                        "PROVISIONAL"), ((Number) p[5]).intValue());
    }

    // ------------------------------------------------------------------ years

    @SuppressWarnings("unchecked")
    List<YearFigure> years(String code) {
        List<Object[]> rows = bind(em().createNativeQuery("SELECT s.survey_year, sum(s.households), sum(s.poor),"
                + " sum(s.near_poor) FROM area_year_stat s WHERE " + filter(code, "s") + " GROUP BY 1 ORDER BY 1"), code)
                .getResultList();
        Map<Integer, YearFigure> byYear = new TreeMap<>();
        for (Object[] r : rows) {
            int n = ((Number) r[1]).intValue();
            int poor = ((Number) r[2]).intValue();
            int near = ((Number) r[3]).intValue();
            int year = ((Number) r[0]).intValue();
            byYear.put(year, new YearFigure(year, n, poor, rate(poor, n), near, rate(near, n), "REGISTRY"));
        }
        for (HistoricalFigureView h : historical(code)) {
            byYear.putIfAbsent(h.year(), new YearFigure(h.year(), h.households(), h.poor(),
                    h.poorRate() != null ? h.poorRate() : h.poor() != null && h.households() != null
                            ? rate(h.poor(), h.households()) : null,
                    h.nearPoor(), h.nearPoorRate() != null ? h.nearPoorRate() : h.nearPoor() != null
                            && h.households() != null ? rate(h.nearPoor(), h.households()) : null,
                    "HISTORICAL"));
        }
        return new ArrayList<>(byYear.values());
    }

    static BigDecimal rate(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100.0 / whole).setScale(2, RoundingMode.HALF_UP);
    }

    @SuppressWarnings("unchecked")
    public List<HistoricalFigureView> historical(String code) {
        List<Object[]> rows = em().createNativeQuery("SELECT unit_code, year, households, poor, poor_rate, near_poor,"
                + " near_poor_rate, standard, source FROM historical_figure WHERE unit_code = :u ORDER BY year")
                .setParameter("u", code).getResultList();
        return rows.stream().map(r -> new HistoricalFigureView((String) r[0], ((Number) r[1]).intValue(),
                integer(r[2]), integer(r[3]), (BigDecimal) r[4], integer(r[5]), (BigDecimal) r[6], (String) r[7],
                (String) r[8])).toList();
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    // ------------------------------------------------------------------ targets

    public List<PovertyTargetView> targets(String code, List<YearFigure> years) {
        List<PovertyTarget> targets = PovertyTarget.list("unitCode = ?1 order by year, indicator", code);
        return targets.stream().map(t -> view(t, code, years)).toList();
    }

    public PovertyTargetView view(PovertyTarget t, String code, List<YearFigure> years) {
        BigDecimal actual = null;
        Integer actualYear = null;
        for (int y = t.year; y >= t.year - 10 && actual == null; y--) {
            BigDecimal v = actual(t.indicator, code, y, years);
            if (v != null) {
                actual = v;
                actualYear = y;
            }
        }
        BigDecimal trajectory = null;
        Light light = Light.NO_DATA;
        if (actual != null) {
            trajectory = trajectory(t, actualYear);
            light = light(t, actual, trajectory);
        }
        return new PovertyTargetView(t.id, t.unitCode, t.year, t.indicator, t.targetValue, t.baselineYear, t.baselineValue,
                t.source, actual, actualYear, trajectory, light, t.version);
    }

    private BigDecimal actual(TargetIndicator indicator, String code, int year, List<YearFigure> years) {
        YearFigure f = years.stream().filter(y -> y.year() == year).findFirst().orElse(null);
        return switch (indicator) {
            case POVERTY_RATE -> f == null ? null : f.poorRate();
            case NEAR_POVERTY_RATE -> f == null ? null : f.nearPoorRate();
            case NO_LABOUR_POOR_RATE, MERITORIOUS_POOR, ESCAPED_HOUSEHOLDS ->
                    f == null || !"REGISTRY".equals(f.source()) ? null : registryActual(indicator, code, year, f);
        };
    }

    private static BigDecimal registryActual(TargetIndicator indicator, String code, int year, YearFigure f) {
        String column = switch (indicator) {
            case NO_LABOUR_POOR_RATE -> "poor_no_labour";
            case MERITORIOUS_POOR -> "poor_meritorious";
            default -> "escaped";
        };
        Object n = bind(em().createNativeQuery("SELECT coalesce(sum(s." + column + "), 0) FROM area_year_stat s"
                + " WHERE s.survey_year = :year AND " + filter(code, "s")).setParameter("year", year), code)
                .getSingleResult();
        int count = ((Number) n).intValue();
        if (indicator == TargetIndicator.NO_LABOUR_POOR_RATE) {
            return rate(count, f.households() == null ? 0 : f.households());
        }
        return BigDecimal.valueOf(count);
    }

    /** The straight line from the baseline to the target, in the given year; the target itself without a baseline. */
    static BigDecimal trajectory(PovertyTarget t, int year) {
        if (t.baselineYear == null || t.baselineValue == null || t.baselineYear >= t.year || year >= t.year) {
            return t.targetValue;
        }
        if (year <= t.baselineYear) {
            return t.baselineValue;
        }
        double share = (double) (year - t.baselineYear) / (t.year - t.baselineYear);
        double v = t.baselineValue.doubleValue() + share * (t.targetValue.doubleValue() - t.baselineValue.doubleValue());
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    static Light light(PovertyTarget t, BigDecimal actual, BigDecimal trajectory) {
        double gap = t.indicator.atMost() ? actual.doubleValue() - trajectory.doubleValue()
                : trajectory.doubleValue() - actual.doubleValue();
        if (gap <= 0) {
            return Light.GREEN;
        }
        double span = t.baselineValue == null ? Math.max(t.targetValue.doubleValue(), 1)
                : Math.max(Math.abs(t.baselineValue.doubleValue() - t.targetValue.doubleValue()), 0.1);
        return gap <= span / 10 ? Light.AMBER : Light.RED;
    }

    // ------------------------------------------------------------------ deprivations and map

    @SuppressWarnings("unchecked")
    List<DeprivationShare> deprivations(String code, int year) {
        List<Object[]> rows = bind(em().createNativeQuery("SELECT d.indicator, sum(d.households), (SELECT sum(s.poor)"
                + "   FROM area_year_stat s WHERE s.survey_year = :year AND " + filter(code, "s") + ")"
                + " FROM area_year_deprivation d WHERE d.survey_year = :year AND d.classification = 'POOR' AND "
                + filter(code, "d") + " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 12").setParameter("year", year), code)
                .getResultList();
        return rows.stream().map(r -> new DeprivationShare((String) r[0], ((Number) r[1]).intValue(),
                rate(((Number) r[1]).intValue(), ((Number) r[2]).intValue()))).toList();
    }

    @SuppressWarnings("unchecked")
    List<AreaValue> map(String code, int year) {
        if (!NATIONAL.equals(code) && code.length() == 5) {
            return List.of();
        }
        String key = NATIONAL.equals(code) ? "s.province_code" : "s.commune_code";
        List<Object[]> rows = bind(em().createNativeQuery("SELECT " + key + ", u.full_name, sum(s.households),"
                + " sum(s.poor), sum(s.near_poor) FROM area_year_stat s JOIN admin_unit u ON u.code = " + key
                + " WHERE s.survey_year = :year AND " + filter(code, "s") + " GROUP BY 1, 2 ORDER BY 1")
                .setParameter("year", year), code).getResultList();
        return rows.stream().map(r -> {
            int n = ((Number) r[2]).intValue();
            int poor = ((Number) r[3]).intValue();
            int near = ((Number) r[4]).intValue();
            return new AreaValue((String) r[0], (String) r[1], n, poor, rate(poor, n), near, rate(near, n));
        }).toList();
    }

    // ------------------------------------------------------------------ deadlines

    @SuppressWarnings("unchecked")
    List<DeadlineStatus> deadlines(String code) {
        String where = NATIONAL.equals(code) ? "true" : code.length() == 2 ? "s.province_code = :area"
                : "s.unit_code = :area";
        // each obligation's latest opened period, then how its units stand
        List<Object[]> rows = bind(em().createNativeQuery("WITH latest AS (SELECT x.obligation_code,"
                + "   max(x.period_start) AS period_start FROM report_submission x"
                + "   WHERE x.opens_on <= :today AND " + where.replace("s.", "x.") + " GROUP BY 1)"
                + " SELECT s.obligation_code, o.title, s.period_label, s.due_on,"
                + " count(*), count(*) FILTER (WHERE s.first_submitted_on IS NOT NULL),"
                + " count(*) FILTER (WHERE s.first_submitted_on IS NOT NULL AND NOT s.late),"
                + " count(*) FILTER (WHERE s.first_submitted_on IS NOT NULL AND s.late),"
                + " count(*) FILTER (WHERE s.first_submitted_on IS NULL AND s.due_on < :today)"
                + " FROM report_submission s JOIN latest l ON l.obligation_code = s.obligation_code"
                + "   AND l.period_start = s.period_start"
                + " JOIN report_obligation o ON o.code = s.obligation_code"
                + " WHERE " + where + " GROUP BY 1, 2, 3, 4 ORDER BY 4, 1").setParameter("today", clock.today()), code)
                .getResultList();
        return rows.stream().map(r -> new DeadlineStatus((String) r[0], (String) r[1], (String) r[2],
                r[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[3], ((Number) r[4]).intValue(),
                ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), ((Number) r[7]).intValue(),
                ((Number) r[8]).intValue())).toList();
    }
}
