-- Figures per village and year, kept current by triggers, so that every report content and dashboard
-- of a province of a million households reads a few thousand rows instead of millions of records.
--
-- area_year_figure: what each current yearly record contributes, counted per village (a record adds
--   one household and an amount: its persons, or its children for the children's rows). Reports:
--     summary      item '*'                        (and deprived_count, for Alkire–Foster)
--     deprivation  item = indicator                (and deprived_count, for Alkire–Foster)
--     subgroup     item = ethnicMinority | noLabourCapacity | meritoriousMember | other
--     ethnicity    item = the head's ethnic group ('00' when unknown)
--     cause        item = cause of poverty
--     children     item = households (with a child under 16; amount = children) | nutrition | schooling
--                  (households with children deprived so) | uninsured (amount = uninsured children)
-- area_year_transition: households by their class in the year before and in the year ('NONE' without
--   a record), for the movement reports and the transition matrix; household_transition keeps what each
--   household contributes, so that a change subtracts exactly what was added.
--
-- The figures replace V10's per-commune tables, which were recomputed for the whole commune at each
-- record (a second per record at 30,000 households); area_year_stat and area_year_deprivation become
-- views over them with the same columns.

DROP FUNCTION refresh_area_stats(varchar, integer);
DROP FUNCTION refresh_all_area_stats();
DROP TABLE area_year_stat;
DROP TABLE area_year_deprivation;

CREATE TABLE area_year_figure (
    province_code   varchar(5)   NOT NULL,
    commune_code    varchar(5)   NOT NULL,
    village_key     varchar(36)  NOT NULL,  -- the village's id, '—' without a village
    survey_year     integer      NOT NULL,
    report          varchar(16)  NOT NULL,
    classification  varchar(16)  NOT NULL,
    item            varchar(40)  NOT NULL,
    deprived_count  smallint     NOT NULL,
    households      integer      NOT NULL,
    amount          integer      NOT NULL,
    PRIMARY KEY (commune_code, survey_year, report, village_key, classification, item, deprived_count)
);
CREATE INDEX area_year_figure_province_idx ON area_year_figure (province_code, survey_year, report);

CREATE TABLE household_transition (
    household_id      uuid         NOT NULL,
    survey_year       integer      NOT NULL,
    province_code     varchar(5)   NOT NULL,
    commune_code      varchar(5)   NOT NULL,
    village_key       varchar(36)  NOT NULL,
    before_class      varchar(16)  NOT NULL,
    after_class       varchar(16)  NOT NULL,
    ever_poor_before  boolean      NOT NULL,
    persons_before    integer      NOT NULL,
    persons_after     integer      NOT NULL,
    PRIMARY KEY (household_id, survey_year)
);

CREATE TABLE area_year_transition (
    province_code     varchar(5)   NOT NULL,
    commune_code      varchar(5)   NOT NULL,
    village_key       varchar(36)  NOT NULL,
    survey_year       integer      NOT NULL,
    before_class      varchar(16)  NOT NULL,
    after_class       varchar(16)  NOT NULL,
    -- poor in a year before the year before (tells a re-poor household from a newly poor one)
    ever_poor_before  boolean      NOT NULL,
    households        integer      NOT NULL,
    persons_before    integer      NOT NULL,
    persons_after     integer      NOT NULL,
    -- households that stay in their class but gain or lose members
    persons_gain      integer      NOT NULL,
    persons_loss      integer      NOT NULL,
    PRIMARY KEY (commune_code, survey_year, village_key, before_class, after_class, ever_poor_before)
);
CREATE INDEX area_year_transition_province_idx ON area_year_transition (province_code, survey_year);

-- What one yearly record contributes (one household each row). Pure: reads only the record.
CREATE FUNCTION record_figures(r household_record)
RETURNS TABLE (report varchar, classification varchar, item varchar, deprived_count integer, amount integer)
LANGUAGE sql IMMUTABLE AS $$
    SELECT 'summary', r.classification, '*', cardinality(r.deprived_indicators), jsonb_array_length(r.member_facts)
    UNION ALL
    SELECT 'deprivation', r.classification, d.code, cardinality(r.deprived_indicators),
           jsonb_array_length(r.member_facts)
    FROM unnest(r.deprived_indicators) AS d(code)
    UNION ALL
    SELECT 'subgroup', r.classification, s.item, 0, jsonb_array_length(r.member_facts)
    FROM (VALUES ('ethnicMinority', r.explanation -> 'subgroups' ->> 'ethnicMinority' = 'true'),
                 ('noLabourCapacity', r.explanation -> 'subgroups' ->> 'noLabourCapacity' = 'true'),
                 ('meritoriousMember', r.explanation -> 'subgroups' ->> 'meritoriousMember' = 'true'),
                 ('other', coalesce(r.explanation -> 'subgroups' ->> 'ethnicMinority', 'false') <> 'true'
                           AND coalesce(r.explanation -> 'subgroups' ->> 'noLabourCapacity', 'false') <> 'true'
                           AND coalesce(r.explanation -> 'subgroups' ->> 'meritoriousMember', 'false') <> 'true'))
         AS s(item, yes)
    WHERE s.yes
    UNION ALL
    SELECT 'ethnicity', r.classification,
           coalesce((SELECT m ->> 'ethnicity' FROM jsonb_array_elements(r.member_facts) m
                     WHERE m ->> 'relationToHead' = 'HEAD' LIMIT 1), '00'), 0, jsonb_array_length(r.member_facts)
    UNION ALL
    SELECT DISTINCT 'cause', r.classification, c.code, 0, jsonb_array_length(r.member_facts)
    FROM unnest(r.causes) AS c(code)
    UNION ALL
    SELECT 'children', r.classification, k.item, 0, k.amount
    FROM (SELECT count(*) FILTER (WHERE child) AS children,
                 count(*) FILTER (WHERE child AND m ->> 'healthInsurance' = 'false') AS uninsured
          FROM (SELECT m, m ->> 'birthDate' IS NOT NULL
                       AND CAST(m ->> 'birthDate' AS date) > r.survey_date - INTERVAL '16 years' AS child
                FROM jsonb_array_elements(r.member_facts) m) members) ch
    CROSS JOIN LATERAL (VALUES
        ('households', ch.children, ch.children > 0),
        ('nutrition', ch.children, ch.children > 0 AND 'NUTRITION' = ANY (r.deprived_indicators)),
        ('schooling', ch.children, ch.children > 0 AND 'CHILD_SCHOOLING' = ANY (r.deprived_indicators)),
        ('uninsured', ch.uninsured, ch.uninsured > 0)) AS k(item, amount, yes)
    WHERE k.yes
$$;

-- Adds (sign 1) or subtracts (sign -1) a record's figures at a place.
CREATE FUNCTION apply_record_figures(r household_record, p_province varchar, p_commune varchar,
                                     p_village varchar, p_sign integer) RETURNS void AS $$
BEGIN
    INSERT INTO area_year_figure AS a (province_code, commune_code, village_key, survey_year, report,
                                       classification, item, deprived_count, households, amount)
    SELECT p_province, p_commune, p_village, r.survey_year, f.report, f.classification, f.item, f.deprived_count,
           p_sign * count(*), p_sign * sum(f.amount)
    FROM record_figures(r) f
    GROUP BY f.report, f.classification, f.item, f.deprived_count
    ORDER BY f.report, f.classification, f.item, f.deprived_count
    ON CONFLICT (commune_code, survey_year, report, village_key, classification, item, deprived_count)
    DO UPDATE SET households = a.households + EXCLUDED.households, amount = a.amount + EXCLUDED.amount;
    IF p_sign < 0 THEN
        DELETE FROM area_year_figure
        WHERE commune_code = p_commune AND survey_year = r.survey_year AND village_key = p_village
          AND households = 0;
    END IF;
END;
$$ LANGUAGE plpgsql;

-- A household's transitions, from its current records: one row per year with a record in it or in the
-- year before.
CREATE FUNCTION household_transition_rows(p_household uuid)
RETURNS TABLE (survey_year integer, before_class varchar, after_class varchar, ever_poor_before boolean,
               persons_before integer, persons_after integer)
LANGUAGE sql STABLE AS $$
    SELECT y.year, coalesce(p.classification, 'NONE'), coalesce(c.classification, 'NONE'),
           EXISTS (SELECT 1 FROM household_record e WHERE e.household_id = p_household AND e.current
                   AND e.survey_year < y.year - 1 AND e.classification = 'POOR'),
           coalesce(jsonb_array_length(p.member_facts), 0), coalesce(jsonb_array_length(c.member_facts), 0)
    FROM (SELECT DISTINCT r.survey_year + s.shift AS year FROM household_record r, (VALUES (0), (1)) AS s(shift)
          WHERE r.household_id = p_household AND r.current) y
    LEFT JOIN household_record p ON p.household_id = p_household AND p.current AND p.survey_year = y.year - 1
    LEFT JOIN household_record c ON c.household_id = p_household AND c.current AND c.survey_year = y.year
$$;

-- Adds (sign 1) or subtracts (sign -1) what a household's kept transitions contribute.
CREATE FUNCTION apply_household_transitions(p_household uuid, p_sign integer) RETURNS void AS $$
BEGIN
    INSERT INTO area_year_transition AS a (province_code, commune_code, village_key, survey_year, before_class,
                                           after_class, ever_poor_before, households, persons_before,
                                           persons_after, persons_gain, persons_loss)
    SELECT t.province_code, t.commune_code, t.village_key, t.survey_year, t.before_class, t.after_class,
           t.ever_poor_before, p_sign, p_sign * t.persons_before, p_sign * t.persons_after,
           p_sign * greatest(t.persons_after - t.persons_before, 0),
           p_sign * greatest(t.persons_before - t.persons_after, 0)
    FROM household_transition t WHERE t.household_id = p_household
    ORDER BY t.commune_code, t.survey_year, t.village_key
    ON CONFLICT (commune_code, survey_year, village_key, before_class, after_class, ever_poor_before)
    DO UPDATE SET households = a.households + EXCLUDED.households,
                  persons_before = a.persons_before + EXCLUDED.persons_before,
                  persons_after = a.persons_after + EXCLUDED.persons_after,
                  persons_gain = a.persons_gain + EXCLUDED.persons_gain,
                  persons_loss = a.persons_loss + EXCLUDED.persons_loss;
    IF p_sign < 0 THEN
        DELETE FROM area_year_transition a USING household_transition t
        WHERE t.household_id = p_household AND a.commune_code = t.commune_code
          AND a.survey_year = t.survey_year AND a.village_key = t.village_key AND a.households = 0;
    END IF;
END;
$$ LANGUAGE plpgsql;

-- Replaces what a household contributes to the transitions by what its current records say.
CREATE FUNCTION refresh_household_transitions(p_household uuid) RETURNS void AS $$
BEGIN
    PERFORM apply_household_transitions(p_household, -1);
    DELETE FROM household_transition WHERE household_id = p_household;
    INSERT INTO household_transition
    SELECT p_household, t.survey_year, h.province_code, h.commune_code, coalesce(CAST(h.village_id AS varchar), '—'),
           t.before_class, t.after_class, t.ever_poor_before, t.persons_before, t.persons_after
    FROM household h, household_transition_rows(p_household) t WHERE h.id = p_household;
    PERFORM apply_household_transitions(p_household, 1);
END;
$$ LANGUAGE plpgsql;

-- Bulk loads set giamngheo.bulk_load = 'on' in their session and call refresh_all_area_figures() at the end.
CREATE FUNCTION bulk_loading() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('giamngheo.bulk_load', true), '') = 'on'
$$;

