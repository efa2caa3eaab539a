-- The change feed (GET /api/v1/changes) and the outbox webhooks are delivered from.
--
-- Every write to households, members, yearly records, decisions and support plans adds, in the same
-- transaction, one row per changed entity to change_event (statement triggers with transition tables, so that
-- a COPY of the demo load or a set-based UPDATE of the official status costs one INSERT ... SELECT).
--
-- Within a transaction, the changes of one entity are folded into one (the last version; CREATED, DELETED or a
-- closure when one of them was). Positions are gap-free and in commit order: a row gets no position while its transaction runs. When the
-- transaction commits, a deferred trigger takes the one counter row, gives its rows the next positions and
-- commits with the lock held, so the next committer waits for it. A rolled-back transaction takes no
-- position; a reader that sees position n also sees every position below n. The lock is held only for the
-- commit itself, never while a transaction does its work.

CREATE TABLE change_event (
    id             bigserial    PRIMARY KEY,
    -- the feed's cursor: null until the writing transaction commits
    position       bigint       UNIQUE,
    txid           xid8         NOT NULL DEFAULT pg_current_xact_id(),
    entity_type    varchar(20)  NOT NULL CHECK (entity_type IN ('HOUSEHOLD', 'MEMBER', 'RECORD', 'DECISION',
                                                                'SUPPORT_PLAN')),
    entity_id      uuid         NOT NULL,
    household_id   uuid         NOT NULL,
    commune_code   varchar(5)   NOT NULL,
    province_code  varchar(5)   NOT NULL,
    operation      varchar(10)  NOT NULL CHECK (operation IN ('CREATED', 'UPDATED', 'CLOSED', 'MERGED', 'SPLIT',
                                                              'DELETED')),
    version        integer,
    changed_at     timestamptz  NOT NULL DEFAULT now()
);

-- a province's or a commune's feed, read in position order from a cursor
CREATE INDEX change_event_province_idx ON change_event (province_code, position) WHERE position IS NOT NULL;
CREATE INDEX change_event_commune_idx ON change_event (commune_code, position) WHERE position IS NOT NULL;
-- the rows a committing transaction numbers
CREATE INDEX change_event_pending_idx ON change_event (txid) WHERE position IS NULL;

CREATE TABLE change_counter (
    only_row       boolean      PRIMARY KEY DEFAULT true CHECK (only_row),
    last_position  bigint       NOT NULL
);
INSERT INTO change_counter VALUES (true, 0);

-- one row per transaction that wrote changes: its deferred trigger numbers them at commit
CREATE TABLE change_pending (
    txid           xid8         PRIMARY KEY
);

CREATE FUNCTION change_mark_pending() RETURNS void LANGUAGE sql AS $$
    INSERT INTO change_pending VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING
$$;

CREATE FUNCTION change_number_at_commit() RETURNS trigger AS $$
DECLARE
    last bigint;
    n bigint;
BEGIN
    -- one change per entity and transaction: a household registered with its head (an INSERT, then the UPDATE
    -- that names the head) is one CREATED; a closure among other updates stays a closure
    WITH mine AS (
        SELECT id, entity_type, entity_id, operation FROM change_event WHERE txid = NEW.txid AND position IS NULL),
    entity AS (
        SELECT entity_type, entity_id, max(id) AS keep, count(*) AS rows,
               CASE WHEN bool_or(operation = 'DELETED') THEN 'DELETED'
                    WHEN bool_or(operation = 'CREATED') THEN 'CREATED'
                    ELSE coalesce(max(operation) FILTER (WHERE operation IN ('CLOSED', 'MERGED', 'SPLIT')), 'UPDATED')
               END AS operation
        FROM mine GROUP BY entity_type, entity_id),
    dropped AS (
        DELETE FROM change_event e USING mine m JOIN entity x USING (entity_type, entity_id)
        WHERE e.id = m.id AND m.id <> x.keep)
    UPDATE change_event e SET operation = x.operation FROM entity x
    WHERE e.id = x.keep AND x.rows > 1 AND e.operation <> x.operation;

    SELECT last_position INTO last FROM change_counter FOR UPDATE;
    WITH numbered AS (
        SELECT id, row_number() OVER (ORDER BY id) AS rn FROM change_event
        WHERE txid = NEW.txid AND position IS NULL)
    UPDATE change_event e SET position = last + numbered.rn FROM numbered WHERE e.id = numbered.id;
    GET DIAGNOSTICS n = ROW_COUNT;
    UPDATE change_counter SET last_position = last + n;
    DELETE FROM change_pending WHERE txid = NEW.txid;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER change_pending_number AFTER INSERT ON change_pending
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION change_number_at_commit();

-- ------------------------------------------------------------------------------------- households
CREATE FUNCTION change_households_inserted() RETURNS trigger AS $$
BEGIN
    INSERT INTO change_event (entity_type, entity_id, household_id, commune_code, province_code, operation, version)
    SELECT 'HOUSEHOLD', n.id, n.id, n.commune_code, n.province_code, 'CREATED', n.version FROM new_rows n;
    IF FOUND THEN PERFORM change_mark_pending(); END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION change_households_updated() RETURNS trigger AS $$
BEGIN
    INSERT INTO change_event (entity_type, entity_id, household_id, commune_code, province_code, operation, version)
    SELECT 'HOUSEHOLD', n.id, n.id, n.commune_code, n.province_code,
           CASE WHEN n.status = 'CLOSED' AND o.status <> 'CLOSED' THEN
                CASE n.close_reason WHEN 'MERGED' THEN 'MERGED' WHEN 'SPLIT' THEN 'SPLIT' ELSE 'CLOSED' END
                ELSE 'UPDATED' END,
           n.version
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n IS DISTINCT FROM o
    ORDER BY n.id;
    IF FOUND THEN PERFORM change_mark_pending(); END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER household_change_inserted AFTER INSERT ON household
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION change_households_inserted();
CREATE TRIGGER household_change_updated AFTER UPDATE ON household
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION change_households_updated();

