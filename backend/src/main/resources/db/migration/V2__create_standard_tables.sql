-- Poverty standards as versioned data. The definition (lines, rule, dimensions, indicators and
-- their thresholds) is one JSON document validated by the application; the columns beside it are
-- what queries filter on.

CREATE TABLE poverty_standard (
    code          varchar(40)  PRIMARY KEY,
    status        varchar(12)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    year_from     integer      NOT NULL,
    year_to       integer      NOT NULL,
    definition    jsonb        NOT NULL,
    based_on      varchar(40)  REFERENCES poverty_standard (code),
    version       integer      NOT NULL DEFAULT 0,
    -- set when the registry first classifies a household under this standard; from then on the
    -- standard is immutable and a change means a new version
    in_use_since  timestamptz,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(100) NOT NULL,
    updated_at    timestamptz  NOT NULL,
    updated_by    varchar(100) NOT NULL,
    published_at  timestamptz,
    published_by  varchar(100),
    retired_at    timestamptz,
    retired_by    varchar(100),
    CONSTRAINT poverty_standard_years CHECK (year_from <= year_to),
    -- at most one published standard governs any year
    CONSTRAINT poverty_standard_no_overlap EXCLUDE USING gist (int4range(year_from, year_to, '[]') WITH &&)
        WHERE (status = 'PUBLISHED')
);

CREATE INDEX poverty_standard_status_years_idx ON poverty_standard (status, year_from, year_to);
