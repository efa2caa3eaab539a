package vn.giamngheo.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.common.security.Roles;
import vn.giamngheo.support.SupportViews.CrossCheckPairRequest;
import vn.giamngheo.support.SupportViews.CrossCheckSampleRequest;
import vn.giamngheo.support.SupportViews.CrossCheckView;
import vn.giamngheo.support.SupportViews.FindingRequest;
import vn.giamngheo.support.SupportViews.FindingView;
import vn.giamngheo.support.SupportViews.SupportEffect;
import vn.giamngheo.support.SupportViews.SupportReport;

/** Cross-checks between groups, the groups' and agencies' reports, and what support changed. */
@Path("/api/v1/support")
@Tag(name = "Support")
@Produces(MediaType.APPLICATION_JSON)
public class CrossChecksResource {

    @Inject
    CrossCheckService checks;

    @Inject
    SupportQueries queries;

    @POST
    @Path("/cross-checks/pairs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Pair two groups", description = "A checks B and B checks A for the year: two inspections.")
    @APIResponse(responseCode = "201", description = "The two inspections", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CrossCheckView[].class)))
    public Response pair(@Valid @NotNull CrossCheckPairRequest request) {
        List<CrossCheck> created = checks.pair(request.groupA(), request.groupB(), request.year());
        return Response.status(Response.Status.CREATED).entity(created.stream().map(queries::view).toList()).build();
    }

    @POST
    @Path("/cross-checks/samples")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Draw a random sample of another group's households to inspect")
    @APIResponse(responseCode = "201", description = "The inspection", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CrossCheckView.class)))
    public Response sample(@Valid @NotNull CrossCheckSampleRequest request) {
        CrossCheck c = checks.sample(request.inspectorGroupId(), request.inspectedGroupId(), request.year(),
                request.size());
        return Response.status(Response.Status.CREATED).entity(queries.view(c)).build();
    }

    @GET
    @Path("/cross-checks/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.SUPPORT_AGENCY,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get an inspection", description = "The households it covers and the findings.")
    public CrossCheckView getCrossCheck(@PathParam("id") UUID id) {
        return queries.view(checks.visible(id));
    }

    @POST
    @Path("/cross-checks/{id}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.SUPPORT_AGENCY})
    @Operation(summary = "Record a finding", description = "By the inspecting group: item delivered, not delivered or "
            + "not used, with remarks.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingView.class)))
    public Response find(@PathParam("id") UUID id, @Valid @NotNull FindingRequest request) {
        Finding f = checks.find(id, request);
        return Response.status(Response.Status.CREATED).entity(queries.view(f)).build();
    }

    @GET
    @Path("/groups/{id}/cross-checks")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.SUPPORT_AGENCY,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "A group's inspections", description = "Those it makes and those it receives.")
    public List<CrossCheckView> listGroupCrossChecks(@PathParam("id") UUID id,
            @QueryParam("year") @Min(2016) @Max(2100) Integer year) {
        return queries.crossChecks(id, year);
    }

    @GET
    @Path("/groups/{id}/report")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.SUPPORT_AGENCY,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "A group's year", description = "Households assigned, plans, items delivered and their value, "
            + "visits on time, cross-check findings, planned and actual escapes.")
    public SupportReport getGroupReport(@PathParam("id") UUID id,
            @QueryParam("year") @NotNull @Min(2016) @Max(2100) Integer year) {
        return queries.groupReport(id, year);
    }

    @GET
    @Path("/agencies/{id}/report")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.SUPPORT_AGENCY,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "An agency's year", description = "As a group's report, over the groups it belongs to; items "
            + "and value count what the agency itself gave.")
    public SupportReport getAgencyReport(@PathParam("id") UUID id,
            @QueryParam("year") @NotNull @Min(2016) @Max(2100) Integer year) {
        return queries.agencyReport(id, year);
    }

    @GET
    @Path("/effect")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.AUDITOR,
        Roles.INTEGRATION})
    @Operation(summary = "What support changed", description = "For each kind delivered in the year: the share of "
            + "households whose targeted indicator was no longer deprived at their next yearly record (kinds that "
            + "raise income: no longer poor); and the share of the year's planned escapes that happened.")
    public SupportEffect getEffect(
            @Parameter(description = "A province (2 digits) or a commune (5 digits); national admins may leave it out")
            @QueryParam("areaCode") @Pattern(regexp = "[0-9]{2}|[0-9]{5}") String areaCode,
            @QueryParam("year") @NotNull @Min(2016) @Max(2100) Integer year) {
        return queries.effect(areaCode, year);
    }
}
