-- The official record. A household's class in a year is the one its latest decision in force fixed
-- (the commune chairman's decision of a periodic or regular review, an administrator's rectification, or
-- a year's list recorded before decisions bound); it carries forward, year after year, until a decision
-- changes it. Survey records are proposals until a decision takes them.
--
-- household_decision: every decision on a household, with the record it took.
-- household_status:   the class in force per household and year (carried forward up to the last official
--                     year), kept by refresh_household_status() whenever a decision, a closure or a move
--                     changes it. Every figure reads it: area_year_figure and the transitions (V11's tables,
--                     same shape) now count the status, not the records.
-- official_years:     the last year that has official figures; extend_official_years() opens a new year
--                     by carrying every active household's class into it.

CREATE TABLE household_decision (
    id               uuid         PRIMARY KEY,
    household_id     uuid         NOT NULL REFERENCES household (id),
    year             integer      NOT NULL,
    decided_on       date         NOT NULL,
    kind             varchar(16)  NOT NULL CHECK (kind IN ('PERIODIC', 'REGULAR', 'RECTIFICATION', 'RECORDED')),
    campaign_id      uuid         REFERENCES review_campaign (id),
    decision_number  varchar(50),
    record_id        uuid         NOT NULL REFERENCES household_record (id),
    classification   varchar(16)  NOT NULL,
    transition       varchar(30),
    reason           varchar(500),
    created_at       timestamptz  NOT NULL,
    created_by       varchar(100) NOT NULL
);
CREATE INDEX household_decision_household_idx ON household_decision (household_id, year, decided_on, created_at);
CREATE INDEX household_decision_campaign_idx ON household_decision (campaign_id) WHERE campaign_id IS NOT NULL;

CREATE TABLE household_status (
    household_id    uuid         NOT NULL,
    year            integer      NOT NULL,
    decision_id     uuid         NOT NULL,
    record_id       uuid         NOT NULL,
    classification  varchar(16)  NOT NULL,
    -- decided in this very year (not carried forward)
    decided         boolean      NOT NULL,
    -- decided in this year by a review or a rectification (not a recorded list)
    review_decided  boolean      NOT NULL,
    PRIMARY KEY (household_id, year)
);
CREATE INDEX household_status_year_idx ON household_status (year, classification);

CREATE TABLE official_years (
    single     boolean  PRIMARY KEY DEFAULT true CHECK (single),
    last_year  integer  NOT NULL
);

-- the record the household's latest status took (list rows, support)
ALTER TABLE household ADD COLUMN latest_record_id uuid;

CREATE FUNCTION official_last_year() RETURNS integer LANGUAGE sql STABLE AS $$
    SELECT last_year FROM official_years
$$;

CREATE FUNCTION village_key(p_village uuid) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(CAST(p_village AS varchar), '—')
$$;

-- The years a household counts in: from its first decision to the last official year, while active
-- (a closed household stops counting in the year it closed).
CREATE FUNCTION household_counts_in(h household, p_year integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT h.status = 'ACTIVE' OR (h.closed_on IS NOT NULL AND p_year < CAST(extract(year FROM h.closed_on) AS integer))
$$;

-- A household's status per year, from its decisions.
CREATE FUNCTION household_status_rows(p_household uuid)
RETURNS TABLE (year integer, decision_id uuid, record_id uuid, classification varchar, decided boolean,
               review_decided boolean)
LANGUAGE sql STABLE AS $$
    SELECT y.year, d.id, d.record_id, d.classification, d.year = y.year, d.year = y.year AND d.kind <> 'RECORDED'
    FROM household h
    CROSS JOIN LATERAL (SELECT min(x.year) AS first, max(x.year) AS last FROM household_decision x
                        WHERE x.household_id = h.id) b
    CROSS JOIN LATERAL generate_series(b.first, greatest(official_last_year(), b.last)) AS y(year)
    CROSS JOIN LATERAL (SELECT x.* FROM household_decision x WHERE x.household_id = h.id AND x.year <= y.year
                        ORDER BY x.year DESC, x.decided_on DESC, x.created_at DESC, x.id DESC LIMIT 1) d
    WHERE h.id = p_household AND b.first IS NOT NULL AND household_counts_in(h, y.year)
$$;

-- Adds (sign 1) or subtracts (sign -1) what a record counts for in a year at a place.
CREATE FUNCTION apply_status_figures(p_record uuid, p_year integer, p_province varchar, p_commune varchar,
                                     p_village varchar, p_sign integer) RETURNS void AS $$
BEGIN
    INSERT INTO area_year_figure AS a (province_code, commune_code, village_key, survey_year, report,
                                       classification, item, deprived_count, households, amount)
    SELECT p_province, p_commune, p_village, p_year, f.report, f.classification, f.item, f.deprived_count,
           p_sign * count(*), p_sign * sum(f.amount)
    FROM household_record r CROSS JOIN LATERAL record_figures(r) f
    WHERE r.id = p_record
    GROUP BY f.report, f.classification, f.item, f.deprived_count
    ORDER BY f.report, f.classification, f.item, f.deprived_count
    ON CONFLICT (commune_code, survey_year, report, village_key, classification, item, deprived_count)
    DO UPDATE SET households = a.households + EXCLUDED.households, amount = a.amount + EXCLUDED.amount;
    IF p_sign < 0 THEN
        DELETE FROM area_year_figure
        WHERE commune_code = p_commune AND survey_year = p_year AND village_key = p_village AND households = 0;
    END IF;
END;
$$ LANGUAGE plpgsql;

-- A household's transitions from its status: one row per year it counts in, and one for the year it left.
-- A household decided by a review without a class before was "not poor" for that review (newly poor, as
-- the decision says); one that only appears (a recorded list, a new household) comes from NONE (other).
CREATE OR REPLACE FUNCTION household_transition_rows(p_household uuid)
RETURNS TABLE (survey_year integer, before_class varchar, after_class varchar, ever_poor_before boolean,
               persons_before integer, persons_after integer)
LANGUAGE sql STABLE AS $$
    SELECT y.year,
           coalesce(p.classification, CASE WHEN c.review_decided THEN 'NOT_POOR' ELSE 'NONE' END),
           coalesce(c.classification, 'NONE'),
           EXISTS (SELECT 1 FROM household_status e WHERE e.household_id = p_household AND e.year < y.year - 1
                   AND e.classification = 'POOR'),
           coalesce(jsonb_array_length(pr.member_facts), 0), coalesce(jsonb_array_length(cr.member_facts), 0)
    FROM (SELECT s.year FROM household_status s WHERE s.household_id = p_household
          UNION
          SELECT max(s.year) + 1 FROM household_status s WHERE s.household_id = p_household
          HAVING max(s.year) < official_last_year()) y
    LEFT JOIN household_status p ON p.household_id = p_household AND p.year = y.year - 1
    LEFT JOIN household_status c ON c.household_id = p_household AND c.year = y.year
    LEFT JOIN household_record pr ON pr.id = p.record_id
    LEFT JOIN household_record cr ON cr.id = c.record_id
$$;

-- The household's latest official class, kept on the household for lists and filters.
CREATE FUNCTION refresh_household_latest(p_household uuid) RETURNS void LANGUAGE sql AS $$
    UPDATE household h
    SET latest_year = s.year, latest_class = s.classification, latest_standard = r.standard_code,
        latest_deprived = r.deprived_indicators, latest_record_id = r.id,
        no_labour_capacity = r.explanation -> 'subgroups' ->> 'noLabourCapacity' = 'true',
        meritorious_member = r.explanation -> 'subgroups' ->> 'meritoriousMember' = 'true',
        ethnic_minority = r.explanation -> 'subgroups' ->> 'ethnicMinority' = 'true'
    FROM (SELECT DISTINCT ON (x.household_id) x.* FROM household_status x
          WHERE x.household_id = p_household ORDER BY x.household_id, x.year DESC) s
    JOIN household_record r ON r.id = s.record_id
    WHERE h.id = p_household
      AND (h.latest_record_id IS DISTINCT FROM r.id OR h.latest_year IS DISTINCT FROM s.year)
$$;

-- Replaces a household's status by what its decisions say, and its figures with it (only the years that
-- changed are subtracted and added again).
CREATE FUNCTION refresh_household_status(p_household uuid) RETURNS void AS $$
DECLARE
    h household%ROWTYPE;
    s record;
    changed boolean := false;
BEGIN
    SELECT * INTO h FROM household WHERE id = p_household;
    IF h.id IS NULL THEN
        RETURN;
    END IF;
    PERFORM lock_area_figures(h.commune_code);
    FOR s IN SELECT coalesce(o.year, n.year) AS year, o.record_id AS old_record, n.record_id AS new_record,
                    n.decision_id, n.classification, n.decided, n.review_decided, o.year IS NOT NULL AS existed
             FROM (SELECT * FROM household_status WHERE household_id = p_household) o
             FULL JOIN household_status_rows(p_household) n ON n.year = o.year
             WHERE o.decision_id IS DISTINCT FROM n.decision_id OR o.decided IS DISTINCT FROM n.decided
                OR o.review_decided IS DISTINCT FROM n.review_decided
             ORDER BY 1 LOOP
        changed := true;
        IF s.old_record IS DISTINCT FROM s.new_record THEN
            IF s.old_record IS NOT NULL THEN
                PERFORM apply_status_figures(s.old_record, s.year, h.province_code, h.commune_code,
                                             village_key(h.village_id), -1);
            END IF;
            IF s.new_record IS NOT NULL THEN
                PERFORM apply_status_figures(s.new_record, s.year, h.province_code, h.commune_code,
                                             village_key(h.village_id), 1);
            END IF;
        END IF;
        IF s.existed THEN
            DELETE FROM household_status WHERE household_id = p_household AND year = s.year;
        END IF;
        IF s.new_record IS NOT NULL THEN
            INSERT INTO household_status VALUES (p_household, s.year, s.decision_id, s.new_record, s.classification,
                                                 s.decided, s.review_decided);
        END IF;
    END LOOP;
    IF changed THEN
        PERFORM refresh_household_transitions(p_household);
        PERFORM refresh_household_latest(p_household);
    END IF;
END;
$$ LANGUAGE plpgsql;

-- Figures no longer follow the records: a survey is a proposal.
DROP TRIGGER household_record_figures ON household_record;
DROP FUNCTION household_record_figures();

CREATE FUNCTION household_decision_status() RETURNS trigger AS $$
BEGIN
    IF bulk_loading() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        PERFORM refresh_household_status(OLD.household_id);
    ELSE
        PERFORM refresh_household_status(NEW.household_id);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER household_decision_status AFTER INSERT OR UPDATE OR DELETE ON household_decision
    FOR EACH ROW EXECUTE FUNCTION household_decision_status();

-- A household that closes (moved away, dissolved, merged, split) stops counting from the year it closed.
CREATE FUNCTION household_closure_status() RETURNS trigger AS $$
BEGIN
    IF bulk_loading() THEN
        RETURN NULL;
    END IF;
    PERFORM refresh_household_status(NEW.id);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER household_closure_status AFTER UPDATE OF status, closed_on ON household
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.closed_on IS DISTINCT FROM NEW.closed_on)
    EXECUTE FUNCTION household_closure_status();

