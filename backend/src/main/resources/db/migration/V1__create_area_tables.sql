-- Administrative units (provinces and communes after the 2025 reform, plus abolished units later)
-- and the villages each commune keeps for itself.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE admin_unit (
    code           varchar(5)   PRIMARY KEY,
    level          varchar(16)  NOT NULL CHECK (level IN ('PROVINCE', 'COMMUNE')),
    unit_type      varchar(16)  NOT NULL
                   CHECK (unit_type IN ('MUNICIPALITY', 'PROVINCE', 'WARD', 'COMMUNE', 'SPECIAL_ZONE')),
    name           varchar(100) NOT NULL,
    full_name      varchar(150) NOT NULL,
    name_en        varchar(100),
    full_name_en   varchar(150),
    -- lower-case name without diacritics ("huong tra"), for search; maintained by the application
    search_name    varchar(150) NOT NULL,
    province_code  varchar(5)   REFERENCES admin_unit (code),
    area_type      varchar(8)   CHECK (area_type IN ('URBAN', 'RURAL')),
    valid_from     date         NOT NULL,
    valid_to       date,
    successor_code varchar(5)   REFERENCES admin_unit (code),
    CONSTRAINT admin_unit_province_only_for_communes CHECK ((level = 'COMMUNE') = (province_code IS NOT NULL)),
    CONSTRAINT admin_unit_area_type_only_for_communes CHECK ((level = 'COMMUNE') = (area_type IS NOT NULL)),
    CONSTRAINT admin_unit_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

-- communes of a province, in name order (keyset pagination on (search_name, code))
CREATE INDEX admin_unit_province_name_idx ON admin_unit (province_code, search_name, code);
CREATE INDEX admin_unit_search_trgm_idx ON admin_unit USING gin (search_name gin_trgm_ops);

-- which official unit lists were loaded, so a restart does not load them again
CREATE TABLE admin_unit_dataset (
    name        varchar(100) PRIMARY KEY,
    sha256      char(64)     NOT NULL,
    unit_count  integer      NOT NULL,
    imported_at timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE village (
    id           uuid         PRIMARY KEY,
    commune_code varchar(5)   NOT NULL REFERENCES admin_unit (code),
    name         varchar(100) NOT NULL,
    kind         varchar(20)  NOT NULL CHECK (kind IN ('VILLAGE', 'RESIDENTIAL_GROUP')),
    search_name  varchar(100) NOT NULL,
    version      integer      NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL,
    created_by   varchar(100) NOT NULL,
    updated_at   timestamptz  NOT NULL,
    updated_by   varchar(100) NOT NULL
);

-- one name per commune, whatever its letter case ("Thôn 1" and "thôn 1" are the same village)
CREATE UNIQUE INDEX village_commune_name_uq ON village (commune_code, lower(name));
CREATE INDEX village_commune_order_idx ON village (commune_code, search_name, id);
