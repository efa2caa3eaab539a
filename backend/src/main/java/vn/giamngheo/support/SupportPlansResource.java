package vn.giamngheo.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.common.http.Downloads;
import vn.giamngheo.common.time.AppClock;
import vn.giamngheo.common.http.EntityTags;
import vn.giamngheo.common.paging.PageLimits;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.security.Roles;
import vn.giamngheo.review.ReviewDocuments;
import vn.giamngheo.support.SupportViews.CancellationRequest;
import vn.giamngheo.support.SupportViews.CommitmentRequest;
import vn.giamngheo.support.SupportViews.DeliveryRequest;
import vn.giamngheo.support.SupportViews.OverdueVisitView;
import vn.giamngheo.support.SupportViews.PlanRequest;
import vn.giamngheo.support.SupportViews.PlanSummary;
import vn.giamngheo.support.SupportViews.PlanView;
import vn.giamngheo.support.SupportViews.SupportItemRequest;
import vn.giamngheo.support.SupportViews.TargetPage;
import vn.giamngheo.support.SupportViews.VisitRequest;

/**
 * Targeting, support plans, the commitment and the monthly visits. A helping agency's user works only
 * on the households assigned to its groups.
 */
@Path("/api/v1/support")
@Tag(name = "Support")
@Produces(MediaType.APPLICATION_JSON)
public class SupportPlansResource {

    @Inject
    AppClock clock;

    @Inject
    PlanService plans;

    @Inject
    SupportQueries queries;

    @GET
    @Path("/households")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.SUPPORT_AGENCY,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Households to support", description = "A commune's poor and near-poor households and every "
            + "household assigned to a group, with their deprivations, causes, needs, support type and group; "
            + "assigned=false lists those no group helps yet. A helping agency's user sees its groups' households "
            + "(communeCode optional).")
    public TargetPage listTargets(@QueryParam("communeCode") @Pattern(regexp = "[0-9]{5}") String communeCode,
            @QueryParam("assigned") Boolean assigned, @QueryParam("groupId") UUID groupId,
            @QueryParam("limit") @DefaultValue("" + PageLimits.DEFAULT) @Min(1) @Max(PageLimits.MAX) int limit,
            @Parameter(description = "nextCursor of the previous page")
            @QueryParam("after") @Pattern(regexp = "[A-Za-z0-9_-]{1,400}") String after) {
        return queries.targets(communeCode, assigned, groupId, limit, after);
    }

    @GET
    @Path("/plans")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.SUPPORT_AGENCY,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List support plans", description = "Of a group or a household (a helping agency's user: its "
            + "groups' by default), in household code order.")
    public List<PlanSummary> listPlans(@QueryParam("groupId") UUID groupId, @QueryParam("householdId") UUID householdId,
            @QueryParam("year") @Min(2016) @Max(2100) Integer year) {
        return queries.plans(groupId, householdId, year);
    }

    @POST
    @Path("/plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.SUPPORT_AGENCY})
    @Operation(summary = "Make a household's plan for a year", description = "The household must be assigned to a "
            + "group; one plan per household and year.")
    @APIResponse(responseCode = "201", description = "Made",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Response createPlan(@Valid @NotNull PlanRequest request) {
        SupportPlan plan = plans.create(request);
        PlanView view = queries.view(plan);
        return Response.status(Response.Status.CREATED).entity(view).tag(EntityTags.of(view.version())).build();
    }

    @GET
    @Path("/plans/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.SUPPORT_AGENCY,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get a plan", description = "Its items with their warnings, the commitment and the visits.")
    public PlanView getPlan(@PathParam("id") UUID id) {
        return queries.plan(id);
    }

    @POST
    @Path("/plans/{id}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.SUPPORT_AGENCY})
    @Operation(summary = "Add an item from the catalogue", description = "Accepted with warnings: "
            + "support.kind_discouraged when the province discourages the kind, support.item_addresses_no_need when it "
            + "addresses nothing the household lacks.")
    @APIResponse(responseCode = "201", description = "The plan with the new item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Response addItem(@PathParam("id") UUID id, @Valid @NotNull SupportItemRequest request) {
        plans.addItem(id, request);
        return Response.status(Response.Status.CREATED).entity(queries.plan(id)).build();
    }

    @POST
    @Path("/plans/{id}/items/{itemId}/delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.SUPPORT_AGENCY})
    @Operation(summary = "Record that an item reached the household", description = "Refused (422 "
            + "support.commitment_required) until the plan's commitment is recorded.")
    public PlanView deliver(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @Valid @NotNull DeliveryRequest request) {
        plans.deliver(id, itemId, request.deliveredOn());
        return queries.plan(id);
    }

    @POST
    @Path("/plans/{id}/items/{itemId}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.SUPPORT_AGENCY})
    @Operation(summary = "Drop a planned item", description = "With the reason; delivered items stay.")
    public PlanView cancel(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @Valid @NotNull CancellationRequest request) {
        plans.cancel(id, itemId, request.reason());
        return queries.plan(id);
    }

    @POST
    @Path("/plans/{id}/commitment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.SUPPORT_AGENCY})
    @Operation(summary = "Record the signed commitment (bản cam kết)", description = "Date, signatories and the "
            + "scanned file; once per plan.")
    @APIResponse(responseCode = "201", description = "The plan with its commitment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Response commit(@PathParam("id") UUID id, @Valid @NotNull CommitmentRequest request) {
        plans.commit(id, request);
        return Response.status(Response.Status.CREATED).entity(queries.plan(id)).build();
    }

    @GET
    @Path("/plans/{id}/commitment/file")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.SUPPORT_AGENCY,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Download the scanned commitment")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(
            mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getCommitmentFile(@PathParam("id") UUID id) {
        SupportPlan plan = plans.visible(id);
        Commitment c = Commitment.findById(plan.id);
        if (c == null || c.file == null) {
            throw new NotFoundException("commitment_file", id);
        }
        return Downloads.download(c.file, ReviewDocuments.mediaTypeOf(c.file),
                c.fileName == null ? "cam-ket.bin" : c.fileName);
    }

    @POST
    @Path("/plans/{id}/visits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.SUPPORT_AGENCY})
    @Operation(summary = "Record a follow-up visit", description = "Every household with an active plan is visited "
            + "each month.")
    @APIResponse(responseCode = "201", description = "The plan with the visit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Response visit(@PathParam("id") UUID id, @Valid @NotNull VisitRequest request) {
        plans.visit(id, request);
        return Response.status(Response.Status.CREATED).entity(queries.plan(id)).build();
    }

    @GET
    @Path("/overdue-visits")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.SUPPORT_AGENCY,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Households not visited this month", description = "Active plans (of the month's year) without "
            + "a visit in the month, of a group or of an agency's groups (a helping agency's user: its own by default).")
    public List<OverdueVisitView> listOverdueVisits(
            @Parameter(description = "yyyy-MM; this month by default", schema = @Schema(type = SchemaType.STRING,
                    pattern = "[0-9]{4}-[0-9]{2}")) @QueryParam("month") @Pattern(regexp = "[0-9]{4}-(0[1-9]|1[0-2])") String month,
            @QueryParam("groupId") UUID groupId, @QueryParam("agencyId") UUID agencyId) {
        YearMonth m = month == null ? YearMonth.from(clock.today()) : YearMonth.parse(month);
        return queries.overdueVisits(m, groupId, agencyId);
    }
}
