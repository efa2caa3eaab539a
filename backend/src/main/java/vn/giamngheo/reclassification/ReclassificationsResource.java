package vn.giamngheo.reclassification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.common.paging.PageLimits;
import vn.giamngheo.common.security.Roles;
import vn.giamngheo.reclassification.ReclassificationViews.ComparisonView;
import vn.giamngheo.reclassification.ReclassificationViews.ReclassificationPage;
import vn.giamngheo.reclassification.ReclassificationViews.ReclassificationRequest;
import vn.giamngheo.reclassification.ReclassificationViews.ReclassificationView;

/**
 * What-if re-classifications: a province's households of a year classified under another published standard, as
 * a job, compared with their official classes. Kept apart from the registry: no record, decision or figure changes.
 */
@Path("/api/v1/reclassifications")
@Tag(name = "Reclassifications", description = "A province re-classified under another standard (what-if), "
        + "compared with the official classes")
@Produces(MediaType.APPLICATION_JSON)
public class ReclassificationsResource {

    @Inject
    ReclassificationService reclassifications;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Re-classify a province", description = "Queues the job and answers at once (202): every "
            + "active household of the province with a current record of the year is classified from that record's "
            + "survey under the standard (which must be published). Follow it with getReclassification until DONE, "
            + "then read getReclassificationComparison.")
    @APIResponse(responseCode = "202", description = "Queued", headers = @Header(name = "Location",
            schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReclassificationView.class)))
    public Response createReclassification(@Valid @NotNull ReclassificationRequest request, @Context UriInfo uri) {
        Reclassification job = reclassifications.request(request);
        return Response.accepted(reclassifications.view(job))
                .location(uri.getAbsolutePathBuilder().path(job.id.toString()).build()).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.AUDITOR})
    @Operation(summary = "List re-classifications", description = "Of the caller's provinces (or of one), newest first")
    public ReclassificationPage listReclassifications(
            @QueryParam("provinceCode") @Pattern(regexp = "[0-9]{2}") String provinceCode,
            @QueryParam("after") @Size(max = 200) String after,
            @QueryParam("limit") @DefaultValue("" + PageLimits.DEFAULT) @Min(1) @Max(PageLimits.MAX) int limit) {
        return reclassifications.list(provinceCode, after, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.AUDITOR})
    @Operation(summary = "Get a re-classification", description = "Its phase, households done of the total, rate and "
            + "estimated time left")
    public ReclassificationView getReclassification(@PathParam("id") UUID id) {
        return reclassifications.view(reclassifications.visible(id));
    }

    @GET
    @Path("/{id}/comparison")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.AUDITOR})
    @Operation(summary = "Compare a re-classification with the official classes", description = "The households "
            + "moving from their official class (NONE: no decision for the year) to their class under the standard "
            + "(ERROR: not classifiable), for the province or one of its communes, and every commune's poor and "
            + "near-poor counts and rates both ways")
    public ComparisonView getReclassificationComparison(@PathParam("id") UUID id,
            @QueryParam("communeCode") @Pattern(regexp = "[0-9]{5}") String communeCode) {
        return reclassifications.comparison(id, communeCode);
    }
}
