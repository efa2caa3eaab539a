package vn.giamngheo.area;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.area.AreaViews.CommunePage;
import vn.giamngheo.area.AreaViews.ProvinceView;
import vn.giamngheo.common.paging.PageLimits;
import vn.giamngheo.common.security.Roles;

@Path("/api/v1/provinces")
@Tag(name = "Areas", description = "Administrative units: provinces, communes and villages")
@Produces(MediaType.APPLICATION_JSON)
public class ProvincesResource {

    @Inject
    AreaService areas;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.SUPPORT_AGENCY, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List the 34 provinces",
            description = "Provinces and province-level cities in force, in code order, with their commune counts.")
    public List<ProvinceView> listProvinces() {
        return areas.listProvinces();
    }

    @GET
    @Path("/{code}/communes")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.SUPPORT_AGENCY, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List the communes of a province",
            description = "Communes, wards and special zones in name order, a page at a time. `q` matches names "
                    + "without diacritics (\"huong tra\" finds \"Hương Trà\").")
    public CommunePage listCommunes(
            @Parameter(description = "Province code", example = "46") @PathParam("code") String code,
            @Parameter(description = "Part of the name, with or without diacritics")
            @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "Only units of this type") @QueryParam("type") UnitType type,
            @Parameter(description = "Also list units abolished by a reorganisation")
            @QueryParam("includeAbolished") @DefaultValue("false") boolean includeAbolished,
            @Parameter(description = "Page size") @QueryParam("limit") @DefaultValue("" + PageLimits.DEFAULT)
            @Min(1) @Max(PageLimits.MAX) int limit,
            @Parameter(description = "The nextCursor of the previous page")
            @QueryParam("after") @Pattern(regexp = "[A-Za-z0-9_-]{1,400}") String after) {
        return areas.listCommunes(code, q, type, includeAbolished, limit, after);
    }
}
