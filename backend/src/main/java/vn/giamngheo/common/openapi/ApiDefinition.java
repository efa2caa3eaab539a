package vn.giamngheo.common.openapi;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.giamngheo.common.problem.Problem;

/**
 * Document-level OpenAPI declarations. The shared {@code Problem} response is declared here so
 * that {@link ProblemResponsesFilter} can attach error responses to every operation.
 */
@OpenAPIDefinition(
        info = @Info(title = "Giảm Nghèo API", version = "1.0.0"),
        components = @Components(responses = @APIResponse(name = "Problem",
                description = "An RFC 9457 problem document",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))))
public class ApiDefinition extends Application {
}
