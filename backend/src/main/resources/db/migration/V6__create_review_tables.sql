-- Reviews (rà soát): the calendar of public holidays that working-day durations skip, periodic and
-- regular campaigns per commune, the households each lists and what happened to them, and the
-- meetings, postings, complaints, opinion and decision of each campaign.

CREATE TABLE public_holiday (
    day        date         PRIMARY KEY,
    name       varchar(120) NOT NULL,
    updated_at timestamptz  NOT NULL DEFAULT now(),
    updated_by varchar(100) NOT NULL DEFAULT 'migration'
);

-- Seeded 2025–2027 (Bộ luật Lao động 2019 art. 112 and the yearly Tết and compensatory days);
-- administrators edit them.
INSERT INTO public_holiday (day, name) VALUES
    ('2025-01-01', 'Tết Dương lịch'),
    ('2025-01-25', 'Tết Nguyên đán'), ('2025-01-26', 'Tết Nguyên đán'), ('2025-01-27', 'Tết Nguyên đán'),
    ('2025-01-28', 'Tết Nguyên đán'), ('2025-01-29', 'Tết Nguyên đán'), ('2025-01-30', 'Tết Nguyên đán'),
    ('2025-01-31', 'Tết Nguyên đán'), ('2025-02-01', 'Tết Nguyên đán'), ('2025-02-02', 'Tết Nguyên đán'),
    ('2025-04-07', 'Giỗ Tổ Hùng Vương'),
    ('2025-04-30', 'Ngày Chiến thắng'), ('2025-05-01', 'Quốc tế Lao động'), ('2025-05-02', 'Nghỉ bù'),
    ('2025-09-01', 'Quốc khánh (ngày liền kề)'), ('2025-09-02', 'Quốc khánh'),
    ('2026-01-01', 'Tết Dương lịch'),
    ('2026-02-14', 'Tết Nguyên đán'), ('2026-02-15', 'Tết Nguyên đán'), ('2026-02-16', 'Tết Nguyên đán'),
    ('2026-02-17', 'Tết Nguyên đán'), ('2026-02-18', 'Tết Nguyên đán'), ('2026-02-19', 'Tết Nguyên đán'),
    ('2026-02-20', 'Tết Nguyên đán'), ('2026-02-21', 'Tết Nguyên đán'), ('2026-02-22', 'Tết Nguyên đán'),
    ('2026-04-26', 'Giỗ Tổ Hùng Vương'), ('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương'),
    ('2026-04-30', 'Ngày Chiến thắng'), ('2026-05-01', 'Quốc tế Lao động'),
    ('2026-09-01', 'Quốc khánh (ngày liền kề)'), ('2026-09-02', 'Quốc khánh'),
    ('2027-01-01', 'Tết Dương lịch'),
    ('2027-02-05', 'Tết Nguyên đán'), ('2027-02-06', 'Tết Nguyên đán'), ('2027-02-07', 'Tết Nguyên đán'),
    ('2027-02-08', 'Tết Nguyên đán'), ('2027-02-09', 'Tết Nguyên đán'), ('2027-02-10', 'Tết Nguyên đán'),
    ('2027-04-16', 'Giỗ Tổ Hùng Vương'),
    ('2027-04-30', 'Ngày Chiến thắng'), ('2027-05-01', 'Quốc tế Lao động'), ('2027-05-03', 'Nghỉ bù'),
    ('2027-09-02', 'Quốc khánh'), ('2027-09-03', 'Quốc khánh (ngày liền kề)');

CREATE TABLE review_campaign (
    id                uuid         PRIMARY KEY,
    commune_code      varchar(5)   NOT NULL REFERENCES admin_unit (code),
    province_code     varchar(5)   NOT NULL REFERENCES admin_unit (code),
    kind              varchar(10)  NOT NULL CHECK (kind IN ('PERIODIC', 'REGULAR')),
    year              integer      NOT NULL,
    month             integer      CHECK (month BETWEEN 1 AND 12),
    status            varchar(20)  NOT NULL,
    opens_on          date         NOT NULL,
    closes_on         date         NOT NULL,
    -- due dates of the steps (a province may set its own), in order
    survey_due        date         NOT NULL,
    meetings_due      date         NOT NULL,
    posting_due       date         NOT NULL,
    opinion_due       date         NOT NULL,
    decision_due      date         NOT NULL,
    posting_days      integer      NOT NULL DEFAULT 3 CHECK (posting_days BETWEEN 1 AND 30),
    recheck_days      integer      NOT NULL DEFAULT 3 CHECK (recheck_days BETWEEN 1 AND 30),
    opinion_by        varchar(100),
    opinion_on        date,
    opinion_text      varchar(2000),
    decision_number   varchar(50),
    decision_on       date,
    decided_by        varchar(100),
    version           integer      NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL,
    created_by        varchar(100) NOT NULL,
    updated_at        timestamptz  NOT NULL,
    updated_by        varchar(100) NOT NULL
);

