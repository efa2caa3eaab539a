package vn.giamngheo.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.common.paging.PageLimits;
import vn.giamngheo.common.security.Roles;
import vn.giamngheo.webhooks.WebhookViews.DeliveryPage;
import vn.giamngheo.webhooks.WebhookViews.DeliveryStatus;
import vn.giamngheo.webhooks.WebhookViews.DeliveryView;
import vn.giamngheo.webhooks.WebhookViews.SubscriptionPage;
import vn.giamngheo.webhooks.WebhookViews.SubscriptionRequest;
import vn.giamngheo.webhooks.WebhookViews.SubscriptionView;

/**
 * Webhooks: a province's system (or its officer) subscribes a URL to the province's changes; each change is
 * POSTed there, signed as Standard Webhooks sign (headers webhook-id, webhook-timestamp, webhook-signature =
 * v1,base64(HMAC-SHA256(key, id.timestamp.body))).
 */
@Path("/api/v1/webhooks/subscriptions")
@Tag(name = "Webhooks", description = "Changes pushed to a province's system, signed, retried, recorded")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.INTEGRATION})
public class WebhooksResource {

    @Inject
    WebhookService webhooks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to a province's changes", description = "From now on, each change of the "
            + "province (of the kinds asked for) is POSTed to the URL as {type, timestamp, data: Change}, e.g. type "
            + "household.updated. The answer carries the signing secret, once: keep it. A receiver answers 2xx "
            + "within 10 s; anything else is tried again after a growing wait, and a subscription that keeps "
            + "failing is paused. Deliveries may come more than once (same webhook-id) and out of order: apply a "
            + "change only when its position is above the last you applied, or read the entity at its href.")
    @APIResponse(responseCode = "201", description = "Subscribed",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionView.class)))
    public Response createSubscription(@Valid @NotNull SubscriptionRequest request, @Context UriInfo uri) {
        SubscriptionView view = webhooks.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
    }

    @GET
    @Operation(summary = "List subscriptions", description = "Of the provinces in the caller's jurisdiction")
    public SubscriptionPage listSubscriptions(
            @QueryParam("provinceCode") @Pattern(regexp = "[0-9]{2}") String provinceCode,
            @QueryParam("limit") @DefaultValue("" + PageLimits.DEFAULT) @Min(1) @Max(PageLimits.MAX) int limit,
            @Parameter(description = "The nextCursor of the previous page")
            @QueryParam("after") @Pattern(regexp = "[A-Za-z0-9_-]{1,400}") String after) {
        return webhooks.list(provinceCode, limit, after);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a subscription", description = "The secret is not shown again")
    public SubscriptionView getSubscription(@PathParam("id") UUID id) {
        return webhooks.get(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unsubscribe", description = "Nothing more is sent; its deliveries are forgotten")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    public Response deleteSubscription(@PathParam("id") UUID id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/resumption")
    @Operation(summary = "Resume a paused subscription", description = "Sending starts again where it stopped: "
            + "the changes made while it was paused are sent too")
    public SubscriptionView resumeSubscription(@PathParam("id") UUID id) {
        return webhooks.resume(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "List a subscription's deliveries", description = "Newest first, each with its attempts")
    public DeliveryPage listDeliveries(@PathParam("id") UUID id, @QueryParam("status") DeliveryStatus status,
            @QueryParam("limit") @DefaultValue("" + PageLimits.DEFAULT) @Min(1) @Max(PageLimits.MAX) int limit,
            @Parameter(description = "The nextCursor of the previous page")
            @QueryParam("after") @Pattern(regexp = "[A-Za-z0-9_-]{1,400}") String after) {
        return webhooks.deliveries(id, status, limit, after);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redelivery")
    @Operation(summary = "Send a delivery again", description = "With the same webhook-id, as a new attempt due "
            + "at once (also for a delivery that failed for good, or one the receiver lost)")
    public DeliveryView redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return webhooks.redeliver(id, deliveryId);
    }
}
