package vn.giamngheo.common.http;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;

/**
 * The top-level fields the JSON body of this request named (for a {@link PartialUpdate}), so that an update changes
 * what it was sent and keeps the rest. Without a body read as such every field counts as sent.
 */
@RequestScoped
public class SentFields {

    private Set<String> names;

    void set(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    /** Whether the body named the field (with a value or null). */
    public boolean has(String field) {
        return names == null || names.contains(field);
    }
}
