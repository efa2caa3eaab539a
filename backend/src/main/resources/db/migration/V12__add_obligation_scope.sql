-- A local obligation binds the units of one province (its own plan); a statutory one every province.
-- No foreign key: the administrative units are imported at startup, after the migrations.
ALTER TABLE report_obligation ADD COLUMN province_code varchar(5);
COMMENT ON COLUMN report_obligation.province_code IS 'Only this province''s units owe it; NULL: every province';

-- The seed's local obligations are Huế's (Kế hoạch 59/KH-UBND of the seed district)
UPDATE report_obligation SET province_code = '46' WHERE NOT statutory;
-- and what they planned elsewhere, nobody has sent
DELETE FROM report_reminder r USING report_submission s, report_obligation o
WHERE r.submission_id = s.id AND s.obligation_code = o.code AND o.province_code IS NOT NULL
  AND s.province_code <> o.province_code;
DELETE FROM report_submission s USING report_obligation o
WHERE s.obligation_code = o.code AND o.province_code IS NOT NULL AND s.province_code <> o.province_code
  AND s.versions = 0;
