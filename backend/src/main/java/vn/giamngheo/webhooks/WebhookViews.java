package vn.giamngheo.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.changes.ChangeViews.EntityType;

/** What the webhook operations take and answer. */
public final class WebhookViews {

    private WebhookViews() {
    }

    @Schema(name = "WebhookStatus", description = "ACTIVE: changes are sent. PAUSED: it kept failing (or was paused); "
            + "nothing is sent until it is resumed, and the changes meanwhile are sent then")
    public enum Status {
        ACTIVE, PAUSED
    }

    @Schema(name = "WebhookDeliveryStatus", description = "PENDING: being sent or waiting for its next attempt. "
            + "DELIVERED: the receiver answered 2xx. FAILED: every attempt failed; it can be sent again")
    public enum DeliveryStatus {
        PENDING, DELIVERED, FAILED
    }

    @Schema(name = "WebhookSubscriptionRequest", description = "Where to send the changes of a province")
    public record SubscriptionRequest(
            @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://[^\\s]+", message = "must be an http(s) URL")
            @Schema(description = "Receives a POST per change", examples = "https://sldtbxh.hue.gov.vn/giamngheo/hooks")
            String url,
            @Schema(nullable = true, description = "The kinds of entity whose changes are sent; all when none")
            List<EntityType> entityTypes,
            @Pattern(regexp = "[0-9]{2}")
            @Schema(nullable = true, description = "The province; by default the caller's own") String provinceCode,
            @Size(max = 300) @Schema(nullable = true) String description) {
    }

    @Schema(name = "WebhookSubscription", description = "A subscription to a province's changes")
    public record SubscriptionView(UUID id, String provinceCode, String url, List<EntityType> entityTypes,
            @Schema(nullable = true) String description, Status status,
            @Schema(nullable = true, description = "Why it was paused") String pausedReason,
            @Schema(description = "Failed attempts since the last success") int consecutiveFailures,
            @Schema(description = "The last change position turned into deliveries") long lastPosition,
            @Schema(nullable = true, description = "The signing secret (whsec_…): given once, when the subscription "
                    + "is made; null afterwards") String secret,
            Instant createdAt, String createdBy) {
    }

    @Schema(name = "WebhookSubscriptionPage", description = "One page of subscriptions")
    public record SubscriptionPage(List<SubscriptionView> items,
            @Schema(nullable = true, description = "Cursor of the next page; null on the last page") String nextCursor) {
    }

    @Schema(name = "WebhookAttempt", description = "One try to deliver")
    public record AttemptView(Instant attemptedAt,
            @Schema(nullable = true, description = "The receiver's status; null when no answer came") Integer statusCode,
            @Schema(nullable = true) String error, int durationMs) {
    }

    @Schema(name = "WebhookDelivery", description = "One change sent to one subscription, with every attempt")
    public record DeliveryView(
            @Schema(description = "The webhook-id header, the same for every attempt") UUID id,
            long position, String eventType, DeliveryStatus status, int attempts,
            @Schema(nullable = true) Instant nextAttemptAt, Instant createdAt,
            @Schema(nullable = true) Instant deliveredAt, List<AttemptView> attemptLog) {
    }

    @Schema(name = "WebhookDeliveryPage", description = "Deliveries, newest first")
    public record DeliveryPage(List<DeliveryView> items,
            @Schema(nullable = true, description = "Cursor of the next page; null on the last page") String nextCursor) {
    }
}
