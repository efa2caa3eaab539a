package vn.giamngheo.classification;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.classification.engine.CompiledStandard;
import vn.giamngheo.classification.model.StandardDefinition;

/** The standards the product seeds (the migration reads the same file), compiled for tests and the benchmark. */
public final class SeededStandards {

    public static final String SEED = "db/seed/poverty-standards-v3.json";

    private static final Map<String, CompiledStandard> STANDARDS = load();

    private SeededStandards() {
    }

    public static CompiledStandard get(String code) {
        CompiledStandard standard = STANDARDS.get(code);
        if (standard == null) {
            throw new IllegalArgumentException("No seeded standard " + code);
        }
        return standard;
    }

    /** The seeded standard whose years include the review year (all seeds are published). */
    public static CompiledStandard governing(int year) {
        return STANDARDS.values().stream()
                .filter(s -> s.definition().yearFrom() <= year && year <= s.definition().yearTo())
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No seeded standard governs " + year));
    }

    private static Map<String, CompiledStandard> load() {
        try (InputStream in = SeededStandards.class.getClassLoader().getResourceAsStream(SEED)) {
            List<StandardDefinition> definitions = List.of(new ObjectMapper().readValue(in, StandardDefinition[].class));
            Map<String, CompiledStandard> map = new LinkedHashMap<>();
            definitions.forEach(d -> map.put(d.code(), CompiledStandard.compile(d)));
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
