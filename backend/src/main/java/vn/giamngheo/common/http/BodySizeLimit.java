package vn.giamngheo.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.giamngheo.common.problem.Problem;
import vn.giamngheo.common.problem.ProblemResponses;

/**
 * Refuses a body larger than its limit with a 413 problem document before reading it (the HTTP layer's own refusal
 * has no body): {@code giamngheo.http.max-body-size} for every request, {@code giamngheo.imports.max-file-size} for
 * the upload of an import file ({@code POST /api/v1/imports}). The HTTP layer's own limit
 * ({@code quarkus.http.limits.max-body-size}) is the larger of the two, for a body sent without a length.
 */
@ApplicationScoped
public class BodySizeLimit {

    static final String UPLOAD_PATH = "/api/v1/imports";

    @ConfigProperty(name = "giamngheo.http.max-body-size")
    MemorySize maxBodySize;

    @ConfigProperty(name = "giamngheo.imports.max-file-size")
    MemorySize maxUploadSize;

    @Inject
    ObjectMapper objectMapper;

    void register(@Observes Filters filters) {
        long bodyLimit = maxBodySize.asLongValue();
        long uploadLimit = maxUploadSize.asLongValue();
        filters.register(ctx -> {
            String path = ctx.request().path();
            long limit = "POST".equals(ctx.request().method().name()) && path != null
                    && (path.equals(UPLOAD_PATH) || path.equals(UPLOAD_PATH + "/")) ? uploadLimit : bodyLimit;
            String header = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long length = parse(header);
            if (length > limit) {
                Problem problem = ProblemResponses.problem(413, "request.too_large",
                        "The request body is larger than the limit of " + limit + " bytes", ctx.request().path(),
                        null);
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(write(problem));
                return;
            }
            ctx.next();
        }, 1000);
    }

    private String write(Problem problem) {
        try {
            return objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long parse(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
