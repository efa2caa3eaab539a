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
 * Refuses a body larger than {@code quarkus.http.limits.max-body-size} with a 413 problem document
 * before reading it (the HTTP layer's own refusal has no body).
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Inject
    ObjectMapper objectMapper;

    void register(@Observes Filters filters) {
        long limit = maxBodySize.asLongValue();
        filters.register(ctx -> {
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
