package vn.giamngheo.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.time.AppClock;

/**
 * The audit trail. Every write to audited data appends an entry in the caller's transaction (so the
 * entry exists exactly when the change does); reading sensitive data is recorded too.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    AppClock clock;

    /** One field's value before and after; values are shown as text. */
    @Schema(name = "AuditChange")
    public record Change(String field, @Schema(nullable = true) String before, @Schema(nullable = true) String after) {
    }

    @Schema(name = "AuditEntryView", description = "Who did what, when, and which fields changed")
    public record EntryView(long id, Instant at, String actor, String action, String entityType, UUID entityId,
            List<Change> changes) {
    }

    /** Collects the changed fields of an update. */
    public static final class Changes {
        private final List<Change> list = new ArrayList<>();

        /** Records the field if its value changes. */
        public Changes field(String name, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                list.add(new Change(name, before == null ? null : String.valueOf(before),
                        after == null ? null : String.valueOf(after)));
            }
            return this;
        }

        /** Records the field as changed without showing its values (a citizen ID). */
        public Changes secret(String name, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                list.add(new Change(name, before == null ? null : mask(String.valueOf(before)),
                        after == null ? null : mask(String.valueOf(after))));
            }
            return this;
        }

        public boolean isEmpty() {
            return list.isEmpty();
        }

        public List<Change> list() {
            return List.copyOf(list);
        }
    }

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper objectMapper;

    /** Appends an entry in the current transaction (one must be active). */
    @Transactional(TxType.MANDATORY)
    public void record(String action, String entityType, UUID entityId, UUID householdId, String communeCode,
            List<Change> changes) {
        AuditEntry entry = new AuditEntry();
        entry.at = clock.now();
        entry.actor = user.username();
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.householdId = householdId;
        entry.communeCode = communeCode;
        entry.changes = write(changes);
        entry.persist();
    }

    /** The trail of a household, newest first. */
    @Transactional(TxType.SUPPORTS)
    public List<EntryView> trailOf(UUID householdId) {
        List<AuditEntry> entries = AuditEntry.list("householdId = ?1 order by at desc, id desc", householdId);
        return entries.stream().map(e -> new EntryView(e.id, e.at, e.actor, e.action, e.entityType, e.entityId,
                read(e.changes))).toList();
    }

    /** The trail of a set of entities (a campaign and its households' review items), newest first. */
    @Transactional(TxType.SUPPORTS)
    public List<EntryView> trailOfEntities(java.util.Collection<UUID> entityIds) {
        if (entityIds.isEmpty()) {
            return List.of();
        }
        List<AuditEntry> entries = AuditEntry.list("entityId in ?1 order by at desc, id desc", List.copyOf(entityIds));
        return entries.stream().map(e -> new EntryView(e.id, e.at, e.actor, e.action, e.entityType, e.entityId,
                read(e.changes))).toList();
    }

    /** Shows only the last four characters: "********5678". */
    public static String mask(String secret) {
        if (secret == null) {
            return null;
        }
        int keep = Math.min(4, secret.length());
        return "*".repeat(secret.length() - keep) + secret.substring(secret.length() - keep);
    }

    private String write(List<Change> changes) {
        try {
            return objectMapper.writeValueAsString(changes == null ? List.of() : changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Change> read(String json) {
        try {
            return objectMapper.readValue(json, new TypeReference<List<Change>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
