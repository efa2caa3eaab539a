package vn.giamngheo.area;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.area.AreaViews.AreaView;
import vn.giamngheo.area.AreaViews.CommunePage;
import vn.giamngheo.area.AreaViews.CommuneView;
import vn.giamngheo.area.AreaViews.ProvinceView;
import vn.giamngheo.common.paging.Cursor;
import vn.giamngheo.common.problem.BusinessRuleException;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.text.VietnameseText;

/** Reads the administrative units; units are reference data every signed-in user may read. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class AreaService {

    public List<ProvinceView> listProvinces() {
        Map<String, Integer> counts = new HashMap<>();
        List<Object[]> rows = AdminUnit.getEntityManager().createQuery("""
                select u.provinceCode, count(u) from AdminUnit u
                where u.level = :commune and (u.validTo is null or u.validTo >= :today)
                group by u.provinceCode""", Object[].class)
                .setParameter("commune", UnitLevel.COMMUNE)
                .setParameter("today", LocalDate.now())
                .getResultList();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).intValue()));
        List<AdminUnit> provinces = AdminUnit.list("level = ?1 and (validTo is null or validTo >= ?2) order by code",
                UnitLevel.PROVINCE, LocalDate.now());
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
        StringBuilder query = new StringBuilder("provinceCode = :province");
        Parameters params = Parameters.with("province", provinceCode);
        if (type != null) {
            query.append(" and unitType = :type");
            params.and("type", type);
        }
        String folded = VietnameseText.fold(q);
        if (folded != null && !folded.isEmpty()) {
            query.append(" and searchName like :q escape '\\'");
            params.and("q", "%" + VietnameseText.likeLiteral(folded) + "%");
        }
        if (!includeAbolished) {
            query.append(" and (validTo is null or validTo >= :today)");
            params.and("today", LocalDate.now());
        }
        if (after != null) {
            List<String> key = Cursor.decode(after, 2);
            query.append(" and (searchName > :afterName or (searchName = :afterName and code > :afterCode))");
            params.and("afterName", key.get(0)).and("afterCode", key.get(1));
        }
        query.append(" order by searchName, code");
        List<AdminUnit> rows = AdminUnit.<AdminUnit>find(query.toString(), params).page(0, limit + 1).list();
        List<CommuneView> items = new ArrayList<>(rows.stream().limit(limit).map(CommuneView::from).toList());
        String next = null;
        if (rows.size() > limit) {
            AdminUnit last = rows.get(limit - 1);
            next = Cursor.encode(last.searchName, last.code);
        }
        return new CommunePage(items, next);
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
