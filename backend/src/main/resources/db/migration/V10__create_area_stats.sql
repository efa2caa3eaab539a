-- Yearly figures per commune, kept current with the yearly records, so that dashboards of a province
-- of a million households read a few hundred rows instead of millions of records.

CREATE TABLE area_year_stat (
    commune_code       varchar(5)  NOT NULL,
    province_code      varchar(5)  NOT NULL,
    survey_year        integer     NOT NULL,
    households         integer     NOT NULL,
    persons            integer     NOT NULL,
    poor               integer     NOT NULL,
    poor_persons       integer     NOT NULL,
    near_poor          integer     NOT NULL,
    near_poor_persons  integer     NOT NULL,
    average_living     integer     NOT NULL,
    poor_no_labour     integer     NOT NULL,
    poor_meritorious   integer     NOT NULL,
    -- poor in the year before, not poor in this one
    escaped            integer     NOT NULL,
    PRIMARY KEY (commune_code, survey_year)
);
CREATE INDEX area_year_stat_province_idx ON area_year_stat (province_code, survey_year);

CREATE TABLE area_year_deprivation (
    commune_code    varchar(5)   NOT NULL,
    province_code   varchar(5)   NOT NULL,
    survey_year     integer      NOT NULL,
    classification  varchar(16)  NOT NULL,
    indicator       varchar(40)  NOT NULL,
    households      integer      NOT NULL,
    PRIMARY KEY (commune_code, survey_year, classification, indicator)
);
CREATE INDEX area_year_deprivation_province_idx ON area_year_deprivation (province_code, survey_year);

-- Recomputes one commune's figures of a year (and the escapes of the next year, which depend on it).
CREATE FUNCTION refresh_area_stats(p_commune varchar, p_year integer) RETURNS void AS $$
BEGIN
    DELETE FROM area_year_stat WHERE commune_code = p_commune AND survey_year IN (p_year, p_year + 1);
    DELETE FROM area_year_deprivation WHERE commune_code = p_commune AND survey_year = p_year;
    INSERT INTO area_year_stat
    SELECT h.commune_code, min(h.province_code), r.survey_year, count(*),
           coalesce(sum(jsonb_array_length(r.member_facts)), 0),
           count(*) FILTER (WHERE r.classification = 'POOR'),
           coalesce(sum(jsonb_array_length(r.member_facts)) FILTER (WHERE r.classification = 'POOR'), 0),
           count(*) FILTER (WHERE r.classification = 'NEAR_POOR'),
           coalesce(sum(jsonb_array_length(r.member_facts)) FILTER (WHERE r.classification = 'NEAR_POOR'), 0),
           count(*) FILTER (WHERE r.classification = 'AVERAGE_LIVING'),
           count(*) FILTER (WHERE r.classification = 'POOR'
                            AND r.explanation -> 'subgroups' ->> 'noLabourCapacity' = 'true'),
           count(*) FILTER (WHERE r.classification = 'POOR'
                            AND r.explanation -> 'subgroups' ->> 'meritoriousMember' = 'true'),
           count(*) FILTER (WHERE r.classification <> 'POOR' AND EXISTS (SELECT 1 FROM household_record p
                            WHERE p.household_id = r.household_id AND p.current
                            AND p.survey_year = r.survey_year - 1 AND p.classification = 'POOR'))
    FROM household_record r JOIN household h ON h.id = r.household_id
    WHERE r.current AND h.commune_code = p_commune AND r.survey_year IN (p_year, p_year + 1)
    GROUP BY h.commune_code, r.survey_year;
    INSERT INTO area_year_deprivation
    SELECT h.commune_code, min(h.province_code), r.survey_year, r.classification, d.code, count(*)
    FROM household_record r JOIN household h ON h.id = r.household_id
    CROSS JOIN LATERAL unnest(r.deprived_indicators) AS d(code)
    WHERE r.current AND h.commune_code = p_commune AND r.survey_year = p_year
      AND r.classification IN ('POOR', 'NEAR_POOR')
    GROUP BY h.commune_code, r.survey_year, r.classification, d.code;
END;
$$ LANGUAGE plpgsql;

-- Recomputes everything (after a bulk load).
CREATE FUNCTION refresh_all_area_stats() RETURNS void AS $$
BEGIN
    TRUNCATE area_year_stat, area_year_deprivation;
    INSERT INTO area_year_stat
    SELECT h.commune_code, min(h.province_code), r.survey_year, count(*),
           coalesce(sum(jsonb_array_length(r.member_facts)), 0),
           count(*) FILTER (WHERE r.classification = 'POOR'),
           coalesce(sum(jsonb_array_length(r.member_facts)) FILTER (WHERE r.classification = 'POOR'), 0),
           count(*) FILTER (WHERE r.classification = 'NEAR_POOR'),
           coalesce(sum(jsonb_array_length(r.member_facts)) FILTER (WHERE r.classification = 'NEAR_POOR'), 0),
           count(*) FILTER (WHERE r.classification = 'AVERAGE_LIVING'),
           count(*) FILTER (WHERE r.classification = 'POOR'
                            AND r.explanation -> 'subgroups' ->> 'noLabourCapacity' = 'true'),
           count(*) FILTER (WHERE r.classification = 'POOR'
                            AND r.explanation -> 'subgroups' ->> 'meritoriousMember' = 'true'),
           count(*) FILTER (WHERE r.classification <> 'POOR' AND p.household_id IS NOT NULL)
    FROM household_record r JOIN household h ON h.id = r.household_id
    LEFT JOIN household_record p ON p.household_id = r.household_id AND p.current
         AND p.survey_year = r.survey_year - 1 AND p.classification = 'POOR'
    WHERE r.current
    GROUP BY h.commune_code, r.survey_year;
    INSERT INTO area_year_deprivation
    SELECT h.commune_code, min(h.province_code), r.survey_year, r.classification, d.code, count(*)
    FROM household_record r JOIN household h ON h.id = r.household_id
    CROSS JOIN LATERAL unnest(r.deprived_indicators) AS d(code)
    WHERE r.current AND r.classification IN ('POOR', 'NEAR_POOR')
    GROUP BY h.commune_code, r.survey_year, r.classification, d.code;
END;
$$ LANGUAGE plpgsql;

SELECT refresh_all_area_stats();