CREATE UNIQUE INDEX review_campaign_periodic_uq ON review_campaign (commune_code, year) WHERE kind = 'PERIODIC';
CREATE UNIQUE INDEX review_campaign_regular_uq ON review_campaign (commune_code, year, month) WHERE kind = 'REGULAR';
CREATE INDEX review_campaign_province_idx ON review_campaign (province_code, year, commune_code);

CREATE TABLE review_item (
    id                uuid         PRIMARY KEY,
    campaign_id       uuid         NOT NULL REFERENCES review_campaign (id),
    household_id      uuid         NOT NULL REFERENCES household (id),
    village_id        uuid         REFERENCES village (id),
    origin            varchar(20)  NOT NULL,
    request_form      varchar(10),
    requested_on      date,
    decide_by         date,
    screening_passed  boolean,
    screening_note    varchar(500),
    state             varchar(20)  NOT NULL,
    previous_class    varchar(16),
    record_id         uuid         REFERENCES household_record (id),
    proposed_class    varchar(16),
    final_class       varchar(16),
    transition        varchar(30),
    excluded_reason   varchar(500),
    note              varchar(500),
    updated_at        timestamptz  NOT NULL,
    updated_by        varchar(100) NOT NULL,
    CONSTRAINT review_item_once UNIQUE (campaign_id, household_id)
);

CREATE INDEX review_item_campaign_idx ON review_item (campaign_id, state);

CREATE TABLE review_meeting (
    id             uuid          PRIMARY KEY,
    campaign_id    uuid          NOT NULL REFERENCES review_campaign (id),
    village_id     uuid          REFERENCES village (id),
    held_on        date          NOT NULL,
    chair          varchar(150)  NOT NULL,
    attendees      integer       NOT NULL CHECK (attendees > 0),
    agreeing       integer       NOT NULL CHECK (agreeing >= 0),
    passed         boolean       NOT NULL,
    minutes_name   varchar(200),
    minutes        bytea,
    households     integer       NOT NULL,
    created_at     timestamptz   NOT NULL,
    created_by     varchar(100)  NOT NULL,
    CONSTRAINT review_meeting_agreeing CHECK (agreeing <= attendees)
);

CREATE INDEX review_meeting_campaign_idx ON review_meeting (campaign_id, held_on);

CREATE TABLE review_posting (
    id           uuid         PRIMARY KEY,
    campaign_id  uuid         NOT NULL REFERENCES review_campaign (id),
    starts_on    date         NOT NULL,
    working_days integer      NOT NULL,
    ends_on      date         NOT NULL,
    households   integer      NOT NULL,
    created_at   timestamptz  NOT NULL,
    created_by   varchar(100) NOT NULL
);

CREATE INDEX review_posting_campaign_idx ON review_posting (campaign_id, starts_on);

CREATE TABLE review_complaint (
    id           uuid          PRIMARY KEY,
    campaign_id  uuid          NOT NULL REFERENCES review_campaign (id),
    item_id      uuid          NOT NULL REFERENCES review_item (id),
    complainant  varchar(150)  NOT NULL,
    kind         varchar(20)   NOT NULL CHECK (kind IN ('WRONGLY_INCLUDED', 'WRONGLY_EXCLUDED', 'DATA_ERROR')),
    content      varchar(2000),
    received_on  date          NOT NULL,
    recheck_due  date          NOT NULL,
    resolved_on  date,
    outcome      varchar(10)   CHECK (outcome IN ('UPHELD', 'REJECTED')),
    resolution   varchar(2000),
    created_at   timestamptz   NOT NULL,
    created_by   varchar(100)  NOT NULL
);

CREATE INDEX review_complaint_campaign_idx ON review_complaint (campaign_id, received_on);

-- a campaign's audit trail: its own entries and those of its households' review items
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_id, at DESC, id DESC);
