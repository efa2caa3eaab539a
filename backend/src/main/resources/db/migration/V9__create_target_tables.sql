-- Targets of a unit and yearly figures entered for units or years without household data
-- (domain.md §6: a ward's 2016-2021 series and its 2025 targets).

CREATE TABLE historical_figure (
    unit_code        varchar(5)    NOT NULL,
    year             integer       NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    households       integer       CHECK (households >= 0),
    poor             integer       CHECK (poor >= 0),
    poor_rate        numeric(6,3)  CHECK (poor_rate BETWEEN 0 AND 100),
    near_poor        integer       CHECK (near_poor >= 0),
    near_poor_rate   numeric(6,3)  CHECK (near_poor_rate BETWEEN 0 AND 100),
    standard         varchar(100),
    source           varchar(500)  NOT NULL,
    updated_at       timestamptz   NOT NULL,
    updated_by       varchar(100)  NOT NULL,
    PRIMARY KEY (unit_code, year)
);

CREATE TABLE poverty_target (
    id               uuid          PRIMARY KEY,
    unit_code        varchar(5)    NOT NULL,
    year             integer       NOT NULL CHECK (year BETWEEN 2016 AND 2100),
    indicator        varchar(30)   NOT NULL CHECK (indicator IN ('POVERTY_RATE', 'NEAR_POVERTY_RATE',
                         'NO_LABOUR_POOR_RATE', 'ESCAPED_HOUSEHOLDS', 'MERITORIOUS_POOR')),
    target_value     numeric(12,3) NOT NULL CHECK (target_value >= 0),
    baseline_year    integer,
    baseline_value   numeric(12,3),
    source           varchar(500),
    version          integer       NOT NULL DEFAULT 0,
    updated_at       timestamptz   NOT NULL,
    updated_by       varchar(100)  NOT NULL,
    CONSTRAINT poverty_target_once UNIQUE (unit_code, year, indicator)
);
