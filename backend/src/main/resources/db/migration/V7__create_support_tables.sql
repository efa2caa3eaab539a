-- Support for poor households (domain.md §2.5, §4): helping agencies and their groups, plans with
-- items from a catalogue, the commitment, monthly visits and cross-checks between groups.

CREATE TABLE support_agency (
    id             uuid         PRIMARY KEY,
    name           varchar(200) NOT NULL,
    search_name    varchar(200) NOT NULL,
    kind           varchar(30)  NOT NULL,
    level          varchar(20)  NOT NULL,
    province_code  varchar(5)   NOT NULL REFERENCES admin_unit (code),
    contact_name   varchar(150),
    contact_phone  varchar(30),
    contact_email  varchar(150),
    version        integer      NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL,
    created_by     varchar(100) NOT NULL,
    updated_at     timestamptz  NOT NULL,
    updated_by     varchar(100) NOT NULL
);
CREATE UNIQUE INDEX support_agency_name_uq ON support_agency (province_code, search_name);

-- Which agency a user with role support_agency works for.
CREATE TABLE support_agency_user (
    username       varchar(100) PRIMARY KEY,
    agency_id      uuid         NOT NULL REFERENCES support_agency (id),
    assigned_at    timestamptz  NOT NULL,
    assigned_by    varchar(100) NOT NULL
);
CREATE INDEX support_agency_user_agency_idx ON support_agency_user (agency_id);

CREATE TABLE help_group (
    id              uuid         PRIMARY KEY,
    name            varchar(200) NOT NULL,
    province_code   varchar(5)   NOT NULL REFERENCES admin_unit (code),
    lead_agency_id  uuid         NOT NULL REFERENCES support_agency (id),
    version         integer      NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(100) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      varchar(100) NOT NULL
);
CREATE INDEX help_group_province_idx ON help_group (province_code, name);

-- Every agency of a group, the lead included.
CREATE TABLE help_group_agency (
    group_id   uuid NOT NULL REFERENCES help_group (id),
    agency_id  uuid NOT NULL REFERENCES support_agency (id),
    PRIMARY KEY (group_id, agency_id)
);
CREATE INDEX help_group_agency_agency_idx ON help_group_agency (agency_id);

CREATE TABLE help_group_commune (
    group_id      uuid       NOT NULL REFERENCES help_group (id),
    commune_code  varchar(5) NOT NULL REFERENCES admin_unit (code),
    PRIMARY KEY (group_id, commune_code)
);
CREATE INDEX help_group_commune_commune_idx ON help_group_commune (commune_code);

CREATE TABLE help_group_lead_change (
    id              uuid          PRIMARY KEY,
    group_id        uuid          NOT NULL REFERENCES help_group (id),
    from_agency_id  uuid          NOT NULL REFERENCES support_agency (id),
    to_agency_id    uuid          NOT NULL REFERENCES support_agency (id),
    changed_on      date          NOT NULL,
    reason          varchar(1000) NOT NULL,
    changed_at      timestamptz   NOT NULL,
    changed_by      varchar(100)  NOT NULL
);
CREATE INDEX help_group_lead_change_group_idx ON help_group_lead_change (group_id, changed_on);

-- A household is helped by one group at a time.
CREATE TABLE help_group_household (
    household_id  uuid         PRIMARY KEY REFERENCES household (id),
    group_id      uuid         NOT NULL REFERENCES help_group (id),
    assigned_on   date         NOT NULL,
    assigned_at   timestamptz  NOT NULL,
    assigned_by   varchar(100) NOT NULL
);
CREATE INDEX help_group_household_group_idx ON help_group_household (group_id);

-- The support catalogue: what each kind addresses (indicator codes and/or income).
CREATE TABLE support_kind (
    code              varchar(30)  PRIMARY KEY,
    name              varchar(150) NOT NULL,
    name_en           varchar(150) NOT NULL,
    indicators        varchar(40)[] NOT NULL DEFAULT '{}',
    addresses_income  boolean      NOT NULL,
    unit              varchar(30)  NOT NULL,
    position          integer      NOT NULL
);

INSERT INTO support_kind (code, name, name_en, indicators, addresses_income, unit, position) VALUES
    ('SEEDLINGS', 'Cây giống', 'Seedlings', '{}', true, 'cây', 1),
    ('LIVESTOCK', 'Con giống', 'Livestock', '{}', true, 'con', 2),
    ('LATRINE', 'Hố xí hợp vệ sinh', 'Hygienic latrine', '{SANITATION}', false, 'công trình', 3),
    ('LABOUR_DAYS', 'Ngày công lao động', 'Labour days', '{}', true, 'ngày công', 4),
    ('GREEN_FENCE', 'Hàng rào xanh', 'Green fence', '{}', false, 'mét', 5),
    ('PREFERENTIAL_CREDIT', 'Vay vốn ưu đãi', 'Preferential credit', '{}', true, 'khoản vay', 6),
    ('VOCATIONAL_TRAINING', 'Đào tạo nghề', 'Vocational training', '{ADULT_EDUCATION,EMPLOYMENT}', true, 'người', 7),
    ('JOB_PLACEMENT', 'Giới thiệu việc làm, xuất khẩu lao động', 'Job placement or contract work abroad',
        '{EMPLOYMENT}', true, 'người', 8),
    ('HEALTH_INSURANCE_CARD', 'Thẻ bảo hiểm y tế', 'Health-insurance card', '{HEALTH_INSURANCE}', false, 'thẻ', 9),
    ('HOUSE_REPAIR', 'Sửa chữa nhà ở', 'House repair', '{HOUSING_QUALITY,HOUSING_AREA}', false, 'căn', 10),
    ('CLEAN_WATER', 'Đấu nối nước sạch', 'Clean-water connection', '{DRINKING_WATER}', false, 'đấu nối', 11),
    ('OTHER', 'Hỗ trợ khác', 'Other support', '{}', false, 'lần', 12);