-- Writers of one commune's figures take turns until they commit: a correction takes a record's figures
-- out and puts others in, so two at once could otherwise lock the same figure rows in opposite orders.
CREATE FUNCTION lock_area_figures(p_commune varchar) RETURNS void LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock(hashtext('area_figures:' || p_commune))
$$;

CREATE FUNCTION household_record_figures() RETURNS trigger AS $$
DECLARE
    h household%ROWTYPE;
BEGIN
    IF bulk_loading() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.current = NEW.current AND OLD.survey_year = NEW.survey_year
       AND OLD.survey_date = NEW.survey_date AND OLD.classification = NEW.classification
       AND OLD.deprived_indicators = NEW.deprived_indicators AND OLD.causes = NEW.causes
       AND OLD.member_facts = NEW.member_facts AND OLD.explanation = NEW.explanation THEN
        RETURN NULL;  -- e.g. a record locked by a decision
    END IF;
    IF TG_OP = 'DELETE' THEN
        SELECT * INTO h FROM household WHERE id = OLD.household_id;
    ELSE
        SELECT * INTO h FROM household WHERE id = NEW.household_id;
    END IF;
    PERFORM lock_area_figures(h.commune_code);
    IF TG_OP <> 'INSERT' THEN
        IF OLD.current THEN
            PERFORM apply_record_figures(OLD, h.province_code, h.commune_code,
                                         coalesce(CAST(h.village_id AS varchar), '—'), -1);
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        IF NEW.current THEN
            PERFORM apply_record_figures(NEW, h.province_code, h.commune_code,
                                         coalesce(CAST(h.village_id AS varchar), '—'), 1);
        END IF;
    END IF;
    IF h.id IS NOT NULL THEN
        PERFORM refresh_household_transitions(h.id);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER household_record_figures AFTER INSERT OR UPDATE OR DELETE ON household_record
    FOR EACH ROW EXECUTE FUNCTION household_record_figures();

