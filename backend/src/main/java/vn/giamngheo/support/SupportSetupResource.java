package vn.giamngheo.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.common.http.EntityTags;
import vn.giamngheo.common.security.Roles;
import vn.giamngheo.support.SupportViews.AgencyRequest;
import vn.giamngheo.support.SupportViews.AgencyView;
import vn.giamngheo.support.SupportViews.AssignHouseholdsRequest;
import vn.giamngheo.support.SupportViews.HelpGroupRequest;
import vn.giamngheo.support.SupportViews.HelpGroupView;
import vn.giamngheo.support.SupportViews.KindPolicyRequest;
import vn.giamngheo.support.SupportViews.LeadChangeRequest;
import vn.giamngheo.support.SupportViews.SupportKindView;

/** Helping agencies, help groups and the support catalogue, set up by the province. */
@Path("/api/v1/support")
@Tag(name = "Support", description = "Helping agencies and groups, support plans, visits, cross-checks and their effect")
@Produces(MediaType.APPLICATION_JSON)
public class SupportSetupResource {

    static final String ETAG = "Version, for If-Match";

    @Inject
    SupportService support;

    @Inject
    SupportQueries queries;

    @Inject
    SupportAccess access;

    // ------------------------------------------------------------------ agencies

    @GET
    @Path("/agencies")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.AUDITOR,
        Roles.INTEGRATION})
    @Operation(summary = "List a province's helping agencies", description = "With the users linked to each.")
    public List<AgencyView> listAgencies(
            @QueryParam("provinceCode") @NotNull @Pattern(regexp = "[0-9]{2}") String provinceCode) {
        return queries.agencies(provinceCode);
    }

    @POST
    @Path("/agencies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Register a helping agency")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    public Response createAgency(@Valid @NotNull AgencyRequest request) {
        AgencyView view = queries.view(support.createAgency(request));
        return Response.status(Response.Status.CREATED).entity(view).tag(EntityTags.of(view.version())).build();
    }

    @GET
    @Path("/agencies/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.SUPPORT_AGENCY,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get a helping agency")
    @APIResponse(responseCode = "200", description = "The agency",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    public Response getAgency(@PathParam("id") UUID id) {
        AgencyView view = queries.view(access.agency(id));
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @PUT
    @Path("/agencies/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Update a helping agency", description = "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The agency",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    public Response updateAgency(@PathParam("id") UUID id,
            @Parameter(description = "ETag as last read", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AgencyRequest request) {
        Agency a = support.updateAgency(id, ifMatch, request);
        AgencyView view = queries.view(a);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @PUT
    @Path("/agencies/{id}/users/{username}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Link a user to the agency", description = "A user with role support_agency works for one "
            + "agency and sees only the households of its groups; linking again moves the user.")
    public AgencyView linkUser(@PathParam("id") UUID id,
            @PathParam("username") @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}") String username) {
        Agency a = support.linkUser(id, username);
        return queries.view(a);
    }

    @DELETE
    @Path("/agencies/{id}/users/{username}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Unlink a user from the agency")
    @APIResponse(responseCode = "204", description = "Unlinked")
    public void unlinkUser(@PathParam("id") UUID id,
            @PathParam("username") @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}") String username) {
        support.unlinkUser(id, username);
    }

    // ------------------------------------------------------------------ groups

    @GET
    @Path("/groups")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.SUPPORT_AGENCY,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List help groups", description = "Of a province, of a commune, or (for a helping agency's "
            + "user, without filters) the caller's groups.")
    public List<HelpGroupView> listGroups(@QueryParam("provinceCode") @Pattern(regexp = "[0-9]{2}") String provinceCode,
            @QueryParam("communeCode") @Pattern(regexp = "[0-9]{5}") String communeCode) {
        return queries.groups(provinceCode, communeCode);
    }

    @POST
    @Path("/groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Form a help group", description = "Led by one agency, with member agencies, serving communes.")
    @APIResponse(responseCode = "201", description = "Formed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HelpGroupView.class)))
    public Response createGroup(@Valid @NotNull HelpGroupRequest request) {
        HelpGroupView view = queries.view(support.createGroup(request));
        return Response.status(Response.Status.CREATED).entity(view).tag(EntityTags.of(view.version())).build();
    }

    @GET
    @Path("/groups/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.SUPPORT_AGENCY,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get a help group", description = "With its members, communes and the history of its lead.")
    @APIResponse(responseCode = "200", description = "The group",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HelpGroupView.class)))
    public Response getGroup(@PathParam("id") UUID id) {
        HelpGroupView view = queries.view(access.group(id));
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @PUT
    @Path("/groups/{id}/lead")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Hand the group's lead to another agency", description = "Keeps the date and the reason. "
            + "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The group",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HelpGroupView.class)))
    public Response changeLead(@PathParam("id") UUID id,
            @Parameter(description = "ETag as last read", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull LeadChangeRequest request) {
        HelpGroup g = support.changeLead(id, ifMatch, request.agencyId(), request.changedOn(), request.reason());
        HelpGroupView view = queries.view(g);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @POST
    @Path("/groups/{id}/households")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Assign households to the group", description = "Households of the communes it serves; a "
            + "household is helped by one group at a time, so assigning it again moves it.")
    public HelpGroupView assignHouseholds(@PathParam("id") UUID id, @Valid @NotNull AssignHouseholdsRequest request) {
        HelpGroup g = support.assign(id, request.householdIds(), request.assignedOn());
        return queries.view(g);
    }

    @DELETE
    @Path("/groups/{id}/households/{householdId}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Take a household off the group")
    @APIResponse(responseCode = "204", description = "Taken off")
    public void unassignHousehold(@PathParam("id") UUID id, @PathParam("householdId") UUID householdId) {
        support.unassign(id, householdId);
    }

    // ------------------------------------------------------------------ catalogue

    @GET
    @Path("/catalogue")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.SUPPORT_AGENCY, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "The support catalogue", description = "Each kind with the indicators and/or income it "
            + "addresses, and the province's policy (discouraged kinds warn in plans).")
    public List<SupportKindView> listKinds(@QueryParam("provinceCode") @Pattern(regexp = "[0-9]{2}") String provinceCode) {
        return queries.kinds(provinceCode);
    }

    @PUT
    @Path("/catalogue/{kindCode}/policies/{provinceCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Set a province's policy on a kind of support")
    public List<SupportKindView> setPolicy(@PathParam("kindCode") String kindCode,
            @PathParam("provinceCode") @Pattern(regexp = "[0-9]{2}") String provinceCode,
            @Valid @NotNull KindPolicyRequest request) {
        support.setPolicy(provinceCode, kindCode, request.discouraged(), request.note());
        return queries.kinds(provinceCode);
    }
}
