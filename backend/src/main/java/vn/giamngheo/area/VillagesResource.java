package vn.giamngheo.area;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.area.VillageViews.VillagePage;
import vn.giamngheo.area.VillageViews.VillageRequest;
import vn.giamngheo.area.VillageViews.VillageView;
import vn.giamngheo.common.http.EntityTags;
import vn.giamngheo.common.paging.PageLimits;
import vn.giamngheo.common.security.Roles;

/** Villages of one commune: readable by everyone in the commune's jurisdiction, kept by its officers. */
@Path("/api/v1/communes/{communeCode}/villages")
@Tag(name = "Villages", description = "Thôn and tổ dân phố, kept by each commune")
@Produces(MediaType.APPLICATION_JSON)
public class VillagesResource {

    private static final String ETAG_DESCRIPTION = "Version of the village, for If-Match";

    @Inject
    VillageService villages;

    @PathParam("communeCode")
    @Parameter(description = "Commune code", example = "20179")
    String communeCode;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.SUPPORT_AGENCY, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List the villages of a commune",
            description = "In name order, a page at a time; `q` matches names without diacritics.")
    public VillagePage listVillages(
            @Parameter(description = "Part of the name, with or without diacritics")
            @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "Page size") @QueryParam("limit") @DefaultValue("" + PageLimits.DEFAULT)
            @Min(1) @Max(PageLimits.MAX) int limit,
            @Parameter(description = "The nextCursor of the previous page")
            @QueryParam("after") @Pattern(regexp = "[A-Za-z0-9_-]{1,400}") String after) {
        return villages.list(communeCode, q, limit, after);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR,
        Roles.INTEGRATION})
    @Operation(summary = "Create a village", description = "Names are unique within the commune, whatever their case.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION,
                    schema = @Schema(implementation = String.class)),
                @Header(name = HttpHeaders.LOCATION, schema = @Schema(implementation = String.class))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VillageView.class)))
    public Response createVillage(@Valid @NotNull VillageRequest request, @Context UriInfo uriInfo) {
        VillageView created = villages.create(communeCode, request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(EntityTags.of(created.version()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.SUPPORT_AGENCY, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get a village")
    @APIResponse(responseCode = "200", description = "The village",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION,
                    schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VillageView.class)))
    public Response getVillage(@PathParam("id") UUID id) {
        VillageView village = villages.get(communeCode, id);
        return Response.ok(village).tag(EntityTags.of(village.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR,
        Roles.INTEGRATION})
    @Operation(summary = "Rename a village or change its kind",
            description = "Requires `If-Match` with the village's ETag: 428 without it, 412 when it is stale.")
    @APIResponse(responseCode = "200", description = "The updated village",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION,
                    schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VillageView.class)))
    public Response updateVillage(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the village as last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull VillageRequest request) {
        VillageView village = villages.update(communeCode, id, ifMatch, request);
        return Response.ok(village).tag(EntityTags.of(village.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR,
        Roles.INTEGRATION})
    @Operation(summary = "Delete a village",
            description = "Requires `If-Match` with the village's ETag. A village that records refer to cannot be "
                    + "deleted (409).")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteVillage(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the village as last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        villages.delete(communeCode, id, ifMatch);
    }
}