-- A household moved to another village (or commune) takes its figures along.
CREATE FUNCTION household_place_figures() RETURNS trigger AS $$
DECLARE
    r household_record%ROWTYPE;
BEGIN
    IF bulk_loading() THEN
        RETURN NULL;
    END IF;
    PERFORM lock_area_figures(least(OLD.commune_code, NEW.commune_code));
    PERFORM lock_area_figures(greatest(OLD.commune_code, NEW.commune_code));
    FOR r IN SELECT * FROM household_record WHERE household_id = NEW.id AND current ORDER BY survey_year LOOP
        PERFORM apply_record_figures(r, OLD.province_code, OLD.commune_code,
                                     coalesce(CAST(OLD.village_id AS varchar), '—'), -1);
        PERFORM apply_record_figures(r, NEW.province_code, NEW.commune_code,
                                     coalesce(CAST(NEW.village_id AS varchar), '—'), 1);
    END LOOP;
    PERFORM refresh_household_transitions(NEW.id);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER household_place_figures AFTER UPDATE OF village_id, commune_code, province_code ON household
    FOR EACH ROW WHEN (OLD.village_id IS DISTINCT FROM NEW.village_id OR OLD.commune_code <> NEW.commune_code
                       OR OLD.province_code <> NEW.province_code)
    EXECUTE FUNCTION household_place_figures();

