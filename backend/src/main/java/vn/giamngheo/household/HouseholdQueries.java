package vn.giamngheo.household;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.giamngheo.common.sql.NativeValues;
import vn.giamngheo.area.Village;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.common.audit.AuditLog;
import vn.giamngheo.common.audit.AuditLog.Changes;
import vn.giamngheo.common.paging.Cursor;
import vn.giamngheo.common.problem.BadRequestException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.common.text.VietnameseText;
import vn.giamngheo.household.HouseholdCodes.HouseholdStatus;
import vn.giamngheo.household.HouseholdCodes.Subgroup;
import vn.giamngheo.household.HouseholdViews.CitizenIdView;
import vn.giamngheo.household.HouseholdViews.HouseholdPage;
import vn.giamngheo.household.HouseholdViews.HouseholdSummary;
import vn.giamngheo.household.HouseholdViews.HouseholdView;
import vn.giamngheo.household.HouseholdViews.MemberView;
import vn.giamngheo.household.HouseholdViews.RecordSummary;

/** Reads of the registry: lists with filters and search, one household, a citizen ID (audited). */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class HouseholdQueries {

    /** What a list may be filtered by; every field optional. */
    public record Filter(String provinceCode, String communeCode, UUID villageId, HouseholdClass classification,
            Integer year, Subgroup subgroup, String deprivedIndicator, HouseholdStatus status, String q) {
    }

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    CurrentUser user;

    @Inject
    HouseholdService households;

    @Inject
    RecordService records;

    @Inject
    AuditLog audit;

    /**
     * Households in code order, a page at a time (keyset on code and id), within the caller's
     * jurisdiction. {@code q} matches member names without diacritics, household codes, or a
     * 12-digit citizen ID exactly. With {@code year}, class and deprivations are that year's.
     */
    @Transactional
    public HouseholdPage list(Filter f, int limit, String after) {
        // how selective a search or filter is depends on its values: plan each query for them, never
        // with a cached generic plan (which picks the wrong index for common names)
        Household.getEntityManager().createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        FilterSql filter = where(f);
        StringBuilder where = filter.where();
        Map<String, Object> params = filter.params();
        boolean byYear = f.year() != null;
        String cls = byYear ? "st.classification" : "h.latest_class";
        String deprived = byYear ? "r.deprived_indicators" : "h.latest_deprived";
        if (after != null) {
            List<String> key = Cursor.decode(after, 2);
            where.append(" AND (h.code, h.id) > (:afterCode, :afterId)");
            params.put("afterCode", key.get(0));
            try {
                params.put("afterId", UUID.fromString(key.get(1)));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("paging.invalid_cursor",
                        "The 'after' cursor is not one this API returned; start again without it");
            }
        }
        String sql = "SELECT h.id, h.code, h.commune_code, h.village_id, v.name, h.head_name,"
                + " (SELECT count(*) FROM household_member c WHERE c.household_id = h.id AND c.status = 'ACTIVE'),"
                + " h.address, h.status, " + (byYear ? "st.year" : "h.latest_year") + ", " + cls + ", "
                + deprived + ", h.no_labour_capacity, h.meritorious_member, h.ethnic_minority"
                + " FROM household h LEFT JOIN village v ON v.id = h.village_id"
                + (byYear ? " JOIN household_status st ON st.household_id = h.id AND st.year = :year"
                        + " JOIN household_record r ON r.id = st.record_id"
                        : "")
                + where + " ORDER BY h.code, h.id LIMIT :limit";
        params.put("limit", limit + 1);
        Query query = Household.getEntityManager().createNativeQuery(sql);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<HouseholdSummary> items = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, rows.size()); i++) {
            Object[] r = rows.get(i);
            items.add(new HouseholdSummary((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3], (String) r[4],
                    (String) r[5], ((Number) r[6]).intValue(), (String) r[7], HouseholdStatus.valueOf((String) r[8]),
                    r[9] == null ? null : ((Number) r[9]).intValue(),
                    r[10] == null ? null : HouseholdClass.valueOf((String) r[10]), NativeValues.strings(r[11]), (Boolean) r[12],
                    (Boolean) r[13], (Boolean) r[14]));
        }
        String next = null;
        if (rows.size() > limit) {
            HouseholdSummary last = items.get(items.size() - 1);
            next = Cursor.encode(last.code(), last.id().toString());
        }
        return new HouseholdPage(items, next);
    }

    /**
     * The WHERE clause of a list of households (alias {@code h}; with a year, {@code st} and {@code r} of that
     * year's status and record), within the caller's jurisdiction, and its named parameters.
     */
    FilterSql where(Filter f) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!user.isNational()) {
            Set<String> codes = user.areaCodes();
            String[] communes = codes.stream().filter(c -> c.length() == 5).toArray(String[]::new);
            String[] provinces = codes.stream().filter(c -> c.length() == 2).toArray(String[]::new);
            where.append(" AND (h.commune_code = ANY(CAST(:communes AS varchar[]))"
                    + " OR h.province_code = ANY(CAST(:provinces AS varchar[])))");
            params.put("communes", communes);
            params.put("provinces", provinces);
        }
        if (f.provinceCode() != null) {
            jurisdiction.require(f.provinceCode());
            where.append(" AND h.province_code = :province");
            params.put("province", f.provinceCode());
        }
        if (f.communeCode() != null) {
            jurisdiction.require(f.communeCode());
            where.append(" AND h.commune_code = :commune");
            params.put("commune", f.communeCode());
        }
        if (f.villageId() != null) {
            where.append(" AND h.village_id = :village");
            params.put("village", f.villageId());
        }
        if (f.status() != null) {
            where.append(" AND h.status = :status");
            params.put("status", f.status().name());
        }
        boolean byYear = f.year() != null;
        String cls = byYear ? "st.classification" : "h.latest_class";
        String deprived = byYear ? "r.deprived_indicators" : "h.latest_deprived";
        if (byYear) {
            params.put("year", f.year());
        }
        if (f.classification() != null) {
            where.append(" AND ").append(cls).append(" = :cls");
            params.put("cls", f.classification().name());
        }
        if (f.deprivedIndicator() != null) {
            where.append(" AND ").append(deprived).append(" @> ARRAY[CAST(:indicator AS varchar)]");
            params.put("indicator", f.deprivedIndicator());
        }
        if (f.subgroup() != null) {
            where.append(switch (f.subgroup()) {
                case NO_LABOUR_CAPACITY -> " AND h.no_labour_capacity";
                case MERITORIOUS_MEMBER -> " AND h.meritorious_member";
                case ETHNIC_MINORITY -> " AND h.ethnic_minority";
            });
        }
        String q = f.q() == null ? null : f.q().strip();
        if (q != null && !q.isEmpty()) {
            if (q.matches("[0-9]{12}")) {
                where.append(" AND h.id IN (SELECT m.household_id FROM household_member m WHERE m.citizen_id = :cid)");
                params.put("cid", q);
            } else {
                String like = "%" + VietnameseText.likeLiteral(VietnameseText.fold(q)) + "%";
                where.append(" AND h.search_text LIKE :like");
                params.put("like", like);
            }
        }
        return new FilterSql(where, params);
    }

    /** A WHERE clause and its named parameters. */
    record FilterSql(StringBuilder where, Map<String, Object> params) {
    }

    public HouseholdView get(UUID id) {
        return view(households.visible(id));
    }

    public HouseholdView view(Household h) {
        List<MemberView> members = HouseholdMember.allOf(h.id).stream().map(HouseholdQueries::memberView).toList();
        Village village = h.villageId == null ? null : Village.findById(h.villageId);
        HouseholdRecord latest = records.latest(h.id);
        RecordSummary summary = latest == null ? null : new RecordSummary(latest.id, latest.surveyYear,
                latest.surveyDate, latest.standardCode, latest.classification, List.of(latest.deprivedIndicators),
                latest.scoreB, latest.current, latest.lockedAt != null);
        return new HouseholdView(h.id, h.code, h.communeCode, h.provinceCode, h.villageId,
                village == null ? null : village.name, h.address, h.phone, h.headMemberId, h.status, h.closeReason,
                h.closedOn, h.successorId, members, summary, h.latestYear, h.latestClass, h.noLabourCapacity, h.meritoriousMember, h.ethnicMinority,
                h.version, h.createdAt, h.createdBy, h.updatedAt, h.updatedBy);
    }

    /** A member's citizen ID in full; the read itself is audited. */
    @Transactional
    public CitizenIdView citizenId(UUID householdId, UUID memberId) {
        HouseholdMember m = households.visibleMember(householdId, memberId);
        Household h = Household.findById(householdId);
        audit.record("member.citizen_id_read", "member", m.id, h.id, h.communeCode,
                new Changes().field("citizenId", null, m.citizenId == null ? null : "read in full").list());
        return new CitizenIdView(m.id, m.citizenId);
    }

    public static MemberView memberView(HouseholdMember m) {
        return new MemberView(m.id, m.fullName, m.sex, m.birthDate, m.ethnicity, AuditLog.mask(m.citizenId),
                m.relationToHead, m.labourCapacity, m.employment, m.monthlySocialAllowance, m.disabled, m.nutrition,
                m.healthInsurance, m.attendingSchool, m.highestEducation, m.meritorious, m.sickWithoutCare, m.status,
                m.leftReason, m.leftOn, m.version);
    }

}