-- A household moved to another village (or commune) takes its figures along: its status, year by year.
CREATE OR REPLACE FUNCTION household_place_figures() RETURNS trigger AS $$
DECLARE
    s household_status%ROWTYPE;
BEGIN
    IF bulk_loading() THEN
        RETURN NULL;
    END IF;
    PERFORM lock_area_figures(least(OLD.commune_code, NEW.commune_code));
    PERFORM lock_area_figures(greatest(OLD.commune_code, NEW.commune_code));
    FOR s IN SELECT * FROM household_status WHERE household_id = NEW.id ORDER BY year LOOP
        PERFORM apply_status_figures(s.record_id, s.year, OLD.province_code, OLD.commune_code,
                                     village_key(OLD.village_id), -1);
        PERFORM apply_status_figures(s.record_id, s.year, NEW.province_code, NEW.commune_code,
                                     village_key(NEW.village_id), 1);
    END LOOP;
    PERFORM refresh_household_transitions(NEW.id);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Recounts one year's figures and transitions from the status (a new official year, a bulk load).
CREATE FUNCTION refresh_year_figures(p_year integer) RETURNS void AS $$
BEGIN
    DELETE FROM area_year_figure WHERE survey_year = p_year;
    INSERT INTO area_year_figure
    SELECT h.province_code, h.commune_code, village_key(h.village_id), s.year,
           f.report, f.classification, f.item, f.deprived_count, count(*), sum(f.amount)
    FROM household_status s JOIN household h ON h.id = s.household_id
    JOIN household_record r ON r.id = s.record_id
    CROSS JOIN LATERAL record_figures(r) f
    WHERE s.year = p_year
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
    DELETE FROM household_transition WHERE survey_year = p_year;
    INSERT INTO household_transition
    SELECT h.id, p_year, h.province_code, h.commune_code, village_key(h.village_id),
           coalesce(p.classification, CASE WHEN c.review_decided THEN 'NOT_POOR' ELSE 'NONE' END),
           coalesce(c.classification, 'NONE'),
           EXISTS (SELECT 1 FROM household_status e WHERE e.household_id = h.id AND e.year < p_year - 1
                   AND e.classification = 'POOR'),
           coalesce(jsonb_array_length(pr.member_facts), 0), coalesce(jsonb_array_length(cr.member_facts), 0)
    FROM (SELECT household_id FROM household_status WHERE year = p_year
          UNION
          -- households that left: a status the year before, none this year
          SELECT p.household_id FROM household_status p
          WHERE p.year = p_year - 1 AND p_year <= official_last_year()
            AND NOT EXISTS (SELECT 1 FROM household_status n WHERE n.household_id = p.household_id
                            AND n.year = p_year)) y
    JOIN household h ON h.id = y.household_id
    LEFT JOIN household_status p ON p.household_id = h.id AND p.year = p_year - 1
    LEFT JOIN household_status c ON c.household_id = h.id AND c.year = p_year
    LEFT JOIN household_record pr ON pr.id = p.record_id
    LEFT JOIN household_record cr ON cr.id = c.record_id;
    DELETE FROM area_year_transition WHERE survey_year = p_year;
    INSERT INTO area_year_transition
    SELECT province_code, commune_code, village_key, survey_year, before_class, after_class, ever_poor_before,
           count(*), sum(persons_before), sum(persons_after), sum(greatest(persons_after - persons_before, 0)),
           sum(greatest(persons_before - persons_after, 0))
    FROM household_transition WHERE survey_year = p_year
    GROUP BY 1, 2, 3, 4, 5, 6, 7;