-- Recomputes everything (after a bulk load).
CREATE FUNCTION refresh_all_area_figures() RETURNS void AS $$
BEGIN
    TRUNCATE area_year_figure, household_transition, area_year_transition;
    INSERT INTO area_year_figure
    SELECT h.province_code, h.commune_code, coalesce(CAST(h.village_id AS varchar), '—'), r.survey_year,
           f.report, f.classification, f.item, f.deprived_count, count(*), sum(f.amount)
    FROM household_record r JOIN household h ON h.id = r.household_id
    CROSS JOIN LATERAL record_figures(r) f
    WHERE r.current
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
    INSERT INTO household_transition
    SELECT y.household_id, y.year, h.province_code, h.commune_code, coalesce(CAST(h.village_id AS varchar), '—'),
           coalesce(p.classification, 'NONE'), coalesce(c.classification, 'NONE'),
           EXISTS (SELECT 1 FROM household_record e WHERE e.household_id = y.household_id AND e.current
                   AND e.survey_year < y.year - 1 AND e.classification = 'POOR'),
           coalesce(jsonb_array_length(p.member_facts), 0), coalesce(jsonb_array_length(c.member_facts), 0)
    FROM (SELECT DISTINCT r.household_id, r.survey_year + s.shift AS year
          FROM household_record r, (VALUES (0), (1)) AS s(shift) WHERE r.current) y
    JOIN household h ON h.id = y.household_id
    LEFT JOIN household_record p ON p.household_id = y.household_id AND p.current AND p.survey_year = y.year - 1
    LEFT JOIN household_record c ON c.household_id = y.household_id AND c.current AND c.survey_year = y.year;
    INSERT INTO area_year_transition
    SELECT province_code, commune_code, village_key, survey_year, before_class, after_class, ever_poor_before,
           count(*), sum(persons_before), sum(persons_after), sum(greatest(persons_after - persons_before, 0)),
           sum(greatest(persons_before - persons_after, 0))
    FROM household_transition
    GROUP BY 1, 2, 3, 4, 5, 6, 7;
