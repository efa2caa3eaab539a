-- The change feed under bulk loads (V16 stays as it was first applied; this corrects it).
--
-- 1. Committing a transaction of many changes (the demo load, a province's yearly status) folded its rows with a
--    join of two aggregates over them: quadratic, minutes at 50,000 households. One window pass now.
-- 2. A bulk load (giamngheo.bulk_load = 'on', bulk_loading() in V11) writes no change per row: the triggers stand
--    aside, and at its end the loader calls change_record_unlisted(), which gives every entity without a change yet
--    one CREATED change (a closed household its tombstone) with its current version, numbered at once under the
--    counter's lock (held to the loader's commit, so positions stay gap-free and in commit order).

-- whether an entity has any change yet (change_record_unlisted)
CREATE INDEX IF NOT EXISTS change_event_entity_idx ON change_event (entity_id);

CREATE OR REPLACE FUNCTION change_number_at_commit() RETURNS trigger AS $$
DECLARE
    last bigint;
    n bigint;
BEGIN
    -- one change per entity and transaction: a household registered with its head (an INSERT, then the UPDATE
    -- that names the head) is one CREATED; a closure among other updates stays a closure
    -- (one pass over the transaction's rows; each statement then joins them to change_event by its key only, so
    -- that a transaction of a hundred thousand changes costs as many index lookups, never a product)
    WITH ranked AS (
        SELECT id, operation,
               row_number() OVER (PARTITION BY entity_type, entity_id ORDER BY id DESC) AS from_last,
               count(*) OVER entity AS rows,
               CASE WHEN bool_or(operation = 'DELETED') OVER entity THEN 'DELETED'
                    WHEN bool_or(operation = 'CREATED') OVER entity THEN 'CREATED'
                    ELSE coalesce(max(operation) FILTER (WHERE operation IN ('CLOSED', 'MERGED', 'SPLIT')) OVER entity,
                                  'UPDATED')
               END AS folded
        FROM change_event WHERE txid = NEW.txid AND position IS NULL
        WINDOW entity AS (PARTITION BY entity_type, entity_id)),
    dropped AS (
        DELETE FROM change_event e USING ranked r WHERE e.id = r.id AND r.from_last > 1)
    UPDATE change_event e SET operation = r.folded FROM ranked r
    WHERE e.id = r.id AND r.from_last = 1 AND r.rows > 1 AND e.operation <> r.folded;

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

CREATE OR REPLACE FUNCTION change_households_inserted() RETURNS trigger AS $$
BEGIN
    IF bulk_loading() THEN RETURN NULL; END IF;
    INSERT INTO change_event (entity_type, entity_id, household_id, commune_code, province_code, operation, version)
    SELECT 'HOUSEHOLD', n.id, n.id, n.commune_code, n.province_code, 'CREATED', n.version FROM new_rows n;
    IF FOUND THEN PERFORM change_mark_pending(); END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION change_households_updated() RETURNS trigger AS $$
BEGIN
    IF bulk_loading() THEN RETURN NULL; END IF;
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

CREATE OR REPLACE FUNCTION change_children() RETURNS trigger AS $$
DECLARE
    entity text := TG_ARGV[0];
    versioned boolean := TG_ARGV[1]::boolean;
    version_expr text := CASE WHEN versioned THEN 'c.version' ELSE 'NULL::integer' END;
    n bigint;
BEGIN
    IF bulk_loading() THEN RETURN NULL; END IF;
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

CREATE OR REPLACE FUNCTION change_record_unlisted() RETURNS bigint AS $$
DECLARE
    last bigint;
    n bigint;
BEGIN
    SELECT last_position INTO last FROM change_counter FOR UPDATE;
    WITH unlisted AS (
        SELECT 1 AS kind, h.created_at AS at, 'HOUSEHOLD' AS entity_type, h.id AS entity_id, h.id AS household_id,
               h.commune_code, h.province_code,
               CASE WHEN h.status = 'CLOSED' THEN CASE h.close_reason WHEN 'MERGED' THEN 'MERGED'
                    WHEN 'SPLIT' THEN 'SPLIT' ELSE 'CLOSED' END ELSE 'CREATED' END AS operation, h.version
        FROM household h WHERE NOT EXISTS (SELECT 1 FROM change_event c WHERE c.entity_id = h.id)
        UNION ALL
        SELECT 2, m.created_at, 'MEMBER', m.id, m.household_id, h.commune_code, h.province_code, 'CREATED', m.version
        FROM household_member m JOIN household h ON h.id = m.household_id
        WHERE NOT EXISTS (SELECT 1 FROM change_event c WHERE c.entity_id = m.id)
        UNION ALL
        SELECT 3, r.created_at, 'RECORD', r.id, r.household_id, h.commune_code, h.province_code, 'CREATED', NULL
        FROM household_record r JOIN household h ON h.id = r.household_id
        WHERE NOT EXISTS (SELECT 1 FROM change_event c WHERE c.entity_id = r.id)
        UNION ALL
        SELECT 4, d.created_at, 'DECISION', d.id, d.household_id, h.commune_code, h.province_code, 'CREATED', NULL
        FROM household_decision d JOIN household h ON h.id = d.household_id
        WHERE NOT EXISTS (SELECT 1 FROM change_event c WHERE c.entity_id = d.id)
        UNION ALL
        SELECT 5, p.created_at, 'SUPPORT_PLAN', p.id, p.household_id, h.commune_code, h.province_code, 'CREATED',
               p.version
        FROM support_plan p JOIN household h ON h.id = p.household_id
        WHERE NOT EXISTS (SELECT 1 FROM change_event c WHERE c.entity_id = p.id))
    INSERT INTO change_event (position, entity_type, entity_id, household_id, commune_code, province_code, operation,
                              version)
    SELECT last + row_number() OVER (ORDER BY kind, at, entity_id), entity_type, entity_id, household_id,
           commune_code, province_code, operation, version
    FROM unlisted;
    GET DIAGNOSTICS n = ROW_COUNT;
    UPDATE change_counter SET last_position = last + n;
    RETURN n;
END;
$$ LANGUAGE plpgsql;
