package vn.giamngheo.changes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.changes.ChangeViews.ChangePage;
import vn.giamngheo.changes.ChangeViews.EntityType;
import vn.giamngheo.common.security.Roles;

/**
 * The change feed: what a provincial system reads to keep its copy of the registry in step, instead of
 * reading everything again.
 */
@Path("/api/v1/changes")
@Tag(name = "Changes", description = "The change feed: every committed change of the registry, in commit order")
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    @Inject
    ChangeFeed feed;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Read the changes after a cursor", description = "Every change to households, members, "
            + "yearly records, decisions and support plans within the caller's jurisdiction, oldest first, from a "
            + "gap-free sequence written in the same transaction as the change: a change is listed once it is "
            + "committed, and never after one that committed later. Start without `after` (or with 0) to read the "
            + "registry from its beginning; keep `nextCursor` and pass it back. A cursor stays valid for good, "
            + "across restarts.")
    public ChangePage listChanges(
            @Parameter(description = "The nextCursor of the previous page (a position); 0 or none: from the start")
            @QueryParam("after") @DefaultValue("0") @Pattern(regexp = "[0-9]{1,18}") String after,
            @QueryParam("limit") @DefaultValue("" + DEFAULT_LIMIT) @Min(1) @Max(MAX_LIMIT) int limit,
            @Parameter(description = "Only this province (within the caller's jurisdiction)")
            @QueryParam("provinceCode") @Pattern(regexp = "[0-9]{2}") String provinceCode,
            @Parameter(description = "Only this commune (within the caller's jurisdiction)")
            @QueryParam("communeCode") @Pattern(regexp = "[0-9]{5}") String communeCode,
            @Parameter(description = "Only these kinds of entity (repeat the parameter); all when none")
            @QueryParam("entityType") Set<EntityType> entityTypes) {
        return feed.read(Long.parseLong(after), limit, new ChangeFeed.Filter(provinceCode, communeCode, entityTypes));
    }
}
