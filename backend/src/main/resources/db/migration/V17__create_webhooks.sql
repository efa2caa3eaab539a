-- Webhooks: a province's system subscribes to the changes of its province and gets each one pushed to its URL,
-- signed as Standard Webhooks sign (webhook-id, webhook-timestamp, webhook-signature). Deliveries are made from
-- the change feed's outbox (V16): a subscription keeps its own cursor into change_event.

CREATE TABLE webhook_subscription (
    id                    uuid          PRIMARY KEY,
    province_code         varchar(5)    NOT NULL REFERENCES admin_unit (code),
    url                   varchar(2000) NOT NULL,
    -- the kinds of entity whose changes are sent (ChangeEntityType names); never empty
    entity_types          varchar(20)[] NOT NULL,
    description           varchar(300),
    -- whsec_ + base64 of the key; shown to the subscriber once, when the subscription is made
    secret                varchar(100)  NOT NULL,
    status                varchar(10)   NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED')),
    paused_reason         varchar(300),
    -- the last change position turned into deliveries
    last_position         bigint        NOT NULL,
    -- failed attempts since the last success; at the limit the subscription is paused
    consecutive_failures  integer       NOT NULL DEFAULT 0,
    version               integer       NOT NULL DEFAULT 0,
    created_at            timestamptz   NOT NULL,
    created_by            varchar(100)  NOT NULL,
    updated_at            timestamptz   NOT NULL,
    updated_by            varchar(100)  NOT NULL
);
CREATE INDEX webhook_subscription_province_idx ON webhook_subscription (province_code, created_at, id);

CREATE TABLE webhook_delivery (
    -- the webhook-id header: the same for every attempt of one delivery, so receivers can drop repeats
    id               uuid          PRIMARY KEY,
    subscription_id  uuid          NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    position         bigint        NOT NULL,
    event_type       varchar(40)   NOT NULL,
    payload          text          NOT NULL,
    status           varchar(10)   NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer       NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    created_at       timestamptz   NOT NULL,
    delivered_at     timestamptz,
    CONSTRAINT webhook_delivery_once UNIQUE (subscription_id, position)
);
-- what is due, oldest first
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_subscription_idx ON webhook_delivery (subscription_id, position DESC);

CREATE TABLE webhook_attempt (
    id            bigserial     PRIMARY KEY,
    delivery_id   uuid          NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempted_at  timestamptz   NOT NULL,
    -- null when no answer came (refused, timed out)
    status_code   integer,
    error         varchar(500),
    duration_ms   integer       NOT NULL
);
CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (delivery_id, id);
