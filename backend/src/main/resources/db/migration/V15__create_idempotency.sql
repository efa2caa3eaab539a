-- Idempotent creates (issue 13): the first answer to a POST sent with an Idempotency-Key is kept per caller for
-- 24 hours, and a retry with the same key and the same request gets it again without a second write.
-- A row without a status is a request still being answered.
CREATE TABLE idempotency_record (
    caller        varchar(100)  NOT NULL,
    key           varchar(255)  NOT NULL,
    request_hash  char(64)      NOT NULL,
    status        integer,
    content_type  varchar(200),
    location      varchar(1000),
    etag          varchar(200),
    body          text,
    created_at    timestamptz   NOT NULL,
    PRIMARY KEY (caller, key)
);

CREATE INDEX idempotency_record_created_idx ON idempotency_record (created_at);
