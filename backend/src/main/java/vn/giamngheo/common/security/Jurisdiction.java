package vn.giamngheo.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * The single place that decides whether the caller may act in an area. Roles are checked by
 * {@code @RolesAllowed} on each operation; this checks the caller's {@code area_codes}: an admin is
 * national, a province code covers the province and all its communes, a commune code covers that
 * commune only.
 */
@RequestScoped
public class Jurisdiction {

    @Inject
    CurrentUser user;

    @Inject
    AreaHierarchy areas;

    /** Whether the caller's jurisdiction includes the given province or commune. */
    public boolean covers(String areaCode) {
        if (user.isNational()) {
            return true;
        }
        Set<String> granted = user.areaCodes();
        if (granted.contains(areaCode)) {
            return true;
        }
        return areas.provinceOf(areaCode).map(granted::contains).orElse(false);
    }

    /** Refuses with 403 {@code security.out_of_jurisdiction} when the area is outside the caller's. */
    public void require(String areaCode) {
        if (!covers(areaCode)) {
            throw new OutOfJurisdictionException(areaCode);
        }
    }
}
