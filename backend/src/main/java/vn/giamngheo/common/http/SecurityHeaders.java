package vn.giamngheo.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers every response carries (no MIME sniffing, no framing, no referrer; for the API a CSP that allows
 * nothing, and {@code Cache-Control: no-store} unless the endpoint chose its own: its answers hold personal data),
 * and the bearer scheme read as RFC 6750 allows it ({@code bearer}, any case, then one or more spaces) before the
 * OIDC layer, which expects exactly {@code "Bearer "}.
 */
@ApplicationScoped
public class SecurityHeaders {

    private static final Pattern BEARER = Pattern.compile("(?i)bearer +(\\S+)\\s*");

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization != null && !authorization.startsWith("Bearer ")) {
                Matcher m = BEARER.matcher(authorization);
                if (m.matches()) {
                    ctx.request().headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + m.group(1));
                }
            } else if (authorization != null && authorization.startsWith("Bearer  ")) {
                ctx.request().headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + authorization.substring(7).strip());
            }
            HttpServerResponse response = ctx.response();
            response.putHeader("X-Content-Type-Options", "nosniff");
            response.putHeader("X-Frame-Options", "DENY");
            response.putHeader("Referrer-Policy", "no-referrer");
            String path = ctx.request().path();
            if (path != null && path.startsWith("/api/")) {
                response.putHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
                ctx.addHeadersEndHandler(v -> {
                    if (!response.headers().contains(HttpHeaders.CACHE_CONTROL)) {
                        response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                    }
                });
            }
            ctx.next();
        }, 2000);
    }
}
