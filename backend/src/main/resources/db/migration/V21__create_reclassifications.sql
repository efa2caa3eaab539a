-- Re-classification of a province under another standard (vn.giamngheo.reclassification): a what-if, kept apart
-- from the official records (it never writes a record, a decision or a figure). A job lives here from request to
-- result; a backend that stops leaves its lease to run out and the next runner starts the job again.

CREATE TABLE reclassification (
    id                 uuid         PRIMARY KEY,
    province_code      varchar(5)   NOT NULL REFERENCES admin_unit (code),
    survey_year        integer      NOT NULL,
    -- the published standard the households are classified under
    standard_code      varchar(40)  NOT NULL REFERENCES poverty_standard (code),
    phase              varchar(10)  NOT NULL CHECK (phase IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    households_total   integer,
    households_done    integer      NOT NULL DEFAULT 0,
    -- households the standard could not classify (their survey lacks what it needs)
    households_failed  integer      NOT NULL DEFAULT 0,
    households_moved   integer,
    failure_code       varchar(60),
    failure_message    varchar(1000),
    lease_owner        varchar(60),
    lease_until        timestamptz,
    created_at         timestamptz  NOT NULL,
    created_by         varchar(100) NOT NULL,
    started_at         timestamptz,
    finished_at        timestamptz
);

CREATE INDEX reclassification_area_idx ON reclassification (province_code, created_at DESC, id DESC);
CREATE INDEX reclassification_runnable_idx ON reclassification (created_at) WHERE phase IN ('QUEUED', 'RUNNING');

-- each household's class under the standard, beside its official class and its record's own class
CREATE TABLE reclassification_household (
    job_id          uuid         NOT NULL REFERENCES reclassification (id) ON DELETE CASCADE,
    household_id    uuid         NOT NULL,
    commune_code    varchar(5)   NOT NULL,
    -- the class the last decision gave it for the year (null: no decision yet)
    official_class  varchar(16),
    -- the class the year's record has under the standard it was surveyed with
    record_class    varchar(16)  NOT NULL,
    -- the class under the job's standard (null when it could not be classified: see error)
    what_if_class   varchar(16),
    error           varchar(60)
);

CREATE INDEX reclassification_household_idx ON reclassification_household (job_id, commune_code, household_id);

-- the counts moving between classes, per commune (official → what-if; 'NONE' without a decision, 'ERROR' when
-- the standard could not classify the household)
CREATE TABLE reclassification_movement (
    job_id          uuid         NOT NULL REFERENCES reclassification (id) ON DELETE CASCADE,
    commune_code    varchar(5)   NOT NULL,
    from_class      varchar(16)  NOT NULL,
    to_class        varchar(16)  NOT NULL,
    households      integer      NOT NULL,
    PRIMARY KEY (job_id, commune_code, from_class, to_class)
);
