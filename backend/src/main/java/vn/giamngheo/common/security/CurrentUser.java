package vn.giamngheo.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request, read from the verified access token: user name, display
 * name, roles and jurisdiction (claim {@code area_codes}: one or more province or commune codes).
 */
@RequestScoped
public class CurrentUser {

    public static final String AREA_CODES_CLAIM = "area_codes";

    @Inject
    SecurityIdentity identity;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String username() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String preferred = jwt.getClaim("preferred_username");
            if (preferred != null) {
                return preferred;
            }
        }
        return identity.getPrincipal().getName();
    }

    public String displayName() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String name = jwt.getClaim("name");
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return username();
    }

    public String email() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("email") : null;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The product's roles the caller holds (Keycloak's default roles left out), sorted. */
    public List<String> roles() {
        return List.of(Roles.ALL).stream().filter(identity::hasRole).sorted().toList();
    }

    /** Area codes of the caller's jurisdiction as granted in the token. */
    public Set<String> areaCodes() {
        Object claim = identity.getPrincipal() instanceof JsonWebToken jwt
                ? jwt.getClaim(AREA_CODES_CLAIM)
                : identity.getAttribute(AREA_CODES_CLAIM);
        Set<String> codes = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> addCode(codes, v));
        } else if (claim != null) {
            addCode(codes, claim);
        }
        return codes;
    }

    /** A national user sees every area. */
    public boolean isNational() {
        return identity.hasRole(Roles.ADMIN);
    }

    private static void addCode(Set<String> codes, Object value) {
        String text = value instanceof jakarta.json.JsonString json ? json.getString() : String.valueOf(value);
        for (String part : text.split("[,\\s]+")) {
            if (!part.isBlank()) {
                codes.add(part.strip());
            }
        }
    }
}
