package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.sql.PreparedStatement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seeds the three poverty standards (Quyết định 59/2015, Nghị định 07/2021, Nghị định 351/2025) from
 * {@code db/seed/poverty-standards-v3.json}, the same file the classifier's tests read, so that the
 * data tested is the data shipped. Never edit that file: later changes are new migrations.
 */
public class V3__seed_poverty_standards extends BaseJavaMigration {

    static final String SEED = "db/seed/poverty-standards-v3.json";

    @Override
    public void migrate(Context context) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode standards;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + SEED);
            }
            standards = mapper.readTree(in);
        }
        try (PreparedStatement insert = context.getConnection().prepareStatement("""
                INSERT INTO poverty_standard (code, status, year_from, year_to, definition, created_at, created_by,
                                              updated_at, updated_by, published_at, published_by)
                VALUES (?, 'PUBLISHED', ?, ?, ?::jsonb, now(), 'migration', now(), 'migration', now(), 'migration')
                """)) {
            for (JsonNode standard : standards) {
                insert.setString(1, standard.get("code").asText());
                insert.setInt(2, standard.get("yearFrom").asInt());
                insert.setInt(3, standard.get("yearTo").asInt());
                insert.setString(4, mapper.writeValueAsString(standard));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
