package vn.giamngheo.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.area.Village;
import vn.giamngheo.classification.engine.ClassificationException;
import vn.giamngheo.classification.engine.Classifier;
import vn.giamngheo.classification.engine.CompiledStandard;
import vn.giamngheo.classification.model.ClassificationInput;
import vn.giamngheo.classification.model.ClassificationResult;
import vn.giamngheo.classification.model.Facts.EducationLevel;
import vn.giamngheo.classification.model.Facts.EmploymentStatus;
import vn.giamngheo.classification.model.Facts.LabourCapacity;
import vn.giamngheo.classification.model.Facts.LatrineType;
import vn.giamngheo.classification.model.Facts.NutritionStatus;
import vn.giamngheo.classification.model.Facts.RelationToHead;
import vn.giamngheo.classification.model.Facts.Sex;
import vn.giamngheo.classification.model.Facts.WasteDisposal;
import vn.giamngheo.classification.model.Facts.WaterSource;
import vn.giamngheo.classification.model.HouseholdFacts;
import vn.giamngheo.classification.model.MemberFacts;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.common.text.VietnameseText;
import vn.giamngheo.common.time.AppClock;
import vn.giamngheo.household.Household;
import vn.giamngheo.household.HouseholdCodes.HouseholdStatus;
import vn.giamngheo.household.HouseholdMember;
import vn.giamngheo.household.HouseholdRecord;
import vn.giamngheo.household.HouseholdViews.CreateHouseholdRequest;
import vn.giamngheo.household.HouseholdViews.MemberRequest;
import vn.giamngheo.household.HouseholdViews.RecordRequest;
import vn.giamngheo.household.HouseholdViews.UpdateHouseholdRequest;
import vn.giamngheo.household.OfficialStatus;
import vn.giamngheo.imports.ImportCodes.Action;
import vn.giamngheo.imports.ImportColumns.Column;
import vn.giamngheo.imports.ImportColumns.Value;
import vn.giamngheo.standard.StandardService;

/**
 * What a household of a file would do to the registry: every row read and checked with the registry's own rules,
 * the household matched (by its code, else by its head's citizen ID), compared field by field, and its survey
 * classified with the real classifier. The same plan serves the dry run (validation, which only stores it) and the
 * commit (which plans again, in its transaction, against the registry as it is then, and carries the plan out).
 * An empty cell never erases a stored value: a file adds and changes, and a value is cleared in the household's
 * form.
 */
@ApplicationScoped
public class ImportPlanner {

    static final int MAX_MEMBERS = 30;
    private static final String ACTIVE = "vn.giamngheo.household.HouseholdCodes.MemberStatus.ACTIVE";

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    StandardService standards;

    @Inject
    OfficialStatus official;

    @Inject
    AppClock clock;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper objectMapper;

    /** One row of the staged file. */
    public record StagedRow(int number, String[] cells) {
    }

    /** What is wrong with a row. */
    public record Issue(int row, String column, String code, String vi, String en) {
    }

    public record MemberChange(UUID memberId, int row, MemberRequest request) {
    }

    /** The plan of one household of the file. */
    public record Plan(String key, int firstRow, int rowCount, Action action, List<Issue> issues, UUID householdId,
            String householdCode, String headName, CreateHouseholdRequest create, UpdateHouseholdRequest update,
            List<MemberChange> newMembers, List<MemberChange> changedMembers, UUID newHeadMemberId, int headIndex,
            RecordRequest record, int membersNew, int membersUpdated, int membersUnchanged, Integer surveyYear,
            String classification) {

        public int members() {
            return membersNew + membersUpdated + membersUnchanged;
        }
    }

    /** What a job's planning needs once: which file column is which, and the area's communes, villages, standards. */
    public static final class Context {
        final int[] columns;
        final AdminUnit area;
        final String fileName;
        final Map<String, AdminUnit> communes = new HashMap<>();
        final Map<String, Map<String, UUID>> villages = new HashMap<>();
        final Map<Integer, Optional<CompiledStandard>> standards = new HashMap<>();
        /** Citizen IDs the file holds more than once, with the first row of each. */
        final Map<String, Integer> repeatedIds;

