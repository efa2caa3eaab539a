package vn.giamngheo.household;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logs never hold citizen IDs or names, even when the database refuses a write because of them. */
@QuarkusTest
@TestSecurity(user = "xa.namdong", roles = "commune_officer")
@OidcSecurity(claims = @Claim(key = "area_codes", value = "20179"))
class PersonalDataInLogsTest {

    final List<String> logged = new ArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    text.append(' ').append(p);
                }
            }
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                text.append(' ').append(t.getMessage());
            }
            synchronized (logged) {
                logged.add(text.toString());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void aDuplicateCitizenIdIsRefusedWithoutLoggingItOrTheNames() {
        String citizenId = "046199" + (100000 + (int) (Math.random() * 899999));
        Map<String, Object> household = Map.of("communeCode", "20179", "members", List.of(
                Map.of("fullName", "Lâm Thị Riêng Tư", "relationToHead", "HEAD", "citizenId", citizenId),
                Map.of("fullName", "Lâm Văn Trùng", "relationToHead", "CHILD", "citizenId", citizenId)));
        given().contentType(ContentType.JSON).body(household).when().post("/api/v1/households")
                .then().statusCode(409);
        synchronized (logged) {
            for (String line : logged) {
                assertFalse(line.contains(citizenId), "a log line holds the citizen ID: " + line);
                assertFalse(line.contains("Riêng Tư") || line.contains("Lâm Văn Trùng"), "a log line holds a name: " + line);
            }
        }
    }
}
