package vn.giamngheo.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.area.AreaService;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.security.Roles;

@Path("/api/v1/me")
@Tag(name = "Account", description = "The signed-in user")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    CurrentUser user;

    @Inject
    AreaService areas;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.SUPPORT_AGENCY, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Who am I", description = "The caller's name, roles and jurisdiction, as the token grants them.")
    public CurrentUserView getCurrentUser() {
        List<CurrentUserView.AreaRef> jurisdiction = areas.findUnits(user.areaCodes()).stream()
                .map(u -> new CurrentUserView.AreaRef(u.code, u.name, u.fullName, u.level, u.provinceCode))
                .toList();
        return new CurrentUserView(user.username(), user.displayName(), user.email(), user.roles(),
                user.isNational(), jurisdiction);
    }
}