END;
$$ LANGUAGE plpgsql;

-- V10's figures per commune, as views over the kept figures (the dashboards read them).
CREATE VIEW area_year_stat AS
SELECT f.commune_code, f.province_code, f.survey_year,
       CAST(sum(f.households) FILTER (WHERE f.report = 'summary') AS integer) AS households,
       CAST(coalesce(sum(f.amount) FILTER (WHERE f.report = 'summary'), 0) AS integer) AS persons,
       CAST(coalesce(sum(f.households) FILTER (WHERE f.report = 'summary' AND f.classification = 'POOR'), 0)
            AS integer) AS poor,
       CAST(coalesce(sum(f.amount) FILTER (WHERE f.report = 'summary' AND f.classification = 'POOR'), 0)
            AS integer) AS poor_persons,
       CAST(coalesce(sum(f.households) FILTER (WHERE f.report = 'summary' AND f.classification = 'NEAR_POOR'), 0)
            AS integer) AS near_poor,
       CAST(coalesce(sum(f.amount) FILTER (WHERE f.report = 'summary' AND f.classification = 'NEAR_POOR'), 0)
            AS integer) AS near_poor_persons,
       CAST(coalesce(sum(f.households) FILTER (WHERE f.report = 'summary'
                                              AND f.classification = 'AVERAGE_LIVING'), 0) AS integer)
            AS average_living,
       CAST(coalesce(sum(f.households) FILTER (WHERE f.report = 'subgroup' AND f.classification = 'POOR'
                                              AND f.item = 'noLabourCapacity'), 0) AS integer) AS poor_no_labour,
       CAST(coalesce(sum(f.households) FILTER (WHERE f.report = 'subgroup' AND f.classification = 'POOR'
                                              AND f.item = 'meritoriousMember'), 0) AS integer) AS poor_meritorious,
       coalesce((SELECT CAST(sum(t.households) AS integer) FROM area_year_transition t
                 WHERE t.commune_code = f.commune_code AND t.survey_year = f.survey_year
                   AND t.before_class = 'POOR' AND t.after_class NOT IN ('POOR', 'NONE')), 0) AS escaped
FROM area_year_figure f
WHERE f.report IN ('summary', 'subgroup')
GROUP BY f.commune_code, f.province_code, f.survey_year;

CREATE VIEW area_year_deprivation AS
SELECT commune_code, province_code, survey_year, classification, item AS indicator,
       CAST(sum(households) AS integer) AS households
FROM area_year_figure
WHERE report = 'deprivation'
GROUP BY commune_code, province_code, survey_year, classification, item;

SELECT refresh_all_area_figures();
