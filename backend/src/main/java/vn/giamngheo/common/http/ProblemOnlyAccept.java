package vn.giamngheo.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A client that accepts only problem documents ({@code Accept: application/problem+json}) asks to be able to read
 * our errors, not to refuse every success: the Python client openapi-generator writes sends exactly that for a
 * download, whose operation lists the file types and the problem type. Such an Accept stands for "anything the
 * operation produces" (RFC 9110 §12.5.1 lets a server disregard Accept rather than answer 406), so it is read as
 * {@code *}{@code /*}; an Accept that names any other type is matched as sent.
 */
public class ProblemOnlyAccept {

    @ServerRequestFilter(preMatching = true)
    public void widen(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && onlyProblems(accept)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, "*/*");
        }
    }

    static boolean onlyProblems(String accept) {
        boolean any = false;
        for (String range : accept.split(",")) {
            String type = range.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (type.isEmpty()) {
                continue;
            }
            if (!type.startsWith("application/problem+")) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