-- --------------------------------------------------- members, records, decisions, support plans
-- Each belongs to a household, whose area is the change's area. One function per table and event, made from
-- one template: the table, its entity type, whether it has a version.
CREATE FUNCTION change_children() RETURNS trigger AS $$
DECLARE
    entity text := TG_ARGV[0];
    versioned boolean := TG_ARGV[1]::boolean;
    version_expr text := CASE WHEN versioned THEN 'c.version' ELSE 'NULL::integer' END;
    n bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        EXECUTE format('INSERT INTO change_event (entity_type, entity_id, household_id, commune_code, province_code,'
            || ' operation, version) SELECT %L, c.id, c.household_id, h.commune_code, h.province_code, ''CREATED'', %s'
            || ' FROM new_rows c JOIN household h ON h.id = c.household_id ORDER BY c.id', entity, version_expr);
    ELSIF TG_OP = 'UPDATE' THEN
        EXECUTE format('INSERT INTO change_event (entity_type, entity_id, household_id, commune_code, province_code,'
            || ' operation, version) SELECT %L, c.id, c.household_id, h.commune_code, h.province_code, ''UPDATED'', %s'
            || ' FROM new_rows c JOIN old_rows o ON o.id = c.id JOIN household h ON h.id = c.household_id'
            || ' WHERE c IS DISTINCT FROM o ORDER BY c.id', entity, version_expr);
    ELSE
        EXECUTE format('INSERT INTO change_event (entity_type, entity_id, household_id, commune_code, province_code,'
            || ' operation, version) SELECT %L, c.id, c.household_id, h.commune_code, h.province_code, ''DELETED'', NULL'
            || ' FROM old_rows c JOIN household h ON h.id = c.household_id ORDER BY c.id', entity);
    END IF;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n > 0 THEN
        PERFORM change_mark_pending();
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER household_member_change_inserted AFTER INSERT ON household_member
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION change_children('MEMBER', 'true');
CREATE TRIGGER household_member_change_updated AFTER UPDATE ON household_member
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION change_children('MEMBER', 'true');
CREATE TRIGGER household_member_change_deleted AFTER DELETE ON household_member
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION change_children('MEMBER', 'true');

CREATE TRIGGER household_record_change_inserted AFTER INSERT ON household_record
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION change_children('RECORD', 'false');
CREATE TRIGGER household_record_change_updated AFTER UPDATE ON household_record
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION change_children('RECORD', 'false');
CREATE TRIGGER household_record_change_deleted AFTER DELETE ON household_record
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION change_children('RECORD', 'false');

CREATE TRIGGER household_decision_change_inserted AFTER INSERT ON household_decision
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION change_children('DECISION', 'false');
CREATE TRIGGER household_decision_change_updated AFTER UPDATE ON household_decision
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION change_children('DECISION', 'false');
CREATE TRIGGER household_decision_change_deleted AFTER DELETE ON household_decision
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION change_children('DECISION', 'false');

CREATE TRIGGER support_plan_change_inserted AFTER INSERT ON support_plan
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION change_children('SUPPORT_PLAN', 'true');
CREATE TRIGGER support_plan_change_updated AFTER UPDATE ON support_plan
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION change_children('SUPPORT_PLAN', 'true');
CREATE TRIGGER support_plan_change_deleted AFTER DELETE ON support_plan
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION change_children('SUPPORT_PLAN', 'true');

-- What is already in the registry when the feed starts: one CREATED change per entity, so that a consumer
-- that reads the feed from the start ends with the whole registry.
INSERT INTO change_event (entity_type, entity_id, household_id, commune_code, province_code, operation, version)
SELECT 'HOUSEHOLD', id, id, commune_code, province_code,
       CASE WHEN status = 'CLOSED' THEN CASE close_reason WHEN 'MERGED' THEN 'MERGED' WHEN 'SPLIT' THEN 'SPLIT'
            ELSE 'CLOSED' END ELSE 'CREATED' END, version
FROM household ORDER BY created_at, id;
INSERT INTO change_event (entity_type, entity_id, household_id, commune_code, province_code, operation, version)
SELECT 'MEMBER', m.id, m.household_id, h.commune_code, h.province_code, 'CREATED', m.version
FROM household_member m JOIN household h ON h.id = m.household_id ORDER BY m.created_at, m.id;
INSERT INTO change_event (entity_type, entity_id, household_id, commune_code, province_code, operation, version)
SELECT 'RECORD', r.id, r.household_id, h.commune_code, h.province_code, 'CREATED', NULL
FROM household_record r JOIN household h ON h.id = r.household_id ORDER BY r.created_at, r.id;
INSERT INTO change_event (entity_type, entity_id, household_id, commune_code, province_code, operation, version)
SELECT 'DECISION', d.id, d.household_id, h.commune_code, h.province_code, 'CREATED', NULL
FROM household_decision d JOIN household h ON h.id = d.household_id ORDER BY d.created_at, d.id;
INSERT INTO change_event (entity_type, entity_id, household_id, commune_code, province_code, operation, version)
SELECT 'SUPPORT_PLAN', p.id, p.household_id, h.commune_code, h.province_code, 'CREATED', p.version
FROM support_plan p JOIN household h ON h.id = p.household_id ORDER BY p.created_at, p.id;
SELECT change_mark_pending() WHERE EXISTS (SELECT 1 FROM change_event);
