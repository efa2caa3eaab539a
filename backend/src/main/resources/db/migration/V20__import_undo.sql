-- Undo of a whole import (vn.giamngheo.imports): what its commit left of each household, so that an undo can tell
-- that nothing newer touched it, and what the household was before, so that the undo can put it back.

-- The state of a household and of everything that hangs on it: its row, its members, its records (and which one
-- is current), its decisions, review items, support plans and groups. Any write to any of them (each bumps a
-- version or an updated_at, or adds a row) changes the fingerprint.
CREATE FUNCTION household_fingerprint(p_household uuid) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT md5(concat_ws('|',
        (SELECT to_jsonb(h)::text FROM household h WHERE h.id = p_household),
        (SELECT string_agg(to_jsonb(m)::text, ',' ORDER BY m.id) FROM household_member m
          WHERE m.household_id = p_household),
        (SELECT string_agg(r.id::text || ':' || r.current, ',' ORDER BY r.id) FROM household_record r
          WHERE r.household_id = p_household),
        (SELECT string_agg(d.id::text, ',' ORDER BY d.id) FROM household_decision d
          WHERE d.household_id = p_household),
        (SELECT string_agg(to_jsonb(i)::text, ',' ORDER BY i.id) FROM review_item i
          WHERE i.household_id = p_household),
        (SELECT string_agg(to_jsonb(s)::text, ',') FROM support_plan s WHERE s.household_id = p_household),
        (SELECT string_agg(to_jsonb(g)::text, ',' ORDER BY g::text) FROM help_group_household g
          WHERE g.household_id = p_household),
        (SELECT count(*)::text FROM cross_check_household c WHERE c.household_id = p_household)))
$$;

-- The household's row and its members' rows as they were, for the undo of an update.
CREATE FUNCTION household_image(p_household uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('household', to_jsonb(h),
        'members', coalesce((SELECT jsonb_agg(to_jsonb(m)) FROM household_member m WHERE m.household_id = h.id),
                            '[]'::jsonb))
    FROM household h WHERE h.id = p_household
$$;

ALTER TABLE import_household
    -- the yearly record the commit wrote (its supersedes_id is the one it replaced as current)
    ADD COLUMN record_id    uuid,
    -- the record that one replaced as current (found by the undo, which makes it current again)
    ADD COLUMN replaced_record_id uuid,
    -- household_fingerprint() as the commit left it
    ADD COLUMN fingerprint  char(32),
    -- set by an undo: the household was removed (NEW) or put back as it was (UPDATED)
    ADD COLUMN undone       boolean NOT NULL DEFAULT false;

-- an undone NEW household no longer exists: the row keeps its code and loses the reference
ALTER TABLE import_household DROP CONSTRAINT import_household_household_id_fkey;
ALTER TABLE import_household ADD CONSTRAINT import_household_household_id_fkey
    FOREIGN KEY (household_id) REFERENCES household (id) ON DELETE SET NULL;

-- the committed households of a job (the undo's checks and writes)
CREATE INDEX import_household_committed_idx ON import_household (job_id) WHERE committed;

-- The feed tells a deleted household (only an import's undo deletes one) like its deleted members and records.
CREATE FUNCTION change_households_deleted() RETURNS trigger AS $$
BEGIN
    INSERT INTO change_event (entity_type, entity_id, household_id, commune_code, province_code, operation, version)
    SELECT 'HOUSEHOLD', o.id, o.id, o.commune_code, o.province_code, 'DELETED', NULL FROM old_rows o ORDER BY o.id;
    IF FOUND THEN PERFORM change_mark_pending(); END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER household_change_deleted AFTER DELETE ON household
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION change_households_deleted();