        /** For each template column, the file's positions that hold it (usually one), in file order. */
        private final int[][] positions;

        public Context(int[] columns, AdminUnit area, String fileName, Map<String, Integer> repeatedIds) {
            this.columns = columns;
            this.area = area;
            this.fileName = fileName;
            this.repeatedIds = repeatedIds;
            positions = new int[ImportColumns.HOUSEHOLDS.size()][];
            for (int wanted = 0; wanted < positions.length; wanted++) {
                int n = wanted;
                positions[wanted] = java.util.stream.IntStream.range(0, columns.length).filter(i -> columns[i] == n)
                        .toArray();
            }
        }

        /** The positions by key as asked (the planner asks for the same few dozen keys for every row). */
        private final Map<String, int[]> byKey = new HashMap<>();

        /** The row's first non-empty cell of a column (a column the file repeats is read in file order). */
        String cell(StagedRow row, String key) {
            for (int i : byKey.computeIfAbsent(key, k -> positions[ImportColumns.index(k)])) {
                if (i < row.cells().length && row.cells()[i] != null) {
                    return row.cells()[i];
                }
            }
            return null;
        }
    }

    private static final class Reader {
        final Context ctx;
        final List<Issue> issues = new ArrayList<>();

        Reader(Context ctx) {
            this.ctx = ctx;
        }

        Object get(StagedRow row, String key) {
            Column column = ImportColumns.HOUSEHOLDS.get(ImportColumns.index(key));
            Value value = ImportColumns.read(column, ctx.cell(row, key));
            if (value.problem() != null) {
                issues.add(new Issue(row.number(), key, value.problem().code(), value.problem().vi(),
                        value.problem().en()));
            }
            return value.value();
        }

        void issue(int row, String column, String code, String vi, String en) {
            issues.add(new Issue(row, column, code, vi, en));
        }
    }