-- A province's policy on a kind (the seed district: "limit livestock, prefer seedlings"). No foreign
-- key to admin_unit: the units are imported after the migrations, and the seeded policy of Huế (46)
-- must exist from the start.
CREATE TABLE support_kind_policy (
    province_code  varchar(5)    NOT NULL,
    kind_code      varchar(30)   NOT NULL REFERENCES support_kind (code),
    discouraged    boolean       NOT NULL,
    note           varchar(1000),
    updated_at     timestamptz   NOT NULL,
    updated_by     varchar(100)  NOT NULL,
    PRIMARY KEY (province_code, kind_code)
);

INSERT INTO support_kind_policy (province_code, kind_code, discouraged, note, updated_at, updated_by) VALUES
    ('46', 'LIVESTOCK', true,
     'Hạn chế giúp đỡ con giống, ưu tiên cây giống để tạo nguồn thu nhập lâu dài, ổn định', now(), 'seed');

-- One plan per household and year.
CREATE TABLE support_plan (
    id            uuid         PRIMARY KEY,
    household_id  uuid         NOT NULL REFERENCES household (id),
    group_id      uuid         NOT NULL REFERENCES help_group (id),
    year          integer      NOT NULL,
    escape_year   integer      NOT NULL,
    support_type  varchar(30)  NOT NULL,
    version       integer      NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(100) NOT NULL,
    updated_at    timestamptz  NOT NULL,
    updated_by    varchar(100) NOT NULL,
    CONSTRAINT support_plan_once UNIQUE (household_id, year)
);
CREATE INDEX support_plan_group_idx ON support_plan (group_id, year);
CREATE INDEX support_plan_year_idx ON support_plan (year, escape_year);

CREATE TABLE support_item (
    id               uuid          PRIMARY KEY,
    plan_id          uuid          NOT NULL REFERENCES support_plan (id),
    kind_code        varchar(30)   NOT NULL REFERENCES support_kind (code),
    agency_id        uuid          NOT NULL REFERENCES support_agency (id),
    description      varchar(500),
    quantity         numeric(12,2) NOT NULL CHECK (quantity > 0),
    unit             varchar(30)   NOT NULL,
    value_vnd        bigint        NOT NULL CHECK (value_vnd >= 0),
    funding_source   varchar(30)   NOT NULL,
    planned_on       date          NOT NULL,
    delivered_on     date,
    status           varchar(20)   NOT NULL,
    addresses_need   boolean       NOT NULL,
    discouraged      boolean       NOT NULL,
    created_at       timestamptz   NOT NULL,
    created_by       varchar(100)  NOT NULL,
    updated_at       timestamptz   NOT NULL,
    updated_by       varchar(100)  NOT NULL
);
CREATE INDEX support_item_plan_idx ON support_item (plan_id);
CREATE INDEX support_item_kind_idx ON support_item (kind_code, status, delivered_on);
CREATE INDEX support_item_agency_idx ON support_item (agency_id, status);

-- Bản cam kết between the agency and the household, before any delivery.
CREATE TABLE support_commitment (
    plan_id      uuid          PRIMARY KEY REFERENCES support_plan (id),
    signed_on    date          NOT NULL,
    signatories  varchar(1000) NOT NULL,
    file_name    varchar(200),
    file         bytea,
    recorded_at  timestamptz   NOT NULL,
    recorded_by  varchar(100)  NOT NULL
);

CREATE TABLE support_visit (
    id            uuid          PRIMARY KEY,
    plan_id       uuid          NOT NULL REFERENCES support_plan (id),
    visited_on    date          NOT NULL,
    visitor       varchar(150)  NOT NULL,
    observed      varchar(2000) NOT NULL,
    next_step     varchar(1000),
    created_at    timestamptz   NOT NULL,
    created_by    varchar(100)  NOT NULL
);
CREATE INDEX support_visit_plan_idx ON support_visit (plan_id, visited_on DESC);

-- A group inspects another group's support work: paired (A checks B and B checks A) or a sample.
CREATE TABLE cross_check (
    id                  uuid         PRIMARY KEY,
    year                integer      NOT NULL,
    mode                varchar(10)  NOT NULL CHECK (mode IN ('PAIRED', 'SAMPLE')),
    inspector_group_id  uuid         NOT NULL REFERENCES help_group (id),
    inspected_group_id  uuid         NOT NULL REFERENCES help_group (id),
    created_at          timestamptz  NOT NULL,
    created_by          varchar(100) NOT NULL,
    CHECK (inspector_group_id <> inspected_group_id)
);
CREATE INDEX cross_check_inspector_idx ON cross_check (inspector_group_id, year);
CREATE INDEX cross_check_inspected_idx ON cross_check (inspected_group_id, year);

-- The households a sample check covers (a paired check covers all of the inspected group's).
CREATE TABLE cross_check_household (
    check_id      uuid NOT NULL REFERENCES cross_check (id),
    household_id  uuid NOT NULL REFERENCES household (id),
    PRIMARY KEY (check_id, household_id)
);

CREATE TABLE cross_check_finding (
    id            uuid          PRIMARY KEY,
    check_id      uuid          NOT NULL REFERENCES cross_check (id),
    household_id  uuid          NOT NULL REFERENCES household (id),
    item_id       uuid          REFERENCES support_item (id),
    outcome       varchar(20)   NOT NULL,
    remarks       varchar(2000),
    found_on      date          NOT NULL,
    created_at    timestamptz   NOT NULL,
    created_by    varchar(100)  NOT NULL
);
CREATE INDEX cross_check_finding_check_idx ON cross_check_finding (check_id, found_on);
