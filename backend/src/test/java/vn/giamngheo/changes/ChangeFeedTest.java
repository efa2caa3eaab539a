package vn.giamngheo.changes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.KeycloakTokens;

/**
 * A provincial system keeps its copy of a commune in step by reading {@code /api/v1/changes} (issue 13): after
 * random writes, several at once and some of them refused half-way, a consumer that reads the feed from the
 * start and fetches what it names holds exactly the commune's households, members and records, row for row.
 */
@QuarkusTest
class ChangeFeedTest {

    static final String COMMUNE = "20131";
    static final String HOUSEHOLDS = "/api/v1/households";
    static String province;
    static String admin;

    @Inject
    AgroalDataSource db;

    /** How each kind of write ended ("kind:status" → count), to tell what happened when the test fails. */
    static final Map<String, Integer> OUTCOMES = new java.util.concurrent.ConcurrentSkipListMap<>();

    @BeforeAll
    static void tokens() {
        KeycloakTokens.requireKeycloak();
        province = KeycloakTokens.tokenOf("tinh.hue");
        admin = KeycloakTokens.tokenOf("admin");
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static Map<String, Object> member(String name, String relation, String citizenId) {
        Map<String, Object> m = new HashMap<>(Map.of("fullName", name, "relationToHead", relation, "sex", "FEMALE",
                "birthDate", "1980-01-0" + (1 + Math.abs(name.hashCode()) % 9)));
        if (citizenId != null) {
            m.put("citizenId", citizenId);
        }
        return m;
    }

    static String citizenId(Random random) {
        return String.format("046%09d", random.nextInt(1_000_000_000));
    }

    /** One random write to the commune; a refusal (stale ETag, a citizen ID already taken) is part of the game. */
    static void randomWrite(Random random, List<String> households, String duplicateCitizenId) {
        int what = random.nextInt(households.isEmpty() ? 1 : 7);
        if (what == 0) {
            Response r = as(province).body(Map.of("communeCode", COMMUNE, "address", "Thôn Đồng Bộ",
                    "members", List.of(member("Phan Thị Nguồn " + random.nextInt(1000), "HEAD", citizenId(random)),
                            member("Phan Văn Con " + random.nextInt(1000), "CHILD", null))))
                    .when().post(HOUSEHOLDS);
            assertEquals(201, r.statusCode(), r.asString());
            synchronized (households) {
                households.add(r.path("id"));
            }
            return;
        }
        String id;
        synchronized (households) {
            id = households.get(random.nextInt(households.size()));
        }
        Response current = as(province).when().get(HOUSEHOLDS + "/{id}", id);
        String etag = current.header("ETag");
        boolean closed = "CLOSED".equals(current.path("status"));
        int status = switch (what) {
            case 1, 2 -> as(province).header("If-Match", etag)
                    .body(Map.of("address", "Thôn " + random.nextInt(100), "phone", "0234 38" + random.nextInt(10000)))
                    .when().put(HOUSEHOLDS + "/{id}", id).statusCode();
            case 3 -> as(province).body(member("Phan Thị Mới " + random.nextInt(1000), "OTHER", citizenId(random)))
                    .when().post(HOUSEHOLDS + "/{id}/members", id).statusCode();
            // the citizen ID of someone in another household: refused after the row was written, rolled back
            case 4 -> as(province).body(member("Phan Thị Trùng", "OTHER", duplicateCitizenId))
                    .when().post(HOUSEHOLDS + "/{id}/members", id).statusCode();
            case 5 -> as(province).body(Map.of("surveyYear", 2026, "surveyDate", "2026-10-0" + (1 + random.nextInt(9)),
                    "reviewer", "Hồ Thị Lan", "monthlyIncomePerCapita", 1_000_000 + 100_000 * random.nextInt(10),
                    "household", Map.of("wallsDurable", random.nextBoolean(), "roofDurable", random.nextBoolean()),
                    "correctionReason", "Khảo sát lại"))
                    .when().post(HOUSEHOLDS + "/{id}/records", id).statusCode();
            default -> random.nextInt(4) == 0
                    ? as(province).header("If-Match", etag).body(Map.of("reason", "MOVED_AWAY", "closedOn", "2026-11-02"))
                            .when().post(HOUSEHOLDS + "/{id}/closure", id).statusCode()
                    : as(province).header("If-Match", etag).body(Map.of("phone", "0234 39" + random.nextInt(10000)))
                            .when().put(HOUSEHOLDS + "/{id}", id).statusCode();
        };
        OUTCOMES.merge(what + ":" + status, 1, Integer::sum);
        // a write to a closed household, a lost race for the ETag or a taken citizen ID is refused, never a 500
        assertTrue(status < 500, "status " + status + " for write " + what);
        if (what == 4) {
            assertEquals(409, status, "a citizen ID already in the registry");
        }
        if (!closed && what == 3) {
            // another write to the household at the same moment wins the race: 412, the client reads and retries
            // (or the household was closed meanwhile: 409)
            assertTrue(status == 201 || status == 412 || status == 409, "status " + status);
        }
    }

    @Test
    void aConsumerOfTheFeedEndsWithExactlyTheCommunesRegistry() throws Exception {
        String taken = citizenId(new Random());
        as(province).body(Map.of("communeCode", "20179", "address", "Thôn Khác",
                "members", List.of(member("Hồ Thị Có Số", "HEAD", taken)))).when().post(HOUSEHOLDS)
                .then().statusCode(201);
        long startOfTest = lastPosition();

        List<String> households = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            // the test database outlives a run: each run writes other citizen IDs (the seed is printed below)
            long seed = System.nanoTime();
            OUTCOMES.put("seed " + seed, 0);
            for (int worker = 0; worker < 4; worker++) {
                Random random = new Random(seed + worker);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        randomWrite(random, households, taken);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        System.out.println("ChangeFeedTest write outcomes (kind:status=count): " + OUTCOMES);

        // the consumer: the whole feed of the commune from the start, a page at a time, then what it names
        Map<String, Integer> householdVersions = new HashMap<>();
        Map<String, Integer> memberVersions = new HashMap<>();
        Map<String, String> records = new HashMap<>();
        Map<String, String> closures = new HashMap<>();
        String after = "0";
        long previous = 0;
        boolean more = true;
        int pages = 0;
        while (more) {
            JsonPath page = as(province).queryParam("communeCode", COMMUNE).queryParam("after", after)
                    .queryParam("limit", 50).when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> c : items) {
                long position = ((Number) c.get("position")).longValue();
                assertTrue(position > previous, "positions rise");
                previous = position;
                assertEquals(COMMUNE, c.get("communeCode"));
                String id = (String) c.get("entityId");
                Integer version = (Integer) c.get("version");
                String type = (String) c.get("entityType");
                if ("CLOSED".equals(c.get("operation"))) {
                    closures.put(id, (String) c.get("entityType"));
                }
                switch (type) {
                    case "HOUSEHOLD" -> {
                        Integer before = householdVersions.put(id, version);
                        assertTrue(before == null || before <= version, "a household's versions come in order");
                    }
                    case "MEMBER" -> {
                        Integer before = memberVersions.put(id, version);
                        assertTrue(before == null || before <= version, "a member's versions come in order");
                    }
                    case "RECORD" -> records.put(id, (String) c.get("href"));
                    default -> {
                    }
                }
            }
            more = page.getBoolean("hasMore");
            after = page.getString("nextCursor");
            pages++;
        }
        assertTrue(pages > 1, "the commune's feed takes more than one page");
        // polling again gives nothing new and keeps the cursor
        as(province).queryParam("communeCode", COMMUNE).queryParam("after", after).when().get("/api/v1/changes")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("nextCursor", equalTo(after))
                .body("hasMore", equalTo(false));

        // what the consumer holds, read at the links the feed gave: households with their members, records
        Map<String, String> consumer = new TreeMap<>();
        for (String id : householdVersions.keySet()) {
            Response h = as(province).when().get(HOUSEHOLDS + "/{id}", id);
            h.then().statusCode(200);
            assertEquals("\"" + householdVersions.get(id) + "\"", h.header("ETag"), "the feed's last version of " + id);
            consumer.put("household " + id, h.path("status") + " v" + householdVersions.get(id));
            for (Map<String, Object> m : h.jsonPath().<Map<String, Object>>getList("members")) {
                String memberId = (String) m.get("id");
                assertTrue(memberVersions.containsKey(memberId), "the feed named member " + memberId);
                consumer.put("member " + memberId, id + " " + m.get("status") + " v" + memberVersions.get(memberId));
            }
        }
        for (Map.Entry<String, String> r : records.entrySet()) {
            JsonPath record = as(province).when().get(r.getValue()).then().statusCode(200).extract().jsonPath();
            consumer.put("record " + r.getKey(), record.getString("surveyYear") + " " + record.getString("classification")
                    + " current=" + record.getBoolean("current"));
        }

        // the database, read directly
        Map<String, String> registry = new TreeMap<>();
        try (Connection c = db.getConnection()) {
            query(c, "SELECT id, status, version FROM household WHERE commune_code = ?",
                    rs -> registry.put("household " + rs.getString(1), rs.getString(2) + " v" + rs.getInt(3)));
            query(c, "SELECT m.id, m.household_id, m.status, m.version FROM household_member m"
                    + " JOIN household h ON h.id = m.household_id WHERE h.commune_code = ?",
                    rs -> registry.put("member " + rs.getString(1), rs.getString(2) + " " + rs.getString(3) + " v"
                            + rs.getInt(4)));
            query(c, "SELECT r.id, r.survey_year, r.classification, r.current FROM household_record r"
                    + " JOIN household h ON h.id = r.household_id WHERE h.commune_code = ?",
                    rs -> registry.put("record " + rs.getString(1), rs.getInt(2) + " " + rs.getString(3) + " current="
                            + rs.getBoolean(4)));
        }
        assertTrue(registry.keySet().stream().filter(k -> k.startsWith("household")).count() >= households.size());
        assertEquals(registry, consumer, "the consumer's copy is the registry");
        List<String> closed = registry.entrySet().stream().filter(e -> e.getKey().startsWith("household ")
                && e.getValue().startsWith("CLOSED")).map(e -> e.getKey().substring("household ".length())).toList();
        assertTrue(!closed.isEmpty(), "some households were closed: " + OUTCOMES);
        for (String id : closed) {
            assertEquals("HOUSEHOLD", closures.get(id), "the closure of " + id + " comes as a tombstone");
        }

        // an administrator sees every change: from the test's start, positions follow each other without a gap,
        // although some writes were rolled back after their rows were written
        long expected = startOfTest;
        String cursor = Long.toString(startOfTest);
        boolean rest = true;
        while (rest) {
            JsonPath page = as(admin).queryParam("after", cursor).queryParam("limit", 1000).when()
                    .get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            for (Object p : page.getList("items.position")) {
                assertEquals(++expected, ((Number) p).longValue(), "no gap in the sequence");
            }
            rest = page.getBoolean("hasMore");
            cursor = page.getString("nextCursor");
        }
        assertTrue(expected > startOfTest + 160, "the writes made changes: " + (expected - startOfTest));
    }

    @Test
    void theFeedKeepsToTheCallersJurisdiction() {
        // a commune officer reads their commune only, and is refused another
        String officer = KeycloakTokens.tokenOf("xa.namdong");
        as(officer).body(Map.of("communeCode", "20179", "address", "Thôn 3",
                "members", List.of(member("Hồ Văn Đọc Tin", "HEAD", null)))).when().post(HOUSEHOLDS)
                .then().statusCode(201);
        List<String> communes = as(officer).queryParam("limit", 200).when().get("/api/v1/changes").then()
                .statusCode(200).extract().jsonPath().getList("items.communeCode");
        assertTrue(!communes.isEmpty() && communes.stream().allMatch("20179"::equals), communes.toString());
        as(officer).queryParam("communeCode", COMMUNE).when().get("/api/v1/changes").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("security.out_of_jurisdiction"));
        // a helping agency keeps no copy of the registry
        as(KeycloakTokens.tokenOf("khuyennong.namdong")).when().get("/api/v1/changes").then().statusCode(403);
        // a cursor is a position
        as(province).queryParam("after", "abc").when().get("/api/v1/changes").then().statusCode(400)
                .contentType("application/problem+json");
        // only households
        List<String> types = as(province).queryParam("entityType", "HOUSEHOLD").queryParam("limit", 100)
                .when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath().getList("items.entityType");
        assertTrue(!types.isEmpty() && types.stream().allMatch("HOUSEHOLD"::equals), types.toString());
    }

    long lastPosition() throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT last_position FROM change_counter"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    interface RowConsumer {
        void accept(ResultSet rs) throws Exception;
    }

    static void query(Connection c, String sql, RowConsumer each) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, COMMUNE);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    each.accept(rs);
                }
            }
        }
    }
}
