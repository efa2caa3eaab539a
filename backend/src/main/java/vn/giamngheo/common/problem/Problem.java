package vn.giamngheo.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document. Every error the API returns has this shape, with a stable
 * {@code code} that clients translate and {@code violations} for invalid input.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details with a stable error code")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "URI identifying the problem type", example = "urn:giamngheo:problem:village.duplicate_name")
        URI type,
        @Schema(description = "Short, human-readable summary of the problem type", example = "Conflict")
        String title,
        @Schema(description = "HTTP status code", example = "409")
        int status,
        @Schema(description = "Explanation specific to this occurrence")
        String detail,
        @Schema(description = "The request path that caused the problem")
        String instance,
        @Schema(description = "Stable machine-readable error code", example = "village.duplicate_name")
        String code,
        @Schema(description = "Per-field violations of invalid input")
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "urn:giamngheo:problem:";

    public record Violation(
            @Schema(description = "Path of the offending field or parameter", example = "name")
            String field,
            @Schema(description = "What is wrong with it")
            String message) {
    }
}
