package vn.giamngheo.area;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.area.AreaViews.AreaView;
import vn.giamngheo.area.AreaViews.CommunePage;
import vn.giamngheo.area.AreaViews.CommuneView;
import vn.giamngheo.area.AreaViews.ProvinceView;
import vn.giamngheo.common.paging.KeysetQuery;
import vn.giamngheo.common.problem.BusinessRuleException;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.time.AppClock;

/** Reads the administrative units; units are reference data every signed-in user may read. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class AreaService {

    @Inject
    AppClock clock;

    public List<ProvinceView> listProvinces() {
        Map<String, Integer> counts = new HashMap<>();
        List<Object[]> rows = AdminUnit.getEntityManager().createQuery("""
                select u.provinceCode, count(u) from AdminUnit u
                where u.level = :commune and (u.validTo is null or u.validTo >= :today)
                group by u.provinceCode""", Object[].class)
                .setParameter("commune", UnitLevel.COMMUNE)
                .setParameter("today", clock.today())
                .getResultList();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).intValue()));
        List<AdminUnit> provinces = AdminUnit.list("level = ?1 and (validTo is null or validTo >= ?2) order by code",
                UnitLevel.PROVINCE, clock.today());
        return provinces.stream()
                .map(p -> new ProvinceView(p.code, p.name, p.fullName, p.nameEn, p.unitType,
                        counts.getOrDefault(p.code, 0)))
                .toList();
    }

    /**
     * Communes of a province in name order, a page at a time (keyset on the folded name and code).
     * {@code q} matches names without diacritics; abolished units are left out unless asked for.
     */
    public CommunePage listCommunes(String provinceCode, String q, UnitType type, boolean includeAbolished,
            int limit, String after) {
        requireProvince(provinceCode);
        KeysetQuery query = KeysetQuery.orderedBy("searchName", "code")
                .where("provinceCode = :province", "province", provinceCode);
        if (type != null) {
            query.where("unitType = :type", "type", type);
        }
        if (!includeAbolished) {
            query.where("(validTo is null or validTo >= :today)", "today", clock.today());
        }
        KeysetQuery.Page<CommuneView> page = query.nameContains(q).after(after, code -> code)
                .page((hql, params) -> AdminUnit.find(hql, params), limit,
                        u -> u.searchName, u -> u.code, CommuneView::from);
        return new CommunePage(page.items(), page.nextCursor());
    }

    public AreaView getArea(String code) {
        AdminUnit unit = AdminUnit.findById(code);
        if (unit == null) {
            throw new NotFoundException("area", code);
        }
        AdminUnit province = unit.provinceCode == null ? null : AdminUnit.findById(unit.provinceCode);
        return AreaView.from(unit, province);
    }

    /** An administrator sets whether a special zone's households use the urban or the rural line. */
    @Transactional
    public AreaView setAreaType(String code, AreaType areaType) {
        AdminUnit unit = AdminUnit.findById(code);
        if (unit == null) {
            throw new NotFoundException("area", code);
        }
        if (unit.unitType != UnitType.SPECIAL_ZONE) {
            throw new BusinessRuleException("area.area_type_fixed",
                    "Only a special zone's area type can be set; wards are urban and communes rural by law");
        }
        unit.areaType = areaType;
        return AreaView.from(unit, AdminUnit.findById(unit.provinceCode));
    }

    /** The commune with this code, or 404 {@code commune.not_found}. */
    public AdminUnit requireCommune(String code) {
        AdminUnit unit = AdminUnit.findById(code);
        if (unit == null || !unit.isCommune()) {
            throw new NotFoundException("commune", code);
        }
        return unit;
    }

    private void requireProvince(String code) {
        AdminUnit unit = AdminUnit.findById(code);
        if (unit == null || !unit.isProvince()) {
            throw new NotFoundException("province", code);
        }
    }

    /** Units by code, for labelling a user's jurisdiction. */
    public List<AdminUnit> findUnits(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return AdminUnit.list("code in ?1 order by code", List.copyOf(codes));
    }
}