    /** The plan of one household of the file: its rows in file order. */
    public Plan plan(Context ctx, String key, List<StagedRow> rows) {
        Reader r = new Reader(ctx);
        int first = rows.get(0).number();

        // ---- the household's own columns: the first row that fills one gives it; another value elsewhere is an issue
        String code = (String) household(r, rows, "household_code");
        String communeText = (String) household(r, rows, "commune_code");
        String villageName = (String) household(r, rows, "village");
        String address = (String) household(r, rows, "address");
        String phone = (String) household(r, rows, "phone");
        if (phone != null && !phone.matches("[0-9+ .-]{6,20}")) {
            r.issue(rowOf(ctx, rows, "phone"), "phone", "import.phone", "Số điện thoại không hợp lệ \"" + phone + "\"",
                    "Not a phone number \"" + phone + "\"");
            phone = null;
        }
        AdminUnit commune = communeText == null ? null : commune(r, ctx, rowOf(ctx, rows, "commune_code"), communeText);
        UUID villageId = null;
        if (commune != null && villageName != null) {
            villageId = ctx.villages.computeIfAbsent(commune.code, c -> Village.<Village>list("communeCode", c).stream()
                    .collect(Collectors.toMap(v -> ImportColumns.fold(v.name), v -> v.id, (a, b) -> a))).get(
                            ImportColumns.fold(villageName));
            if (villageId == null) {
                r.issue(rowOf(ctx, rows, "village"), "village", "import.village_unknown", "Xã " + commune.name
                        + " không có thôn, tổ dân phố \"" + villageName + "\"", "Commune " + commune.name
                        + " has no village \"" + villageName + "\"");
            }
        }

        // ---- the members
        List<MemberRequest> members = new ArrayList<>();
        List<Integer> memberRows = new ArrayList<>();
        int heads = 0;
        int headIndex = -1;
        LocalDate today = clock.today();
        for (StagedRow row : rows) {
            String name = (String) r.get(row, "full_name");
            RelationToHead relation = (RelationToHead) r.get(row, "relation_to_head");
            LocalDate birth = (LocalDate) r.get(row, "birth_date");
            if (birth != null && (birth.isAfter(today) || birth.getYear() < 1890)) {
                r.issue(row.number(), "birth_date", "import.birth_date", "Ngày sinh không hợp lệ (sau hôm nay hoặc trước 1890)",
                        "The birth date is in the future or before 1890");
                birth = null;
            }
            String citizenId = citizenId(r, ctx, row);
            if (relation == RelationToHead.HEAD) {
                heads++;
                if (heads == 1) {
                    headIndex = members.size();
                } else {
                    r.issue(row.number(), "relation_to_head", "import.head_twice", "Hộ có nhiều hơn một chủ hộ",
                            "The household has more than one head");
                }
            }
            members.add(new MemberRequest(name, (Sex) r.get(row, "sex"), birth, (String) r.get(row, "ethnicity"),
                    citizenId, relation, (LabourCapacity) r.get(row, "labour_capacity"),
                    (EmploymentStatus) r.get(row, "employment"), (Boolean) r.get(row, "monthly_social_allowance"),
                    (Boolean) r.get(row, "disabled"), (NutritionStatus) r.get(row, "nutrition"),
                    (Boolean) r.get(row, "health_insurance"), (Boolean) r.get(row, "attending_school"),
                    (EducationLevel) r.get(row, "highest_education"), (Boolean) r.get(row, "meritorious"),
                    (Boolean) r.get(row, "sick_without_care")));
            memberRows.add(row.number());
        }
        if (heads == 0) {
            r.issue(first, "relation_to_head", "import.head_missing", "Hộ chưa có chủ hộ (cột Quan hệ với chủ hộ)",
                    "The household has no head (column relation to head)");
        }
        if (members.size() > MAX_MEMBERS) {
            r.issue(rows.get(MAX_MEMBERS).number(), null, "import.too_many_members", "Một hộ có tối đa " + MAX_MEMBERS
                    + " thành viên", "A household has at most " + MAX_MEMBERS + " members");
        }

        // ---- the survey of the year, on the head's row (or any one row)
        Integer year = integer(household(r, rows, "survey_year"));
        LocalDate surveyDate = (LocalDate) household(r, rows, "survey_date");
        Long income = (Long) household(r, rows, "monthly_income");
        HouseholdFacts facts = new HouseholdFacts((Boolean) household(r, rows, "walls_durable"),
                (Boolean) household(r, rows, "pillars_durable"), (Boolean) household(r, rows, "roof_durable"),
                (BigDecimal) household(r, rows, "floor_area_m2"), (WaterSource) household(r, rows, "water_source"),
                (LatrineType) household(r, rows, "latrine_type"), (WasteDisposal) household(r, rows, "waste_disposal"),
                (Boolean) household(r, rows, "internet_use"), (Boolean) household(r, rows, "phone_subscription"), null,
                (Boolean) household(r, rows, "community_loudspeaker"));
        boolean surveyed = year != null || surveyDate != null || income != null || !facts.equals(HouseholdFacts.NONE);
        CompiledStandard standard = null;
        if (surveyed) {
            int surveyRow = rowOf(ctx, rows, "survey_year");
            if (year == null) {
                r.issue(surveyRow, "survey_year", "import.survey_year_required", "Có kết quả rà soát nhưng thiếu Năm rà soát",
                        "The row has survey facts but no survey year");
            } else if (year < 2016 || year > today.getYear() + 1) {
                r.issue(surveyRow, "survey_year", "import.survey_year", "Năm rà soát " + year + " không hợp lệ",
                        "Survey year " + year + " is not valid");
                year = null;
            } else {
                standard = ctx.standards.computeIfAbsent(year, y -> standards.governing(y).map(standards::compiled))
                        .orElse(null);
                if (standard == null) {
                    r.issue(surveyRow, "survey_year", "classification.no_standard_for_year", "Chưa có chuẩn nghèo áp dụng cho năm "
                            + year, "No published poverty standard governs " + year);
                }
            }
            if (surveyDate == null) {
                r.issue(rowOf(ctx, rows, "survey_date"), "survey_date", "import.survey_date_required", "Thiếu Ngày rà soát",
                        "The survey date is missing");
            } else if (surveyDate.isAfter(today)) {
                r.issue(rowOf(ctx, rows, "survey_date"), "survey_date", "import.survey_date", "Ngày rà soát sau hôm nay",
                        "The survey date is in the future");
                surveyDate = null;
            }
        }

        // ---- the household in the registry: by its code, else by its head's citizen ID
        Household existing = null;
        if (commune != null && code != null) {
            existing = Household.find("communeCode = ?1 and code = ?2", commune.code, code).firstResult();
            if (existing == null) {
                r.issue(rowOf(ctx, rows, "household_code"), "household_code", "import.household_unknown", "Xã " + commune.name
                        + " không có hộ mã " + code + " (để trống mã với hộ mới)", "Commune " + commune.name
                        + " has no household " + code + " (leave the code empty for a new household)");
            }
        } else if (commune != null && headIndex >= 0 && members.get(headIndex).citizenId() != null) {
            // the status as a literal, so that PostgreSQL can use the partial unique index of active citizen IDs
            HouseholdMember head = HouseholdMember.find("citizenId = ?1 and status = " + ACTIVE,
                    members.get(headIndex).citizenId()).firstResult();
            existing = head == null ? null : Household.findById(head.householdId);
        }
        if (existing != null && !existing.communeCode.equals(commune.code)) {
            r.issue(memberRows.get(headIndex), "citizen_id", "import.household_elsewhere", "Chủ hộ đã thuộc hộ "
                    + existing.code + " của xã khác; chuyển hộ bằng thao tác chuyển thành viên",
                    "The head belongs to household " + existing.code + " of another commune");
            existing = null;
        } else if (existing != null && existing.status != HouseholdStatus.ACTIVE) {
            r.issue(first, "household_code", "import.household_closed", "Hộ " + existing.code + " đã đóng",
                    "Household " + existing.code + " is closed");
        }
        if (existing == null && code == null && headIndex >= 0 && members.get(headIndex).citizenId() == null) {
            r.issue(memberRows.get(headIndex), "citizen_id", "import.head_citizen_id_required",
                    "Hộ mới phải có số CCCD của chủ hộ (để lần nhập sau nhận ra hộ)",
                    "A new household needs its head's citizen ID (so that a later upload finds it)");
        }

        // ---- the registry's members: a citizen ID of another household is refused; each member is matched
        List<HouseholdMember> stored = existing == null ? List.of() : HouseholdMember.activeOf(existing.id);
        Set<String> ids = members.stream().map(MemberRequest::citizenId).filter(Objects::nonNull).collect(Collectors.toSet());
        if (!ids.isEmpty()) {
            UUID own = existing == null ? null : existing.id;
            List<HouseholdMember> holders = HouseholdMember.list("citizenId in ?1 and status = " + ACTIVE, ids);
            for (HouseholdMember holder : holders) {
                if (!holder.householdId.equals(own)) {
                    Household other = Household.findById(holder.householdId);
                    int row = memberRows.get(indexOfId(members, holder.citizenId));
                    r.issue(row, "citizen_id", "import.citizen_id_taken", "Số CCCD đã thuộc một thành viên của hộ "
                            + other.code, "The citizen ID belongs to a member of household " + other.code);
                }
            }
        }
        List<MemberChange> added = new ArrayList<>();
        List<MemberChange> changed = new ArrayList<>();
        int unchanged = 0;
        UUID newHead = null;
        Map<UUID, Boolean> taken = new HashMap<>();
        List<MemberFacts> facts0 = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            MemberRequest m = members.get(i);
            HouseholdMember match = match(stored, m, taken);
            if (match == null) {
                added.add(new MemberChange(null, memberRows.get(i), m));
                facts0.add(facts(m));
                continue;
            }
            taken.put(match.id, true);
            MemberRequest merged = merge(match, m);
            facts0.add(facts(merged));
            if (m.relationToHead() == RelationToHead.HEAD && match.relationToHead != RelationToHead.HEAD) {
                newHead = match.id;
            }
            if (same(match, merged)) {
                unchanged++;
            } else {
                changed.add(new MemberChange(match.id, memberRows.get(i), merged));
            }
        }
        for (HouseholdMember s : stored) {
            if (!taken.containsKey(s.id)) {
                facts0.add(s.facts());
            }
        }

