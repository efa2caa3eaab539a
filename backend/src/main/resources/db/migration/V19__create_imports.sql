-- Bulk imports (vn.giamngheo.imports): a commune's or province's household lists brought from an Excel or CSV file.
-- A job lives here from upload to commit (or undo), so that a restarted backend finds it and goes on: the runner
-- that holds a job renews its lease while it works; a job whose lease ran out is taken up again by the next runner.

CREATE TABLE import_job (
    id                    uuid         PRIMARY KEY,
    kind                  varchar(20)  NOT NULL CHECK (kind IN ('HOUSEHOLDS')),
    -- the commune or province the file is for: every row must lie inside it
    area_code             varchar(5)   NOT NULL REFERENCES admin_unit (code),
    mode                  varchar(16)  NOT NULL CHECK (mode IN ('ALL_OR_NOTHING', 'PER_HOUSEHOLD')),
    phase                 varchar(16)  NOT NULL CHECK (phase IN ('QUEUED', 'STAGING', 'VALIDATING', 'VALIDATED',
                              'COMMITTING', 'COMMITTED', 'UNDOING', 'UNDONE', 'CANCELLED', 'FAILED')),
    file_name             varchar(255) NOT NULL,
    file_format           varchar(4)   NOT NULL CHECK (file_format IN ('XLSX', 'CSV')),
    file_size             bigint       NOT NULL,
    file_sha256           char(64)     NOT NULL,
    -- where the uploaded file is kept until the job ends (the staging phase reads it, the error workbook too)
    file_path             varchar(1000) NOT NULL,
    rows_total            integer,
    rows_done             integer      NOT NULL DEFAULT 0,
    phase_started_at      timestamptz  NOT NULL,
    households_total      integer,
    households_new        integer,
    households_updated    integer,
    households_unchanged  integer,
    households_rejected   integer,
    members_new           integer,
    members_updated       integer,
    members_unchanged     integer,
    members_rejected      integer,
    issue_count           integer      NOT NULL DEFAULT 0,
    failure_code          varchar(60),
    failure_message       varchar(1000),
    -- the uploader's rights: the job reads and writes the registry with them
    actor_roles           varchar(40)[] NOT NULL,
    actor_area_codes      varchar(5)[] NOT NULL,
    lease_owner           varchar(60),
    lease_until           timestamptz,
    version               integer      NOT NULL DEFAULT 0,
    created_at            timestamptz  NOT NULL,
    created_by            varchar(100) NOT NULL,
    updated_at            timestamptz  NOT NULL,
    committed_at          timestamptz,
    committed_by          varchar(100),
    undone_at             timestamptz,
    undone_by             varchar(100)
);

-- the history of an area, newest first; the runner's queue
CREATE INDEX import_job_area_idx ON import_job (area_code, created_at DESC, id DESC);
CREATE INDEX import_job_runnable_idx ON import_job (created_at)
    WHERE phase IN ('QUEUED', 'STAGING', 'VALIDATING', 'COMMITTING', 'UNDOING');
CREATE INDEX import_job_file_idx ON import_job (file_sha256);

-- the file's rows as they were, one array of cell texts per row (NULL for an empty cell), written with COPY
CREATE TABLE import_row (
    job_id      uuid     NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    row_number  integer  NOT NULL,
    cells       text[]   NOT NULL,
    PRIMARY KEY (job_id, row_number)
);

-- what validation (or the commit) found wrong with a row: the column, a stable code and the message in both languages
CREATE TABLE import_issue (
    job_id       uuid         NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    seq          integer      NOT NULL,
    row_number   integer      NOT NULL,
    column_key   varchar(40),
    code         varchar(60)  NOT NULL,
    message_vi   varchar(500) NOT NULL,
    message_en   varchar(500) NOT NULL,
    PRIMARY KEY (job_id, seq)
);

CREATE INDEX import_issue_row_idx ON import_issue (job_id, row_number, seq);

-- each household of the file: what validation found it would do, and what the commit did
CREATE TABLE import_household (
    job_id           uuid         NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    household_key    varchar(40)  NOT NULL,
    first_row        integer      NOT NULL,
    row_count        integer      NOT NULL,
    action           varchar(10)  NOT NULL CHECK (action IN ('NEW', 'UPDATED', 'UNCHANGED', 'REJECTED')),
    household_id     uuid         REFERENCES household (id),
    household_code   varchar(30),
    head_name        varchar(150),
    members_new      integer      NOT NULL DEFAULT 0,
    members_updated  integer      NOT NULL DEFAULT 0,
    members_unchanged integer     NOT NULL DEFAULT 0,
    -- the class the household's survey in the file gives (null without a survey)
    survey_year      integer,
    classification   varchar(16),
    committed        boolean      NOT NULL DEFAULT false,
    -- the household's row version the commit left, and what it was before (undo checks and restores them)
    version_after    integer,
    before           jsonb,
    PRIMARY KEY (job_id, household_key)
);

CREATE INDEX import_household_row_idx ON import_household (job_id, first_row);
CREATE INDEX import_household_household_idx ON import_household (household_id) WHERE committed;
