package vn.giamngheo.household.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.classification.ClassificationViews.ExplanationView;
import vn.giamngheo.classification.ClassificationViews.Subgroups;
import vn.giamngheo.classification.ExplanationSnapshot;
import vn.giamngheo.classification.engine.Classifier;
import vn.giamngheo.classification.engine.CompiledStandard;
import vn.giamngheo.classification.model.ClassificationInput;
import vn.giamngheo.classification.model.ClassificationResult;
import vn.giamngheo.classification.model.MemberFacts;
import vn.giamngheo.classification.model.StandardDefinition;
import vn.giamngheo.common.text.VietnameseText;
import vn.giamngheo.household.demo.DemoPopulation.Household;
import vn.giamngheo.household.demo.DemoPopulation.Person;
import vn.giamngheo.household.demo.DemoPopulation.Year;

/**
 * Writes synthetic households of Huế straight into the registry's tables with PostgreSQL COPY,
 * fast enough for a million households: villages, households, members, one record per year
 * classified by the real classifier under the standard governing that year, and an audit entry per
 * household. Deterministic for a seed (identifiers included).
 */
public final class DemoDataWriter {

    static final String PROVINCE = "46";
    static final String ACTOR = "demo-data";
    private static final int BATCH = 5_000;

    private final Connection connection;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private final Random ids;
    private final Instant now;

    /** {@code now} stamps what is written (the server passes its clock's instant). */
    public DemoDataWriter(Connection connection, long seed, Instant now) {
        this.connection = connection;
        this.ids = new Random(seed ^ 0x5DEECE66DL);
        this.now = now;
    }

    private record Commune(String code, boolean ward, AreaType areaType, List<UUID> villages) {
    }

