package vn.giamngheo.changes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the change feed answers. */
public final class ChangeViews {

    private ChangeViews() {
    }

    @Schema(name = "ChangeEntityType", description = "What changed")
    public enum EntityType {
        HOUSEHOLD, MEMBER, RECORD, DECISION, SUPPORT_PLAN
    }

    @Schema(name = "ChangeOperation", description = "How it changed. CLOSED, MERGED and SPLIT are a household's "
            + "tombstones: it stays readable, with status CLOSED and, for MERGED and SPLIT, its successor.")
    public enum Operation {
        CREATED, UPDATED, CLOSED, MERGED, SPLIT, DELETED
    }

    @Schema(name = "Change", description = "One committed change of an entity. Read the entity's current state "
            + "at href; a consumer that applies every change in position order ends with the registry's state.")
    public record ChangeView(
            @Schema(description = "Gap-free, in commit order; pass the last one you applied as 'after'") long position,
            EntityType entityType, UUID entityId,
            @Schema(description = "The household the entity belongs to (itself for a household)") UUID householdId,
            String communeCode, Operation operation,
            @Schema(nullable = true, description = "The entity's version after the change, as in its ETag; null for "
                    + "records and decisions, which never change once written, and for deletions") Integer version,
            @Schema(nullable = true, description = "The ETag the entity had after the change") String etag,
            Instant changedAt,
            @Schema(description = "Where the entity's current state is read (its household for a member)")
            String href) {
    }

    @Schema(name = "ChangePage", description = "Changes after a cursor, oldest first")
    public record ChangePage(List<ChangeView> items,
            @Schema(description = "Pass as 'after' to read on: the position of the last change here, or the cursor "
                    + "you sent when nothing is new. Never null, so a consumer keeps it and polls.") String nextCursor,
            @Schema(description = "Whether more changes are already waiting after this page") boolean hasMore) {
    }
}
