package vn.giamngheo.common.problem;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Builds problem responses; the one place that knows their media type and shape. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Problem problem(int status, String code, String detail, String instance,
            List<Problem.Violation> violations) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : titleFor(status);
        return new Problem(URI.create(Problem.TYPE_BASE + code), title, status, detail, instance, code,
                violations == null || violations.isEmpty() ? null : List.copyOf(violations));
    }

    public static Response response(int status, String code, String detail, String instance,
            List<Problem.Violation> violations) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(problem(status, code, detail, instance, violations))
                .build();
    }

    private static String titleFor(int status) {
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 413 -> "Content Too Large";
            default -> "HTTP " + status;
        };
    }
}