        // ---- the household's fields
        UpdateHouseholdRequest update = null;
        if (existing != null) {
            UUID village = villageId != null ? villageId : existing.villageId;
            String addr = address != null ? address : existing.address;
            String ph = phone != null ? phone : existing.phone;
            if (!Objects.equals(village, existing.villageId) || !Objects.equals(addr, existing.address)
                    || !Objects.equals(ph, existing.phone)) {
                update = new UpdateHouseholdRequest(village, addr, ph);
            }
        }

        // ---- the survey: the class it gives, and whether it changes the year's record
        RecordRequest record = null;
        String classification = null;
        if (surveyed && year != null && surveyDate != null && standard != null && commune != null) {
            try {
                ClassificationResult result = Classifier.classify(standard, new ClassificationInput(commune.areaType,
                        income, null, null, facts, facts0), surveyDate);
                classification = result.classification().name();
            } catch (ClassificationException e) {
                r.issue(rowOf(ctx, rows, "survey_year"), "survey_year", e.code(), e.getMessage(), e.getMessage());
            }
            HouseholdRecord current = existing == null ? null : HouseholdRecord.currentOf(existing.id, year);
            boolean same = current != null && added.isEmpty() && changed.isEmpty() && newHead == null
                    && sameRecord(current, surveyDate, income, facts, stored);
            if (!same) {
                if (existing != null && official.decided(existing.id, year)) {
                    r.issue(rowOf(ctx, rows, "survey_year"), "survey_year", "import.record_decided", "Kết quả năm " + year
                            + " của hộ " + existing.code + " đã có quyết định; chỉ thay đổi qua rà soát hoặc đính chính",
                            "The " + year + " class of household " + existing.code + " was fixed by a decision");
                }
                record = new RecordRequest(year, surveyDate, null, income, null, null, facts, null, null,
                        current == null ? null : "Nhập từ tệp " + ctx.fileName);
            }
        }