END;
$$ LANGUAGE plpgsql;

-- Opens the official years up to p_year: every household counting in a new year keeps the class it had
-- in the year before (nobody is missed). True when a year was added.
CREATE FUNCTION extend_official_years(p_year integer) RETURNS boolean AS $$
DECLARE
    last integer;
    y integer;
BEGIN
    SELECT last_year INTO last FROM official_years FOR UPDATE;
    IF p_year <= last THEN
        RETURN false;
    END IF;
    UPDATE official_years SET last_year = p_year;
    FOR y IN last + 1 .. p_year LOOP
        INSERT INTO household_status
        SELECT s.household_id, y, s.decision_id, s.record_id, s.classification, false, false
        FROM household_status s JOIN household h ON h.id = s.household_id
        WHERE s.year = y - 1 AND household_counts_in(h, y)
        ON CONFLICT (household_id, year) DO NOTHING;
        PERFORM refresh_year_figures(y);
    END LOOP;
    UPDATE household h SET latest_year = p_year
    FROM household_status s WHERE s.household_id = h.id AND s.year = p_year AND h.latest_year < p_year;
    RETURN true;
END;
$$ LANGUAGE plpgsql;

-- A year's list recorded before decisions bound: each current record that no decision took and that no
-- undecided campaign is still reviewing stands as the decision of its year.
CREATE FUNCTION record_historical_decisions() RETURNS integer AS $$
DECLARE
    n integer;
