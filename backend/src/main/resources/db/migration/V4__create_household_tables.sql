-- The household registry: households, their members, one record per household and review year
-- (the facts of that survey and the class computed from them), and the audit trail.

CREATE TABLE household (
    id                   uuid         PRIMARY KEY,
    code                 varchar(30)  NOT NULL,
    commune_code         varchar(5)   NOT NULL REFERENCES admin_unit (code),
    -- the commune's province, kept here so that province lists need no join
    province_code        varchar(5)   NOT NULL REFERENCES admin_unit (code),
    village_id           uuid         REFERENCES village (id),
    address              varchar(300),
    phone                varchar(20),
    head_member_id       uuid,
    status               varchar(10)  NOT NULL CHECK (status IN ('ACTIVE', 'CLOSED')),
    close_reason         varchar(20)  CHECK (close_reason IN ('MOVED_AWAY', 'DISSOLVED', 'MERGED', 'SPLIT')),
    closed_on            date,
    -- the household that took over its members (merge, split)
    successor_id         uuid         REFERENCES household (id),
    -- the latest current yearly record, kept here for list filters
    latest_year          integer,
    latest_class         varchar(16)  CHECK (latest_class IN ('POOR', 'NEAR_POOR', 'AVERAGE_LIVING', 'NOT_POOR')),
    latest_standard      varchar(40)  REFERENCES poverty_standard (code),
    latest_deprived      varchar(40)[] NOT NULL DEFAULT '{}',
    no_labour_capacity   boolean,
    meritorious_member   boolean,
    ethnic_minority      boolean,
    -- lower-case head name without diacritics, for search and display order
    head_name            varchar(150),
    search_head_name     varchar(150),
    version              integer      NOT NULL DEFAULT 0,
    created_at           timestamptz  NOT NULL,
    created_by           varchar(100) NOT NULL,
    updated_at           timestamptz  NOT NULL,
    updated_by           varchar(100) NOT NULL,
    CONSTRAINT household_code_per_commune UNIQUE (commune_code, code),
    CONSTRAINT household_closed_has_reason CHECK ((status = 'CLOSED') = (close_reason IS NOT NULL))
);

-- lists: a commune's (or province's) households in code order, a page at a time
CREATE INDEX household_commune_code_idx ON household (commune_code, code, id);
CREATE INDEX household_province_code_idx ON household (province_code, code, id);
CREATE INDEX household_commune_class_idx ON household (commune_code, latest_class, code, id);
CREATE INDEX household_village_idx ON household (village_id);
CREATE INDEX household_code_trgm_idx ON household USING gin (code gin_trgm_ops);
CREATE INDEX household_deprived_idx ON household USING gin (latest_deprived);

CREATE TABLE household_member (
    id                       uuid         PRIMARY KEY,
    household_id             uuid         NOT NULL REFERENCES household (id),
    full_name                varchar(150) NOT NULL,
    search_name              varchar(150) NOT NULL,
    sex                      varchar(8)   CHECK (sex IN ('MALE', 'FEMALE')),
    birth_date               date,
    ethnicity                varchar(2),
    citizen_id               varchar(12)  CHECK (citizen_id ~ '^[0-9]{12}$'),
    relation_to_head         varchar(20)  NOT NULL,
    labour_capacity          varchar(10),
    employment               varchar(30),
    monthly_social_allowance boolean,
    disabled                 boolean,
    nutrition                varchar(12),
    health_insurance         boolean,
    attending_school         boolean,
    highest_education        varchar(20),
    meritorious              boolean,
    sick_without_care        boolean,
    status                   varchar(10)  NOT NULL CHECK (status IN ('ACTIVE', 'LEFT')),
    left_reason              varchar(20)  CHECK (left_reason IN ('MOVED_OUT', 'DIED', 'MOVED_TO_HOUSEHOLD')),
    left_on                  date,
    position                 integer      NOT NULL,
    version                  integer      NOT NULL DEFAULT 0,
    created_at               timestamptz  NOT NULL,
    created_by               varchar(100) NOT NULL,
    updated_at               timestamptz  NOT NULL,
    updated_by               varchar(100) NOT NULL
);

CREATE INDEX household_member_household_idx ON household_member (household_id, position);
CREATE INDEX household_member_name_trgm_idx ON household_member USING gin (search_name gin_trgm_ops);
-- a citizen ID belongs to one active member at a time
CREATE UNIQUE INDEX household_member_citizen_id_uq ON household_member (citizen_id)
    WHERE status = 'ACTIVE' AND citizen_id IS NOT NULL;

ALTER TABLE household ADD CONSTRAINT household_head_fk
    FOREIGN KEY (head_member_id) REFERENCES household_member (id) DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE household_record (
    id                    uuid         PRIMARY KEY,
    household_id          uuid         NOT NULL REFERENCES household (id),
    survey_year           integer      NOT NULL,
    survey_date           date         NOT NULL,
    reviewer              varchar(150),
    area_type             varchar(8)   NOT NULL CHECK (area_type IN ('URBAN', 'RURAL')),
    monthly_income        bigint       CHECK (monthly_income >= 0),
    score_a               integer      CHECK (score_a >= 0),
    -- the officer's ticks, the dwelling facts and the members' facts as surveyed
    given_deprivations    jsonb        NOT NULL DEFAULT '{}',
    household_facts       jsonb        NOT NULL,
    member_facts          jsonb        NOT NULL,
    causes                varchar(30)[] NOT NULL DEFAULT '{}',
    needs                 varchar(20)[] NOT NULL DEFAULT '{}',
    -- the class computed from them, with the standard and the full explanation
    standard_code         varchar(40)  NOT NULL REFERENCES poverty_standard (code),
    classification        varchar(16)  NOT NULL,
    deprived_indicators   varchar(40)[] NOT NULL,
    score_b               integer      NOT NULL,
    income_basis          varchar(16)  NOT NULL,
    explanation           jsonb        NOT NULL,
    -- a later record of the same year replaces this one (a correction) but never erases it
    current               boolean      NOT NULL DEFAULT true,
    supersedes_id         uuid         REFERENCES household_record (id),
    correction_reason     varchar(500),
    -- set when a decision used the record: from then on it never changes
    locked_at             timestamptz,
    created_at            timestamptz  NOT NULL,
    created_by            varchar(100) NOT NULL
);

CREATE UNIQUE INDEX household_record_current_uq ON household_record (household_id, survey_year) WHERE current;
CREATE INDEX household_record_household_idx ON household_record (household_id, survey_year DESC, created_at DESC);
CREATE INDEX household_record_year_class_idx ON household_record (survey_year, classification) WHERE current;

CREATE TABLE audit_entry (
    id            bigserial    PRIMARY KEY,
    at            timestamptz  NOT NULL,
    actor         varchar(100) NOT NULL,
    action        varchar(40)  NOT NULL,
    entity_type   varchar(30)  NOT NULL,
    entity_id     uuid         NOT NULL,
    household_id  uuid,
    commune_code  varchar(5),
    -- [{"field": ..., "before": ..., "after": ...}]
    changes       jsonb        NOT NULL DEFAULT '[]'
);

CREATE INDEX audit_entry_household_idx ON audit_entry (household_id, at DESC, id DESC);

-- the next household number of each commune
CREATE TABLE household_code_counter (
    commune_code varchar(5) PRIMARY KEY REFERENCES admin_unit (code),
    next_number  integer    NOT NULL
);