        Action action;
        if (!r.issues.isEmpty()) {
            action = Action.REJECTED;
        } else if (existing == null) {
            action = Action.NEW;
        } else {
            action = update == null && added.isEmpty() && changed.isEmpty() && newHead == null && record == null
                    ? Action.UNCHANGED : Action.UPDATED;
        }
        String headName = headIndex >= 0 ? members.get(headIndex).fullName() : null;
        CreateHouseholdRequest create = action == Action.NEW
                ? new CreateHouseholdRequest(commune.code, villageId, address, phone, members) : null;
        if (action == Action.NEW) {
            added = members.stream().map(m -> new MemberChange(null, 0, m)).toList();
        }
        return new Plan(key, first, rows.size(), action, r.issues, existing == null ? null : existing.id,
                existing == null ? null : existing.code, headName, create, update, added, changed, newHead, headIndex,
                record, added.size(), changed.size(), unchanged, year, classification);
    }

    private static int indexOfId(List<MemberRequest> members, String id) {
        for (int i = 0; i < members.size(); i++) {
            if (id.equals(members.get(i).citizenId())) {
                return i;
            }
        }
        return 0;
    }

    private static Integer integer(Object value) {
        if (value == null) {
            return null;
        }
        long v = (Long) value;
        return v > 9999 ? 0 : (int) v;
    }

    /** The value of a household column: the first row that has one; a different one on another row is an issue. */
    private static Object household(Reader r, List<StagedRow> rows, String key) {
        Object value = null;
        int at = -1;
        for (StagedRow row : rows) {
            if (r.ctx.cell(row, key) == null) {
                continue;
            }
            Object v = r.get(row, key);
            if (v == null) {
                continue;
            }
            if (value == null) {
                value = v;
                at = row.number();
            } else if (!value.equals(v) && !(v instanceof BigDecimal b && ((BigDecimal) value).compareTo(b) == 0)) {
                Column column = ImportColumns.HOUSEHOLDS.get(ImportColumns.index(key));
                r.issue(row.number(), key, "import.household_conflict", column.header() + " khác với dòng " + at
                        + " của cùng hộ", column.header() + " differs from row " + at + " of the same household");
            }
        }
        return value;
    }

    private static int rowOf(Context ctx, List<StagedRow> rows, String key) {
        for (StagedRow row : rows) {
            if (ctx.cell(row, key) != null) {
                return row.number();
            }
        }
        return rows.get(0).number();
    }

    private AdminUnit commune(Reader r, Context ctx, int row, String text) {
        String code = text.replaceAll("\\s*-.*$", "").strip();
        if (code.matches("[0-9]{1,5}")) {
            code = "0".repeat(5 - code.length()) + code;
        }
        AdminUnit commune = ctx.communes.computeIfAbsent(code, c -> {
            AdminUnit unit = AdminUnit.findById(c);
            return unit == null || !unit.isCommune() ? null : unit;
        });
        if (commune == null) {
            r.issue(row, "commune_code", "import.commune_unknown", "Không có xã, phường mã \"" + text + "\"",
                    "No commune with code \"" + text + "\"");
            return null;
        }
        boolean inside = ctx.area.isCommune() ? commune.code.equals(ctx.area.code)
                : ctx.area.code.equals(commune.provinceCode);
        if (!inside || !jurisdiction.covers(commune.code)) {
            r.issue(row, "commune_code", "import.commune_outside", "Xã " + commune.name + " (" + commune.code
                    + ") không thuộc " + ctx.area.fullName + " của lần nhập này", "Commune " + commune.code
                    + " is not in " + ctx.area.fullName + ", the area of this import");
            return null;
        }
        return commune;
    }

    private static String citizenId(Reader r, Context ctx, StagedRow row) {
        String raw = ctx.cell(row, "citizen_id");
        if (raw == null) {
            return null;
        }
        String id = raw.replaceAll("[\\s.]", "");
        if (!id.matches("[0-9]{12}")) {
            r.issue(row.number(), "citizen_id", "import.citizen_id", id.matches("[0-9]{11}")
                    ? "Số CCCD có 11 chữ số: Excel đã bỏ số 0 đầu; định dạng cột là Văn bản (Text) rồi nhập lại"
                    : "Số CCCD phải gồm 12 chữ số", id.matches("[0-9]{11}")
                    ? "The citizen ID has 11 digits: Excel dropped the leading 0; format the column as Text"
                    : "A citizen ID is 12 digits");
            return null;
        }
        Integer firstRow = ctx.repeatedIds.get(id);
        if (firstRow != null && firstRow != row.number()) {
            r.issue(row.number(), "citizen_id", "import.citizen_id_repeated", "Số CCCD trùng với dòng " + firstRow,
                    "The citizen ID repeats row " + firstRow);
            return null;
        }
        return id;
    }

    /** The stored member a row is: same citizen ID, else same name and birth date, else the only one of the name. */
    private static HouseholdMember match(List<HouseholdMember> stored, MemberRequest m, Map<UUID, Boolean> taken) {
        if (m.fullName() == null) {
            return null;
        }
        if (m.citizenId() != null) {
            for (HouseholdMember s : stored) {
                if (m.citizenId().equals(s.citizenId) && !taken.containsKey(s.id)) {
                    return s;
                }
            }
        }
        String name = VietnameseText.fold(m.fullName());
        List<HouseholdMember> sameName = stored.stream().filter(s -> !taken.containsKey(s.id)
                && s.searchName.equals(name) && (m.citizenId() == null || s.citizenId == null)).toList();
        if (m.birthDate() != null) {
            for (HouseholdMember s : sameName) {
                if (m.birthDate().equals(s.birthDate)) {
                    return s;
                }
            }
            return sameName.size() == 1 && sameName.get(0).birthDate == null ? sameName.get(0) : null;
        }
        return sameName.size() == 1 ? sameName.get(0) : null;
    }

    /** The stored member with the file's values over it (an empty cell keeps the stored value). */
    private static MemberRequest merge(HouseholdMember s, MemberRequest m) {
        return new MemberRequest(m.fullName() != null ? m.fullName() : s.fullName, or(m.sex(), s.sex),
                or(m.birthDate(), s.birthDate), or(m.ethnicity(), s.ethnicity), m.citizenId(),
                or(m.relationToHead(), s.relationToHead), or(m.labourCapacity(), s.labourCapacity),
                or(m.employment(), s.employment), or(m.monthlySocialAllowance(), s.monthlySocialAllowance),
                or(m.disabled(), s.disabled), or(m.nutrition(), s.nutrition), or(m.healthInsurance(), s.healthInsurance),
                or(m.attendingSchool(), s.attendingSchool), or(m.highestEducation(), s.highestEducation),
                or(m.meritorious(), s.meritorious), or(m.sickWithoutCare(), s.sickWithoutCare));
    }

    private static <T> T or(T value, T stored) {
        return value != null ? value : stored;
    }

    private static boolean same(HouseholdMember s, MemberRequest m) {
        return Objects.equals(VietnameseText.clean(m.fullName()), s.fullName) && m.sex() == s.sex
                && Objects.equals(m.birthDate(), s.birthDate) && Objects.equals(m.ethnicity(), s.ethnicity)
                && (m.citizenId() == null || m.citizenId().equals(s.citizenId)) && m.relationToHead() == s.relationToHead
                && m.labourCapacity() == s.labourCapacity && m.employment() == s.employment
                && Objects.equals(m.monthlySocialAllowance(), s.monthlySocialAllowance)
                && Objects.equals(m.disabled(), s.disabled) && m.nutrition() == s.nutrition
                && Objects.equals(m.healthInsurance(), s.healthInsurance)
                && Objects.equals(m.attendingSchool(), s.attendingSchool) && m.highestEducation() == s.highestEducation
                && Objects.equals(m.meritorious(), s.meritorious) && Objects.equals(m.sickWithoutCare(), s.sickWithoutCare);
    }

    static MemberFacts facts(MemberRequest m) {
        return new MemberFacts(m.fullName(), m.birthDate(), m.sex(), m.ethnicity(), m.relationToHead(),
                m.labourCapacity(), m.employment(), m.monthlySocialAllowance(), m.disabled(), m.nutrition(),
                m.healthInsurance(), m.attendingSchool(), m.highestEducation(), m.meritorious(), m.sickWithoutCare());
    }

    private boolean sameRecord(HouseholdRecord current, LocalDate surveyDate, Long income, HouseholdFacts facts,
            List<HouseholdMember> stored) {
        if (!surveyDate.equals(current.surveyDate) || !Objects.equals(income, current.monthlyIncome)) {
            return false;
        }
        try {
            var json = objectMapper;
            HouseholdFacts storedFacts = json.readValue(current.householdFacts, HouseholdFacts.class);
            List<MemberFacts> storedMembers = json.readValue(current.memberFacts,
                    new com.fasterxml.jackson.core.type.TypeReference<List<MemberFacts>>() {
                    });
            return normalise(storedFacts).equals(normalise(facts))
                    && storedMembers.equals(stored.stream().map(HouseholdMember::facts).toList());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false;
        }
    }

    private static HouseholdFacts normalise(HouseholdFacts f) {
        return new HouseholdFacts(f.wallsDurable(), f.pillarsDurable(), f.roofDurable(),
                f.floorAreaM2() == null ? null : f.floorAreaM2().stripTrailingZeros(), f.waterSource(), f.latrineType(),
                f.wasteDisposal(), f.internetUse(), f.phoneSubscription(),
                f.informationDevices() == null || f.informationDevices().isEmpty() ? null : f.informationDevices(),
                f.communityLoudspeaker());
    }

}
