package vn.giamngheo.common.openapi;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.giamngheo.common.problem.Problem;

/**
 * Finishes the generated document for client generators:
 * <ul>
 * <li>documents the error responses every operation can give as problem documents: authentication
 * and role errors everywhere, 404 where a path names a resource, 400/413/422 where a body is read,
 * 409 on writes, 412/428 where If-Match is required;</li>
 * <li>moves the roles an operation allows from the security requirement (where OpenID Connect
 * expects scopes) into its description;</li>
 * <li>marks every property of a response-only schema required: responses always carry every
 * property, null when there is no value, so generated types need no optional fields. Schemas a
 * request body can contain keep their optional properties;</li>
 * <li>writes every schema one way, the way generators read: a reference carries no {@code type} beside it, a
 * nullable reference is {@code anyOf: [$ref, null]} and nothing else, and a reference's default is said in its
 * description (a default beside a reference makes some generators lose the enum type);</li>
 * <li>declares how a client authenticates: a bearer token, obtained by a provincial system through the
 * client-credentials flow of the Keycloak realm; and where the API is served.</li>
 * </ul>
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                    .forEach((method, operation) -> {
                        if (method == PathItem.HttpMethod.POST && !path.startsWith("/api/v1/classification/")) {
                            addIdempotencyKey(operation);
                        }
                        addProblems(openAPI, path, method, operation);
                        describeRoles(operation);
                    }));
        }
        normalizeSchemas(openAPI);
        security(openAPI);
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
            java.util.Set<String> inRequests = requestSchemas(openAPI, schemas);
            schemas.forEach((name, schema) -> {
                boolean responseOnly = !inRequests.contains(name) && !name.equals("Problem");
                if (responseOnly && schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                    schema.setRequired(new java.util.ArrayList<>(schema.getProperties().keySet()));
                }
            });
        }
    }

    static final String BEARER = "bearer";
    static final String CLIENT_CREDENTIALS = "clientCredentials";
    static final String REALM = "http://localhost:8180/realms/giamngheo";

    /**
     * Two ways to present the same Keycloak token: any bearer token of the realm (people sign in with authorization
     * code + PKCE in the SPA), or the client-credentials flow a provincial system runs with its own client.
     */
    private static void security(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        var components = openAPI.getComponents();
        if (components.getSecuritySchemes() != null) {
            new java.util.ArrayList<>(components.getSecuritySchemes().keySet()).forEach(components::removeSecurityScheme);
        }
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("An access token of the Keycloak realm giamngheo, sent as "
                        + "`Authorization: Bearer <token>`"));
        components.addSecurityScheme(CLIENT_CREDENTIALS, OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.OAUTH2)
                .description("A provincial system's own Keycloak client (for example tinh-hue-sync) gets its token "
                        + "with the client-credentials grant; the token URL is the realm's on the deployment used")
                .flows(OASFactory.createOAuthFlows().clientCredentials(OASFactory.createOAuthFlow()
                        .tokenUrl(REALM + "/protocol/openid-connect/token")
                        .scopes(new java.util.LinkedHashMap<>()))));
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
                    op.setSecurity(new java.util.ArrayList<>(java.util.List.of(
                            OASFactory.createSecurityRequirement().addScheme(BEARER),
                            OASFactory.createSecurityRequirement().addScheme(CLIENT_CREDENTIALS))));
                }
            }));
        }
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(OASFactory.createServer().url("http://localhost:8080")
                    .description("make run; a deployment serves this document at /q/openapi with its own address"));
        }
    }

    /** Every schema of the document, written one way (see the class comment). */
    private static void normalizeSchemas(OpenAPI openAPI) {
        java.util.Deque<Schema> pending = new java.util.ArrayDeque<>();
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            pending.addAll(openAPI.getComponents().getSchemas().values());
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getParameters() != null) {
                    op.getParameters().forEach(p -> {
                        if (p.getSchema() != null) {
                            normalize(p.getSchema());
                            // a parameter's words belong to the parameter, not beside its schema's reference
                            if (p.getSchema().getRef() != null && p.getSchema().getDescription() != null) {
                                p.setDescription(p.getDescription() == null ? p.getSchema().getDescription()
                                        : p.getDescription() + " " + p.getSchema().getDescription());
                                p.getSchema().setDescription(null);
                            }
                            pending.add(p.getSchema());
                        }
                    });
                }
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> {
                        if (m.getSchema() != null) {
                            pending.add(m.getSchema());
                        }
                    });
                }
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    op.getResponses().getAPIResponses().values().forEach(r -> {
                        if (r.getContent() != null) {
                            r.getContent().getMediaTypes().values().forEach(m -> {
                                if (m.getSchema() != null) {
                                    pending.add(m.getSchema());
                                }
                            });
                        }
                    });
                }
            }));
        }
        java.util.Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (!seen.add(schema)) {
                continue;
            }
            normalize(schema);
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            if (schema.getItems() != null) {
                pending.add(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                pending.add(schema.getAdditionalPropertiesSchema());
            }
            for (java.util.List<Schema> list : java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf(),
                    schema.getAllOf())) {
                if (list != null) {
                    pending.addAll(list);
                }
            }
        }
    }

    static void normalize(Schema schema) {
        // allOf: [$ref, {default: X}] → $ref with the default beside it
        java.util.List<Schema> allOf = schema.getAllOf();
        if (allOf != null && allOf.size() == 2 && allOf.get(0).getRef() != null && allOf.get(1).getRef() == null
                && allOf.get(1).getType() == null && allOf.get(1).getProperties() == null) {
            Schema extra = allOf.get(1);
            schema.setAllOf(null);
            schema.setRef(allOf.get(0).getRef());
            if (extra.getDefaultValue() != null) {
                schema.setDefaultValue(extra.getDefaultValue());
            }
            if (extra.getDescription() != null && schema.getDescription() == null) {
                schema.setDescription(extra.getDescription());
            }
        }
        // a default beside a reference turns the enum into Any for the Python generator: it is said in words
        if (schema.getRef() != null && schema.getDefaultValue() != null) {
            String words = "Default: " + schema.getDefaultValue() + ".";
            schema.setDescription(schema.getDescription() == null ? words : schema.getDescription() + " " + words);
            schema.setDefaultValue(null);
        }
        // a reference, or a nullable reference (anyOf with null), has no type of its own
        boolean nullableRef = schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(s -> s.getRef() != null);
        if (schema.getRef() != null || nullableRef) {
            schema.setType(null);
        }
    }

    /** Names of the component schemas a request body refers to, directly or through other schemas. */
    private static java.util.Set<String> requestSchemas(OpenAPI openAPI, Map<String, Schema> schemas) {
        java.util.Deque<Schema> pending = new java.util.ArrayDeque<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> {
                        if (m.getSchema() != null) {
                            pending.add(m.getSchema());
                        }
                    });
                }
            }));
        }
        java.util.Set<String> found = new java.util.HashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (found.add(name) && schemas.containsKey(name)) {
                    pending.add(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            if (schema.getItems() != null) {
                pending.add(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                pending.add(schema.getAdditionalPropertiesSchema());
            }
            for (java.util.List<Schema> list : java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf(),
                    schema.getAllOf())) {
                if (list != null) {
                    pending.addAll(list);
                }
            }
        }
        return found;
    }

    private static void describeRoles(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        java.util.Set<String> roles = new java.util.TreeSet<>();
        operation.getSecurity().forEach(requirement -> requirement.getSchemes().forEach((scheme, scopes) -> {
            if (scopes != null) {
                roles.addAll(scopes);
            }
            requirement.addScheme(scheme, new java.util.ArrayList<>());
        }));
        if (!roles.isEmpty()) {
            String text = "Roles: " + String.join(", ", roles) + ".";
            String description = operation.getDescription();
            operation.setDescription(description == null || description.isBlank() ? text : description + "\n\n" + text);
        }
    }

    /**
     * Every POST that writes takes an Idempotency-Key ({@link vn.giamngheo.common.http.Idempotency}); the
     * classification's evaluate and compare only compute, so a retry is safe without one.
     */
    private static void addIdempotencyKey(Operation operation) {
        operation.addParameter(OASFactory.createParameter().name(vn.giamngheo.common.http.Idempotency.HEADER)
                .in(Parameter.In.HEADER).required(false)
                .description("A key of your own (a UUID is best) that makes a retry safe: for 24 hours, the same "
                        + "request with the same key gets the first answer again (header Idempotency-Replayed: true) "
                        + "without a second write. The same key with another request: 422 idempotency.key_reused; "
                        + "while the first is still being answered: 409 idempotency.in_progress.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(255)));
    }

    /** A problem response: the name it has among the document's responses, and what it says. */
    private record ProblemResponse(String name, String description) {
    }

    /**
     * The problem responses an operation can give, each a reference to one of the document's shared responses
     * (components/responses) rather than a copy of its own.
     */
    private void addProblems(OpenAPI openAPI, String path, PathItem.HttpMethod method, Operation operation) {
        Map<String, ProblemResponse> problems = new TreeMap<>();
        problems.put("400", new ProblemResponse("BadRequest",
                "Invalid parameters or malformed request (code request.*)"));
        problems.put("401", new ProblemResponse("Unauthenticated",
                "Missing or invalid bearer token (code auth.unauthenticated)"));
        problems.put("403", new ProblemResponse("Forbidden", "Role not allowed (auth.forbidden) or area outside the "
                + "caller's jurisdiction (security.out_of_jurisdiction)"));
        problems.put("500", new ProblemResponse("InternalError",
                "Unexpected error; the detail carries a reference for support (internal.error)"));
        if (path.contains("{")) {
            problems.put("404", new ProblemResponse("NotFound", "No such resource (code <resource>.not_found)"));
        }
        boolean post = method == PathItem.HttpMethod.POST && !path.startsWith("/api/v1/classification/");
        if (operation.getRequestBody() != null) {
            problems.put("413", new ProblemResponse("TooLarge", "Request body too large (request.too_large)"));
            problems.put("422", post
                    ? new ProblemResponse("InvalidOrKeyReused", "Content fails validation (validation.failed, with "
                            + "violations) or breaks a rule, or its Idempotency-Key was used for another request "
                            + "(idempotency.key_reused)")
                    : new ProblemResponse("Invalid",
                            "Content fails validation (validation.failed, with violations) or breaks a rule"));
        } else if (post) {
            problems.put("422", new ProblemResponse("RuleOrKeyReused", "Breaks a rule, or its Idempotency-Key was "
                    + "used for another request (idempotency.key_reused)"));
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE || method == PathItem.HttpMethod.PATCH) {
            problems.put("409", post
                    ? new ProblemResponse("ConflictOrKeyInProgress", "Conflicts with the current state (e.g. a "
                            + "duplicate), or the first request with this Idempotency-Key is still being answered "
                            + "(idempotency.in_progress)")
                    : new ProblemResponse("Conflict", "Conflicts with the current state (e.g. a duplicate)"));
        }
        if (hasIfMatch(operation)) {
            problems.put("412", new ProblemResponse("PreconditionFailed",
                    "If-Match does not match the current version (precondition.failed)"));
            problems.put("428", new ProblemResponse("PreconditionRequired",
                    "If-Match is missing (precondition.required)"));
        }
        APIResponses responses = operation.getResponses();
        problems.forEach((status, problem) -> {
            APIResponse existing = responses.getAPIResponse(status);
            if (existing == null || existing.getContent() == null) {
                if (openAPI.getComponents().getResponses() == null
                        || !openAPI.getComponents().getResponses().containsKey(problem.name())) {
                    openAPI.getComponents().addResponse(problem.name(), problem(problem.description()));
                }
                responses.addAPIResponse(status, OASFactory.createAPIResponse()
                        .ref("#/components/responses/" + problem.name()));
            }
        });
    }

    private static boolean hasIfMatch(Operation operation) {
        if (operation.getParameters() == null) {
            return false;
        }
        for (Parameter p : operation.getParameters()) {
            if (p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName())) {
                return true;
            }
        }
        return false;
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(
                                OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }
}
