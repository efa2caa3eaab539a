package vn.giamngheo.common.time;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.common.security.Roles;

/** Lets tests walk through deadlines. Exists only in the test build: never in the product. */
@IfBuildProfile("test")
@Path("/api/v1/testing/clock")
@Tag(name = "Testing")
public class TestingClockResource {

    @Inject
    AppClock clock;

    @PUT
    @Path("/{date}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Fix today's date (test build only)")
    public void fix(@PathParam("date") java.time.LocalDate date) {
        clock.fix(date);
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Back to the real date (test build only)")
    public void reset() {
        clock.fix(null);
    }
}
