package vn.giamngheo.common.security;

/** Realm roles of the Keycloak realm {@code giamngheo}; the names are part of the API contract. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String PROVINCE_OFFICER = "province_officer";
    public static final String COMMUNE_OFFICER = "commune_officer";
    public static final String COMMUNE_CHAIR = "commune_chair";
    public static final String REVIEWER = "reviewer";
    public static final String SUPPORT_AGENCY = "support_agency";
    public static final String AUDITOR = "auditor";
    public static final String INTEGRATION = "integration";

    /** Every role of the product (for endpoints that any signed-in user may call). */
    public static final String[] ALL = {
        ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, COMMUNE_CHAIR, REVIEWER, SUPPORT_AGENCY, AUDITOR, INTEGRATION
    };

    private Roles() {
    }
}
