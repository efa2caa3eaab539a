package vn.giamngheo.common.http;

import jakarta.ws.rs.core.EntityTag;
import vn.giamngheo.common.problem.ProblemException;

/**
 * Optimistic locking over HTTP: a resource's ETag is its row version; an update must send it back
 * in {@code If-Match}. Missing → 428, stale → 412, and nothing is written in either case.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Checks an If-Match header against the current version of the resource. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition.required",
                    "Send the resource's ETag in If-Match so that concurrent changes are not overwritten");
        }
        String expected = of(currentVersion).toString();
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(expected)) {
                return;
            }
        }
        throw new ProblemException(412, "precondition.failed",
                "The resource was changed by someone else meanwhile; reload it and try again");
    }
}
