-- One searchable text per household: its code and its active members' names, lower case and
-- without diacritics. A name search then filters households directly (and stops at the first page)
-- instead of collecting every matching member of the province first.

ALTER TABLE household ADD COLUMN search_text text NOT NULL DEFAULT '';

UPDATE household h
SET search_text = lower(h.code) || ' ' || coalesce((
        SELECT string_agg(m.search_name, ' | ' ORDER BY m.position)
        FROM household_member m
        WHERE m.household_id = h.id AND m.status = 'ACTIVE'), '');

CREATE INDEX household_search_text_trgm_idx ON household USING gin (search_text gin_trgm_ops);
