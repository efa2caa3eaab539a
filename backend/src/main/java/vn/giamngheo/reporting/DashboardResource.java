package vn.giamngheo.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.giamngheo.reporting.DashboardViews.ProvisionalFigures;
import vn.giamngheo.reporting.DashboardViews.DashboardView;
import vn.giamngheo.reporting.DashboardViews.HistoricalFigureRequest;
import vn.giamngheo.reporting.DashboardViews.HistoricalFigureView;
import vn.giamngheo.reporting.DashboardViews.PovertyTargetRequest;
import vn.giamngheo.reporting.DashboardViews.PovertyTargetView;

/** Dashboards, targets and the yearly figures entered by hand. */
@Path("/api/v1")
@Tag(name = "Dashboards", description = "Poverty over time against targets, deprivations, the map and deadlines")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    private static final String AREA = "A commune (5 digits), a province (2 digits) or VN for the country";

    @Inject
    DashboardQueries dashboards;

    @Inject
    TargetService targets;

    @GET
    @Path("/dashboards/{areaCode}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.AUDITOR,
        Roles.INTEGRATION})
    @Operation(summary = "A unit's dashboard", description = "Households, poor and near-poor and their rates by year "
            + "(registry; hand-entered figures for years without records), targets with progress and traffic lights, "
            + "the poor's top deprivations, the map of the units below and the reporting deadlines.")
    public DashboardView getDashboard(@Parameter(description = AREA) @PathParam("areaCode")
            @Pattern(regexp = "[0-9]{2}|[0-9]{5}|VN") String areaCode) {
        return dashboards.dashboard(areaCode);
    }

    @GET
    @Path("/dashboards/{areaCode}/provisional")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.AUDITOR,
        Roles.INTEGRATION})
    @Operation(summary = "A year's provisional figures", description = "Clearly not the official record: the year's "
            + "official figures (every active household with the class its latest decision fixed) beside the same with "
            + "the undecided surveys of open campaigns in place of the surveyed households' official classes.")
    public ProvisionalFigures getProvisionalFigures(@Parameter(description = AREA) @PathParam("areaCode")
            @Pattern(regexp = "[0-9]{2}|[0-9]{5}|VN") String areaCode,
            @QueryParam("year") @NotNull @Min(2016) @Max(2100) Integer year) {
        return dashboards.provisional(areaCode, year);
    }

    @GET
    @Path("/targets")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.AUDITOR,
        Roles.INTEGRATION})
    @Operation(summary = "A unit's targets, with progress")
    public List<PovertyTargetView> listPovertyTargets(@QueryParam("unitCode") @NotNull @Pattern(regexp = "[0-9]{2}|[0-9]{5}")
            String unitCode) {
        dashboards.area(unitCode);
        return dashboards.targets(unitCode, dashboards.years(unitCode));
    }

    @POST
    @Path("/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR})
    @Operation(summary = "Set a target", description = "E.g. poor households without labour capacity at most 1.7 % of "
            + "households by 2025.")
    @APIResponse(responseCode = "201", description = "Set",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PovertyTargetView.class)))
    public Response createPovertyTarget(@Valid @NotNull PovertyTargetRequest request) {
        PovertyTarget t = targets.create(request);
        PovertyTargetView view = dashboards.view(t, t.unitCode, dashboards.years(t.unitCode));
        return Response.status(Response.Status.CREATED).entity(view).tag(EntityTags.of(view.version())).build();
    }

    @PUT
    @Path("/targets/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR})
    @Operation(summary = "Change a target", description = "Requires If-Match.")
    public Response updatePovertyTarget(@PathParam("id") UUID id,
            @Parameter(description = "ETag as last read", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PovertyTargetRequest request) {
        PovertyTarget t = targets.update(id, ifMatch, request);
        PovertyTargetView view = dashboards.view(PovertyTarget.findById(t.id), t.unitCode, dashboards.years(t.unitCode));
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @DELETE
    @Path("/targets/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR})
    @Operation(summary = "Remove a target")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deletePovertyTarget(@PathParam("id") UUID id) {
        targets.delete(id);
    }

    @GET
    @Path("/historical-figures/{unitCode}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.AUDITOR,
        Roles.INTEGRATION})
    @Operation(summary = "A unit's yearly figures entered by hand")
    public List<HistoricalFigureView> listHistoricalFigures(@PathParam("unitCode") @Pattern(regexp = "[0-9]{2}|[0-9]{5}")
            String unitCode) {
        dashboards.area(unitCode);
        return dashboards.historical(unitCode);
    }

    @PUT
    @Path("/historical-figures/{unitCode}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Enter a year's figures by hand", description = "For years (or units) without household data "
            + "in the registry, such as the years before it; they show on the dashboard's charts.")
    public List<HistoricalFigureView> putHistoricalFigure(
            @PathParam("unitCode") @Pattern(regexp = "[0-9]{2}|[0-9]{5}") String unitCode,
            @PathParam("year") @Min(1990) @Max(2100) int year, @Valid @NotNull HistoricalFigureRequest request) {
        targets.putHistorical(unitCode, year, request);
        return dashboards.historical(unitCode);
    }
}