BEGIN
    WITH decided AS (
    INSERT INTO household_decision (id, household_id, year, decided_on, kind, record_id, classification, reason,
                                    created_at, created_by)
    SELECT gen_random_uuid(), r.household_id, r.survey_year, r.survey_date, 'RECORDED', r.id, r.classification,
           'Danh sách năm ' || r.survey_year || ' ghi nhận trước khi có quyết định trong hệ thống', now(), 'system'
    FROM household_record r
    WHERE r.current
      AND NOT EXISTS (SELECT 1 FROM household_decision d WHERE d.household_id = r.household_id
                      AND d.year = r.survey_year)
      AND NOT EXISTS (SELECT 1 FROM review_item i JOIN review_campaign c ON c.id = i.campaign_id
                      WHERE i.household_id = r.household_id AND c.year = r.survey_year AND c.status <> 'DECIDED')
    RETURNING record_id)
    -- a decided record never changes
    UPDATE household_record SET locked_at = now() WHERE id IN (SELECT record_id FROM decided) AND locked_at IS NULL;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END;
$$ LANGUAGE plpgsql;

-- Recomputes every status and figure (after a bulk load).
CREATE OR REPLACE FUNCTION refresh_all_area_figures() RETURNS void AS $$
DECLARE
    y integer;
BEGIN
    UPDATE official_years SET last_year = greatest(last_year, coalesce((SELECT max(year) FROM household_decision), 0));
    TRUNCATE household_status, area_year_figure, household_transition, area_year_transition;
    INSERT INTO household_status
    SELECT h.id, y.year, d.id, d.record_id, d.classification, d.year = y.year, d.year = y.year AND d.kind <> 'RECORDED'
    FROM household h
    JOIN (SELECT household_id, min(year) AS first FROM household_decision GROUP BY household_id) b
      ON b.household_id = h.id
    CROSS JOIN LATERAL generate_series(b.first, official_last_year()) AS y(year)
    CROSS JOIN LATERAL (SELECT x.* FROM household_decision x WHERE x.household_id = h.id AND x.year <= y.year
                        ORDER BY x.year DESC, x.decided_on DESC, x.created_at DESC, x.id DESC LIMIT 1) d
    WHERE household_counts_in(h, y.year);
    FOR y IN SELECT DISTINCT year FROM household_status UNION SELECT DISTINCT year + 1 FROM household_status
             ORDER BY 1 LOOP
        IF y <= official_last_year() THEN
            PERFORM refresh_year_figures(y);
        END IF;
    END LOOP;
    UPDATE household h
    SET latest_year = s.year, latest_class = s.classification, latest_standard = r.standard_code,
        latest_deprived = r.deprived_indicators, latest_record_id = r.id,
        no_labour_capacity = r.explanation -> 'subgroups' ->> 'noLabourCapacity' = 'true',
        meritorious_member = r.explanation -> 'subgroups' ->> 'meritoriousMember' = 'true',
        ethnic_minority = r.explanation -> 'subgroups' ->> 'ethnicMinority' = 'true'
    FROM (SELECT DISTINCT ON (x.household_id) x.* FROM household_status x ORDER BY x.household_id, x.year DESC) s
    JOIN household_record r ON r.id = s.record_id
    WHERE h.id = s.household_id;
END;
$$ LANGUAGE plpgsql;

-- ---------------------------------------------------------------------------------------- migration
-- Decided campaigns become the decisions they were; every other current record of a year that no open
-- campaign is reviewing stands as its year's recorded list. Nothing recorded before is lost: records,
-- review items and their transitions stay as they were.
INSERT INTO household_decision (id, household_id, year, decided_on, kind, campaign_id, decision_number, record_id,
                                classification, transition, created_at, created_by)
SELECT gen_random_uuid(), i.household_id, c.year, c.decision_on, c.kind, c.id, c.decision_number, i.record_id,
       i.final_class, i.transition, c.updated_at, coalesce(c.decided_by, 'migration')
FROM review_item i JOIN review_campaign c ON c.id = i.campaign_id
WHERE c.status = 'DECIDED' AND i.state = 'DECIDED' AND i.record_id IS NOT NULL AND i.final_class IS NOT NULL
  AND c.decision_on IS NOT NULL;

INSERT INTO official_years (last_year)
SELECT coalesce(max(survey_year), 2025) FROM household_record WHERE current;

SELECT record_historical_decisions();
SELECT refresh_all_area_figures();
