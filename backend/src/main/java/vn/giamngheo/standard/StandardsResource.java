package vn.giamngheo.standard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.classification.model.StandardDefinition;
import vn.giamngheo.common.http.EntityTags;
import vn.giamngheo.common.security.Roles;
import vn.giamngheo.standard.StandardViews.CopyStandardRequest;
import vn.giamngheo.standard.StandardViews.IndicatorType;
import vn.giamngheo.standard.StandardViews.StandardSummary;
import vn.giamngheo.standard.StandardViews.StandardValidation;
import vn.giamngheo.standard.StandardViews.StandardView;

/** Poverty standards: readable by every role; drafted, edited and published by administrators. */
@Path("/api/v1/standards")
@Tag(name = "Standards", description = "Poverty standards as versioned data")
@Produces(MediaType.APPLICATION_JSON)
public class StandardsResource {

    private static final String ETAG = "Version of the standard, for If-Match";
    private static final String IF_MATCH = "ETag of the standard as last read";

    @Inject
    StandardService standards;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.SUPPORT_AGENCY, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List the poverty standards",
            description = "Every standard with its years, status, rule and income lines, newest first; with "
                    + "`governingYear`, only the published standard that governs that review year (or none).")
    public List<StandardSummary> listStandards(
            @Parameter(description = "Only the published standard governing this review year", example = "2025")
            @QueryParam("governingYear") @Min(2000) @Max(2100) Integer governingYear) {
        return standards.list(governingYear);
    }

    @GET
    @Path("/indicator-types")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.SUPPORT_AGENCY, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List the indicators the classifier can derive",
            description = "Each indicator code a standard may use, with the threshold parameters it takes.")
    public List<IndicatorType> listIndicatorTypes() {
        return standards.catalogue();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.SUPPORT_AGENCY, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get a poverty standard", description = "The full definition: lines, rule, dimensions, "
            + "indicators and their thresholds, with what may still be edited.")
    @APIResponse(responseCode = "200", description = "The standard",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandardView.class)))
    public Response getStandard(@Parameter(example = "ND07_2021") @PathParam("code") String code) {
        return withTag(standards.get(code));
    }

    @POST
    @Path("/{code}/copies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Copy a standard into a new draft",
            description = "The draft keeps a link to the original; publishing it retires the original when their "
                    + "years overlap.")
    @APIResponse(responseCode = "201", description = "The new draft",
            headers = {@Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
                @Header(name = HttpHeaders.LOCATION, schema = @Schema(implementation = String.class))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandardView.class)))
    public Response copyStandard(@PathParam("code") String code, @Valid @NotNull CopyStandardRequest request,
            @Context UriInfo uriInfo) {
        StandardView draft = standards.copy(code, request.newCode(), request.name());
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/standards").path(draft.code()).build())
                .tag(EntityTags.of(draft.version())).entity(draft).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Edit a standard",
            description = "Replaces the definition of a draft; of a published standard not yet used, only the parts "
                    + "marked provisional may change. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The edited standard",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandardView.class)))
    public Response updateStandard(@PathParam("code") String code,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull StandardDefinition definition) {
        return withTag(standards.update(code, ifMatch, definition));
    }

    @POST
    @Path("/{code}/validation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Check whether a standard can be published",
            description = "Lines ascending, every indicator known and with its thresholds, no overlap of years with "
                    + "another published standard.")
    public StandardValidation validateStandard(@PathParam("code") String code) {
        return standards.validate(code);
    }

    @POST
    @Path("/{code}/publication")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a draft", description = "Requires If-Match. Refused with the problems when the "
            + "draft is not valid (422 standard.invalid).")
    @APIResponse(responseCode = "200", description = "The published standard",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandardView.class)))
    public Response publishStandard(@PathParam("code") String code,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(standards.publish(code, ifMatch));
    }

    @POST
    @Path("/{code}/retirement")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Retire a published standard", description = "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The retired standard",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandardView.class)))
    public Response retireStandard(@PathParam("code") String code,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(standards.retire(code, ifMatch));
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a draft", description = "Only drafts can be deleted. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteStandard(@PathParam("code") String code,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        standards.deleteDraft(code, ifMatch);
    }

    private static Response withTag(StandardView view) {
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }
}
