package vn.giamngheo.area;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.area.AreaViews.AreaTypeRequest;
import vn.giamngheo.area.AreaViews.AreaView;
import vn.giamngheo.common.security.Roles;

@Path("/api/v1/areas")
@Tag(name = "Areas")
@Produces(MediaType.APPLICATION_JSON)
public class AreasResource {

    @Inject
    AreaService areas;

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.SUPPORT_AGENCY, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get any administrative unit", description = "A province or a commune, by its official code.")
    public AreaView getArea(@Parameter(description = "Unit code", example = "20179") @PathParam("code") String code) {
        return areas.getArea(code);
    }

    @PUT
    @Path("/{code}/area-type")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set a special zone's area type",
            description = "Chooses whether the urban or the rural income line applies to a special zone (đặc khu). "
                    + "Wards are urban and communes rural by law and cannot be changed.")
    public AreaView setAreaType(@Parameter(description = "Unit code") @PathParam("code") String code,
            @Valid @NotNull AreaTypeRequest request) {
        return areas.setAreaType(code, request.areaType());
    }
}
