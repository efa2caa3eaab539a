-- Durations of the review procedure as data: how many days, whether they are working or calendar
-- days, and the text they come from. The service reads them instead of constants; when the law
-- changes, a later migration changes the row.
--
-- The regular review's limit: Quyết định 24/2021/QĐ-TTg, Điều 5 khoản 2 — the commune chairman decides
-- (or answers in writing with the reason for refusing) "trong thời hạn 15 ngày kể từ ngày bắt đầu rà soát"
-- (điểm b khoản 1 Điều 3: the regular review starts on the 15th of each month). The text says "ngày",
-- not "ngày làm việc": 15 calendar days. Counted as Bộ luật Dân sự 2015 counts periods in days: the
-- first day is not counted (art. 147), and a period whose last day is a weekend day or a public holiday
-- ends on the next working day (art. 148).
CREATE TABLE review_rule (
    key          varchar(40)  PRIMARY KEY,
    days         integer      NOT NULL CHECK (days BETWEEN 1 AND 365),
    day_kind     varchar(10)  NOT NULL CHECK (day_kind IN ('WORKING', 'CALENDAR')),
    legal_basis  varchar(500) NOT NULL
);

INSERT INTO review_rule (key, days, day_kind, legal_basis) VALUES
    ('REGULAR_DECISION', 15, 'CALENDAR',
     'Quyết định 24/2021/QĐ-TTg, Điều 5 khoản 2: quyết định công nhận trong thời hạn 15 ngày kể từ ngày bắt đầu rà soát (điểm b khoản 1 Điều 3)');