    /** How many households the registry holds. */
    public static long countHouseholds(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM household")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Adds {@code households} households spread over the communes of Huế, with records for every
     * year from {@code firstYear} to {@code lastYear}.
     */
    public void write(int households, long seed, int firstYear, int lastYear, java.util.function.IntConsumer progress)
            throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        try (Statement s = connection.createStatement()) {
            // the triggers that keep the figures per village skip the rows of a bulk load (computed at the end)
            s.execute("SET giamngheo.bulk_load = 'on'");
        }
        connection.setAutoCommit(false);
        try {
            List<Commune> communes = communes();
            Map<Integer, CompiledStandard> standards = standards(firstYear, lastYear);
            Map<String, Integer> counters = counters();
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long existing = countHouseholds(connection);
            // citizen IDs of a later run carry another province of birth, so that they stay unique
            int birthProvince = existing == 0 ? 46 : 1 + (int) Math.floorMod(seed, 95);
            DemoPopulation population = new DemoPopulation(seed, firstYear, lastYear, birthProvince);
            double[] weights = communes.stream().mapToDouble(c -> c.ward() ? 1.4
                    : DemoPopulation.MOUNTAIN.contains(c.code()) ? 0.6 : 1.0).toArray();
            double total = java.util.Arrays.stream(weights).sum();
            Random placement = new Random(seed * 31 + 7);
            Batch batch = new Batch();
            for (int n = 0; n < households; n++) {
                double u = placement.nextDouble() * total;
                int c = 0;
                while (u > weights[c] && c < weights.length - 1) {
                    u -= weights[c++];
                }
                Commune commune = communes.get(c);
                Household h = population.next(commune.code(), commune.ward(), commune.villages().size());
                int number = counters.merge(commune.code(), 1, Integer::sum);
                add(batch, h, commune, String.format("%s-%05d", commune.code(), number), standards);
                if (batch.householdsCount >= BATCH) {
                    flush(copy, batch);
                    connection.commit();
                    batch = new Batch();
                    if (progress != null) {
                        progress.accept(n + 1);
                    }
                }
            }
            flush(copy, batch);
            saveCounters(counters);
            connection.commit();
            try (Statement s = connection.createStatement()) {
                s.execute("ANALYZE household");
                s.execute("ANALYZE household_member");
                s.execute("ANALYZE household_record");
                // the official status and the figures reports and dashboards read, which the load left to be
                // computed at once (V11__create_area_figures.sql, V13__create_official_status.sql)
                s.execute("SELECT refresh_all_area_figures()");
                s.execute("ANALYZE household_decision");
                s.execute("ANALYZE household_status");
                s.execute("ANALYZE area_year_figure");
                s.execute("ANALYZE household_transition");
                s.execute("ANALYZE area_year_transition");
                // the load wrote no change per row (V16__create_change_feed.sql): each entity it added gets its
                // CREATED change now, in this transaction
                s.execute("SELECT change_record_unlisted()");
            }
            connection.commit();
            try (Statement s = connection.createStatement()) {
                s.execute("ANALYZE change_event");
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
            try (Statement s = connection.createStatement()) {
                s.execute("RESET giamngheo.bulk_load");
            }
        }
    }

    /** The number of a commune's yearly decision (Mẫu 02), e.g. 125/QĐ-UBND for 2025. */
    private static String decisionNumber(String commune, int year) {
        return (100 + year % 100) + "/QĐ-UBND";
    }

    /** Rows of a batch, as CSV for COPY. */
    private static final class Batch {
        final StringBuilder households = new StringBuilder();
        final StringBuilder members = new StringBuilder();
        final StringBuilder records = new StringBuilder();
        final StringBuilder audit = new StringBuilder();
        final StringBuilder decisions = new StringBuilder();
        int householdsCount;
    }

    private void add(Batch b, Household h, Commune commune, String code, Map<Integer, CompiledStandard> standards)
            throws IOException {
        UUID householdId = uuid();
        List<UUID> memberIds = new ArrayList<>();
        for (int i = 0; i < h.members().size(); i++) {
            Person p = h.members().get(i);
            UUID memberId = uuid();
            memberIds.add(memberId);
            row(b.members, memberId, householdId, p.name(), VietnameseText.fold(p.name()), p.sex(), p.birthDate(),
                    p.ethnicity(), p.citizenId(), p.relation(), p.capacity(), p.employment(), p.allowance(),
                    p.disabled(), p.nutrition(), last(h).insured().get(i), p.attending(), p.education(), p.meritorious(),
                    false, "ACTIVE", null, null, i, 0, now, ACTOR, now, ACTOR);
        }
        ClassificationResult latest = null;
        CompiledStandard latestStandard = null;
        for (Year y : h.years()) {
            CompiledStandard standard = standards.get(y.year());
            List<MemberFacts> facts = new ArrayList<>(h.members().size());
            for (int i = 0; i < h.members().size(); i++) {
                Person p = h.members().get(i);
                if (p.birthDate().isAfter(y.surveyDate())) {
                    continue; // not born yet at that review
                }
                facts.add(new MemberFacts(p.name(), p.birthDate(), p.sex(), p.ethnicity(), p.relation(), p.capacity(),
                        p.employment(), p.allowance(), p.disabled(), p.nutrition(), y.insured().get(i), p.attending(),
                        p.education(), p.meritorious(), false));
            }
            ClassificationInput input = new ClassificationInput(commune.areaType(), y.income(), null, Map.of(),
                    y.facts(), facts);
            ClassificationResult result = Classifier.classify(standard, input, y.surveyDate());
            List<ExplanationView> explanations = Classifier.explain(standard, input, y.surveyDate(), result).stream()
                    .map(e -> new ExplanationView(e.indicator(), e.source(), e.memberIndex(), e.memberName(), e.text(),
                            e.textEn()))
                    .toList();
            ExplanationSnapshot snapshot = new ExplanationSnapshot(explanations, List.of(),
                    standard.codesOf(result.unknownMask()),
                    new Subgroups(result.noLabourCapacity(), result.meritoriousMember(), result.ethnicMinority()));
            UUID recordId = uuid();
            row(b.records, recordId, householdId, y.year(), y.surveyDate(), "Rà soát viên xã", commune.areaType(),
                    y.income(), null, "{}", json.writeValueAsString(y.facts()), json.writeValueAsString(facts),
                    array(y.causes().stream().map(Enum::name).toList()),
                    array(y.needs().stream().map(Enum::name).toList()), standard.code(), result.classification(),
                    array(standard.codesOf(result.deprivedMask())), result.scoreB(), result.incomeBasis(),
                    json.writeValueAsString(snapshot), true, null, null, now, now, ACTOR);
            // each year's class comes from that year's decision: the commune chairman's of the periodic review
            row(b.decisions, uuid(), householdId, y.year(), LocalDate.of(y.year(), 12, 14), "PERIODIC", null,
                    decisionNumber(commune.code(), y.year()), recordId, result.classification(), null, null, now, ACTOR);
            latest = result;
            latestStandard = standard;
        }
        Person head = h.members().get(0);
        UUID village = commune.villages().isEmpty() ? null : commune.villages().get(h.villageIndex());
        Year lastYear = last(h);
        row(b.households, householdId, code, commune.code(), PROVINCE, village, h.address(), null, memberIds.get(0),
                "ACTIVE", null, null, null, lastYear.year(), latest.classification(), latestStandard.code(),
                array(latestStandard.codesOf(latest.deprivedMask())), latest.noLabourCapacity(),
                latest.meritoriousMember(), latest.ethnicMinority(), head.name(), VietnameseText.fold(head.name()),
                searchText(code, h), 0, now, ACTOR, now, ACTOR);
        row(b.audit, now, ACTOR, "household.created", "household", householdId, householdId, commune.code(),
                "[{\"field\":\"code\",\"before\":null,\"after\":\"" + code + "\"}]");
        b.householdsCount++;
    }

    private void flush(CopyManager copy, Batch b) throws SQLException, IOException {
        if (b.householdsCount == 0) {
            return;
        }
        copy.copyIn("COPY household (id, code, commune_code, province_code, village_id, address, phone, head_member_id,"
                + " status, close_reason, closed_on, successor_id, latest_year, latest_class, latest_standard,"
                + " latest_deprived, no_labour_capacity, meritorious_member, ethnic_minority, head_name,"
                + " search_head_name, search_text, version, created_at, created_by, updated_at, updated_by)"
                + " FROM STDIN (FORMAT csv)",
                new StringReader(b.households.toString()));
        copy.copyIn("COPY household_member (id, household_id, full_name, search_name, sex, birth_date, ethnicity,"
                + " citizen_id, relation_to_head, labour_capacity, employment, monthly_social_allowance, disabled,"
                + " nutrition, health_insurance, attending_school, highest_education, meritorious, sick_without_care,"
                + " status, left_reason, left_on, position, version, created_at, created_by, updated_at, updated_by)"
                + " FROM STDIN (FORMAT csv)", new StringReader(b.members.toString()));
        copy.copyIn("COPY household_record (id, household_id, survey_year, survey_date, reviewer, area_type,"
                + " monthly_income, score_a, given_deprivations, household_facts, member_facts, causes, needs,"
                + " standard_code, classification, deprived_indicators, score_b, income_basis, explanation, current,"
                + " supersedes_id, correction_reason, locked_at, created_at, created_by) FROM STDIN (FORMAT csv)",
                new StringReader(b.records.toString()));
        copy.copyIn("COPY audit_entry (at, actor, action, entity_type, entity_id, household_id, commune_code, changes)"
                + " FROM STDIN (FORMAT csv)", new StringReader(b.audit.toString()));
        copy.copyIn("COPY household_decision (id, household_id, year, decided_on, kind, campaign_id, decision_number,"
                + " record_id, classification, transition, reason, created_at, created_by) FROM STDIN (FORMAT csv)",
                new StringReader(b.decisions.toString()));
    }

    private List<Commune> communes() throws SQLException {
        List<Commune> communes = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT code, unit_type, area_type FROM admin_unit WHERE province_code = ? ORDER BY code")) {
            ps.setString(1, PROVINCE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    communes.add(new Commune(rs.getString(1), "WARD".equals(rs.getString(2)),
                            AreaType.valueOf(rs.getString(3)), new ArrayList<>()));
                }
            }
        }
        if (communes.isEmpty()) {
            throw new IllegalStateException("No communes of province 46: start the backend once so it loads the units");
        }
        for (Commune c : communes) {
            c.villages().addAll(villages(c));
        }
        return communes;
    }

    /** The commune's villages; a commune without any gets thôn or tổ dân phố 1 to n. */
    private List<UUID> villages(Commune c) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id FROM village WHERE commune_code = ? ORDER BY search_name, id")) {
            ps.setString(1, c.code());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        if (!ids.isEmpty()) {
            return ids;
        }
        int count = 6 + Math.floorMod(c.code().hashCode(), 9);
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO village (id, commune_code, name, kind,"
                + " search_name, version, created_at, created_by, updated_at, updated_by)"
                + " VALUES (?, ?, ?, ?, ?, 0, now(), ?, now(), ?)")) {
            for (int i = 1; i <= count; i++) {
                UUID id = uuid();
                String name = (c.ward() ? "Tổ dân phố " : "Thôn ") + i;
                ps.setObject(1, id);
                ps.setString(2, c.code());
                ps.setString(3, name);
                ps.setString(4, c.ward() ? "RESIDENTIAL_GROUP" : "VILLAGE");
                ps.setString(5, VietnameseText.fold(name));
                ps.setString(6, ACTOR);
                ps.setString(7, ACTOR);
                ps.addBatch();
                ids.add(id);
            }
            ps.executeBatch();
        }
        return ids;
    }

    private Map<Integer, CompiledStandard> standards(int firstYear, int lastYear) throws SQLException, IOException {
        Map<Integer, CompiledStandard> byYear = new HashMap<>();
        Map<String, CompiledStandard> byCode = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT code, definition FROM poverty_standard"
                + " WHERE status = 'PUBLISHED' AND year_from <= ? AND year_to >= ?")) {
            for (int year = firstYear; year <= lastYear; year++) {
                ps.setInt(1, year);
                ps.setInt(2, year);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("No published standard governs " + year);
                    }
                    String code = rs.getString(1);
                    CompiledStandard standard = byCode.get(code);
                    if (standard == null) {
                        standard = CompiledStandard.compile(json.readValue(rs.getString(2), StandardDefinition.class));
                        byCode.put(code, standard);
                        markInUse(code);
                    }
                    byYear.put(year, standard);
                }
            }
        }
        return byYear;
    }

    private void markInUse(String code) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE poverty_standard SET in_use_since = now() WHERE code = ? AND in_use_since IS NULL")) {
            ps.setString(1, code);
            ps.executeUpdate();
        }
    }

    private Map<String, Integer> counters() throws SQLException {
        Map<String, Integer> counters = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT commune_code, next_number - 1 FROM household_code_counter")) {
            while (rs.next()) {
                counters.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counters;
    }

    private void saveCounters(Map<String, Integer> counters) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO household_code_counter (commune_code,"
                + " next_number) VALUES (?, ?) ON CONFLICT (commune_code) DO UPDATE SET next_number ="
                + " GREATEST(household_code_counter.next_number, excluded.next_number)")) {
            for (Map.Entry<String, Integer> e : counters.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setInt(2, e.getValue() + 1);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** What a search matches, as the registry keeps it: the code and the members' names. */
    private static String searchText(String code, Household h) {
        StringBuilder text = new StringBuilder(code.toLowerCase(java.util.Locale.ROOT));
        for (int i = 0; i < h.members().size(); i++) {
            text.append(i == 0 ? " " : " | ").append(VietnameseText.fold(h.members().get(i).name()));
        }
        return text.toString();
    }

    private UUID uuid() {
        long high = (ids.nextLong() & ~0xF000L) | 0x4000L;
        long low = (ids.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private static Year last(Household h) {
        return h.years().get(h.years().size() - 1);
    }

    /** A text array literal for COPY: {"A","B"}. */
    private static String array(List<String> values) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            s.append(i == 0 ? "" : ",").append('"').append(values.get(i)).append('"');
        }
        return s.append('}').toString();
    }

    /** One CSV row; null is an empty unquoted field, everything else is quoted. */
    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            String text = v instanceof Enum<?> e ? e.name() : v instanceof LocalDate d ? d.toString() : String.valueOf(v);
            out.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
        out.append('\n');
    }
}
