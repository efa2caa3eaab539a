package vn.giamngheo.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that reaches the REST layer into an {@code application/problem+json}
 * response with a stable code. Nothing else in the code base builds error responses, and no stack
 * trace or class name leaves the server.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response mapProblem(ProblemException e, UriInfo uri) {
        return ProblemResponses.response(e.status(), e.code(), e.getMessage(), path(uri), e.violations());
    }

    @ServerExceptionMapper
    public Response mapUnauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response mapAuthenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response mapForbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.response(403, "auth.forbidden",
                "Your role does not allow this operation", path(uri), null);
    }

    @ServerExceptionMapper
    public Response mapConstraintViolation(ConstraintViolationException e, UriInfo uri, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (e.getConstraintViolations().stream()
                .anyMatch(v -> v.getInvalidValue() == null && isBody(method, v))) {
            return ProblemResponses.response(400, "request.body_required",
                    "This operation needs a JSON request body", path(uri), null);
        }
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        boolean onlyParameters = e.getConstraintViolations().stream()
                .allMatch(v -> parameterIndex(v) >= 0 && !isBody(method, v));
        if (onlyParameters) {
            return ProblemResponses.response(400, "request.invalid_parameter",
                    "One or more request parameters are invalid", path(uri), violations);
        }
        return ProblemResponses.response(422, "validation.failed",
                "The request content is invalid", path(uri), violations);
    }

    // Jackson's exceptions get mappers of their own: the most specific mapper wins, and Quarkus ships
    // built-in ones for some of them that would answer in plain JSON.

    @ServerExceptionMapper
    public Response mapMismatchedInput(MismatchedInputException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response mapJson(JsonProcessingException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    private Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return ProblemResponses.response(400, "request.unknown_property",
                    "Unknown property '" + unknown.getPropertyName() + "'", path(uri),
                    List.of(new Problem.Violation(jsonPath(unknown), "is not a known property")));
        }
        if (e instanceof InvalidFormatException invalid) {
            return ProblemResponses.response(400, "request.invalid_value",
                    "A value in the request body has the wrong type or is not allowed", path(uri),
                    List.of(new Problem.Violation(jsonPath(invalid), describe(invalid))));
        }
        if (e instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return ProblemResponses.response(400, "request.invalid_value",
                    "A value in the request body has the wrong type", path(uri),
                    List.of(new Problem.Violation(jsonPath(mismatched), "has the wrong type")));
        }
        return malformed(uri);
    }

    private Response malformed(UriInfo uri) {
        return ProblemResponses.response(400, "request.malformed_json",
                "The request body is not the expected JSON document", path(uri), null);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response mapConcurrentUpdate(RuntimeException e, UriInfo uri) {
        return ProblemResponses.response(412, "precondition.failed",
                "The resource was changed by someone else meanwhile; reload it and try again", path(uri), null);
    }

    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internalError(e, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json, uri);
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a query or path parameter cannot be converted: it is bad input
            return ProblemResponses.response(400, "request.invalid_parameter",
                    "A parameter has a value of the wrong type", path(uri), null);
        }
        String code = switch (status) {
            case 400 -> "request.invalid_parameter";
            case 401 -> "auth.unauthenticated";
            case 403 -> "auth.forbidden";
            case 404 -> "http.not_found";
            case 405 -> "http.method_not_allowed";
            case 406 -> "http.not_acceptable";
            case 413 -> "request.too_large";
            case 415 -> "http.unsupported_media_type";
            default -> "http." + status;
        };
        String detail = switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "No acceptable representation; this API produces application/json";
            case 415 -> "Unsupported content type; send application/json";
            default -> e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                    ? Response.Status.fromStatusCode(status) == null ? "Request refused"
                            : Response.Status.fromStatusCode(status).getReasonPhrase()
                    : e.getMessage();
        };
        Response response = ProblemResponses.response(status, code, detail, path(uri), null);
        if (status == 401) {
            return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(response)
                    .header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW)).build();
        }
        return response;
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response mapUnexpected(Throwable e, UriInfo uri) {
        return internalError(e, uri);
    }

    private Response internalError(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        if (carriesData(e)) {
            // the database's message quotes the values involved (names, citizen IDs): log the kind only
            LOG.errorf("Unexpected error %s on %s: %s (database error, details withheld)", incident, path(uri),
                    e.getClass().getName());
        } else {
            LOG.errorf(e, "Unexpected error %s on %s", incident, path(uri));
        }
        return ProblemResponses.response(500, "internal.error",
                "An unexpected error occurred; quote reference " + incident + " when reporting it", path(uri), null);
    }

    private static boolean carriesData(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException || t instanceof jakarta.persistence.PersistenceException) {
                return true;
            }
        }
        return false;
    }

    private Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(ProblemResponses.response(401, "auth.unauthenticated",
                        "A valid bearer token is required", path(uri), null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    /** Index of the method parameter itself being invalid (method.param), or -1 for a deeper path. */
    private static int parameterIndex(ConstraintViolation<?> violation) {
        Path.Node last = null;
        int depth = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            last = node;
            depth++;
        }
        if (depth == 2 && last.getKind() == ElementKind.PARAMETER) {
            return last.as(Path.ParameterNode.class).getParameterIndex();
        }
        return -1;
    }

    /** Whether the violation is on the request body itself (the parameter without a JAX-RS annotation). */
    private static boolean isBody(Method method, ConstraintViolation<?> violation) {
        int index = parameterIndex(violation);
        if (method == null || index < 0 || index >= method.getParameterCount()) {
            return false;
        }
        for (Annotation annotation : method.getParameterAnnotations()[index]) {
            String pkg = annotation.annotationType().getPackageName();
            if (pkg.equals("jakarta.ws.rs") || pkg.equals("jakarta.ws.rs.core")
                    || pkg.startsWith("org.jboss.resteasy.reactive")) {
                return false;
            }
        }
        return true;
    }

    /** "createVillage.request.name" → "name"; "listCommunes.limit" → "limit". */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            // a node inside a list carries the index of the list it is in: members[0].citizenId
            if (node.isInIterable() && !names.isEmpty()) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (key != null) {
                    names.set(names.size() - 1, names.get(names.size() - 1) + "[" + key + "]");
                }
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                names.add(name);
            }
        }
        if (names.size() > 1 && violation.getPropertyPath().iterator().next().getKind() == ElementKind.METHOD) {
            names.remove(0); // the body parameter's own name is noise to a client
        }
        return names.isEmpty() ? "" : String.join(".", names);
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String describe(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        }
        String typeName = target == null ? "value" : switch (target.getSimpleName()) {
            case "Integer", "int", "Long", "long", "Short", "short" -> "an integer";
            case "BigDecimal", "Double", "double" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "LocalDate" -> "a date (yyyy-MM-dd)";
            case "UUID" -> "a UUID";
            default -> "a valid value";
        };
        return "must be " + typeName;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
