-- Reporting obligations (domain.md §5): who owes which report, for which periods, by when; the
-- expected submissions, their frozen versions, reminders and whom to remind.

CREATE TABLE report_obligation (
    code                    varchar(40)   PRIMARY KEY,
    title                   varchar(300)  NOT NULL,
    title_en                varchar(300)  NOT NULL,
    legal_basis             varchar(300),
    period_type             varchar(12)   NOT NULL CHECK (period_type IN ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY')),
    -- the periods of a year that owe it: months (1-12), quarters (1-4), halves (1-2) or {1} for the year
    periods                 integer[]     NOT NULL,
    due_rule                varchar(20)   NOT NULL CHECK (due_rule IN ('DAY_OF_NEXT_MONTH', 'FIXED_DATE', 'DAYS_AFTER_PERIOD')),
    -- DAY_OF_NEXT_MONTH: the day; FIXED_DATE: day and month in the period's year; DAYS_AFTER_PERIOD: days
    due_day                 integer       NOT NULL CHECK (due_day BETWEEN 0 AND 366),
    due_month               integer       CHECK (due_month BETWEEN 1 AND 12),
    -- 0: the submission opens the day after the period ends; otherwise that many days before the due date
    opens_days_before_due   integer       NOT NULL DEFAULT 0 CHECK (opens_days_before_due >= 0),
    owner_level             varchar(12)   NOT NULL CHECK (owner_level IN ('COMMUNE', 'PROVINCE', 'HELP_GROUP', 'AGENCY')),
    recipient_level         varchar(12)   NOT NULL CHECK (recipient_level IN ('PROVINCE', 'MINISTRY')),
    content                 varchar(30)   NOT NULL,
    -- days relative to the due date: -5 five days before, 1 the day after
    reminder_offsets        integer[]     NOT NULL DEFAULT '{-5,1}',
    -- after due + lock_days a late submission needs the recipient to reopen it
    lock_days               integer       NOT NULL DEFAULT 10 CHECK (lock_days >= 0),
    statutory               boolean       NOT NULL,
    active                  boolean       NOT NULL DEFAULT true,
    version                 integer       NOT NULL DEFAULT 0,
    updated_at              timestamptz   NOT NULL,
    updated_by              varchar(100)  NOT NULL
);

INSERT INTO report_obligation (code, title, title_en, legal_basis, period_type, periods, due_rule, due_day, due_month,
        opens_days_before_due, owner_level, recipient_level, content, reminder_offsets, lock_days, statutory,
        updated_at, updated_by) VALUES
    ('COMMUNE_REGULAR_REVIEW', 'Báo cáo kết quả rà soát thường xuyên hằng tháng',
     'Monthly report on the regular review', 'Quyết định 24/2021/QĐ-TTg, Điều 7',
     'MONTHLY', '{1,2,3,4,5,6,7,8}', 'DAY_OF_NEXT_MONTH', 5, NULL, 0, 'COMMUNE', 'PROVINCE', 'REGULAR_REVIEW',
     '{-5,1}', 10, true, now(), 'seed'),
    ('PROVINCE_PERIODIC_PRELIMINARY', 'Báo cáo sơ bộ kết quả rà soát định kỳ',
     'Preliminary results of the periodic review', 'Quyết định 24/2021/QĐ-TTg, Điều 7',
     'YEARLY', '{1}', 'FIXED_DATE', 15, 11, 15, 'PROVINCE', 'MINISTRY', 'PERIODIC_RESULTS',
     '{-5,1}', 10, true, now(), 'seed'),
    ('PROVINCE_PERIODIC_OFFICIAL', 'Báo cáo chính thức kết quả rà soát định kỳ',
     'Official results of the periodic review', 'Quyết định 24/2021/QĐ-TTg, Điều 7',
     'YEARLY', '{1}', 'FIXED_DATE', 20, 12, 20, 'PROVINCE', 'MINISTRY', 'PERIODIC_RESULTS',
     '{-5,1}', 10, true, now(), 'seed'),
    ('AGENCY_SUPPORT_MIDYEAR', 'Báo cáo kết quả giúp đỡ hộ nghèo 6 tháng',
     'Support results, first half-year', 'Kế hoạch 59/KH-UBND (ví dụ địa phương)',
     'YEARLY', '{1}', 'FIXED_DATE', 30, 5, 30, 'AGENCY', 'PROVINCE', 'SUPPORT_RESULTS',
     '{-5,1}', 10, false, now(), 'seed'),
    ('AGENCY_SUPPORT_ANNUAL', 'Báo cáo kết quả giúp đỡ hộ nghèo năm',
     'Support results of the year', 'Kế hoạch 59/KH-UBND (ví dụ địa phương)',
     'YEARLY', '{1}', 'FIXED_DATE', 30, 11, 30, 'AGENCY', 'PROVINCE', 'SUPPORT_RESULTS',
     '{-5,1}', 10, false, now(), 'seed'),
    ('COMMUNE_SUPPORT_ANNUAL', 'Báo cáo kết quả giúp đỡ hộ nghèo năm của xã',
     'Support results of the year, commune', 'Kế hoạch 59/KH-UBND (ví dụ địa phương)',
     'YEARLY', '{1}', 'FIXED_DATE', 30, 11, 30, 'COMMUNE', 'PROVINCE', 'SUPPORT_RESULTS',
     '{-5,1}', 10, false, now(), 'seed'),
    ('COMMUNE_BRIEFING', 'Báo cáo giao ban quý I và quý III', 'Quarterly briefing (Q1 and Q3)',
     'Kế hoạch 59/KH-UBND (ví dụ địa phương)',
     'QUARTERLY', '{1,3}', 'DAYS_AFTER_PERIOD', 0, NULL, 10, 'COMMUNE', 'PROVINCE', 'BRIEFING',
     '{-5}', 10, false, now(), 'seed');

-- One expected submission per obligation, unit and period.
CREATE TABLE report_submission (
    id                  uuid          PRIMARY KEY,
    obligation_code     varchar(40)   NOT NULL REFERENCES report_obligation (code),
    -- a commune or province code, or a help group's or agency's id
    unit_code           varchar(40)   NOT NULL,
    unit_name           varchar(300)  NOT NULL,
    -- the province the unit belongs to (itself for a province): who receives and who sees
    province_code       varchar(5)    NOT NULL,
    period_start        date          NOT NULL,
    period_end          date          NOT NULL,
    period_label        varchar(20)   NOT NULL,
    opens_on            date          NOT NULL,
    due_on              date          NOT NULL,
    locks_on            date          NOT NULL,
    status              varchar(12)   NOT NULL DEFAULT 'PENDING'
                        CHECK (status IN ('PENDING', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    first_submitted_on  date,
    late                boolean,
    submitted_at        timestamptz,
    submitted_by        varchar(100),
    returned_reason     varchar(1000),
    returned_at         timestamptz,
    returned_by         varchar(100),
    accepted_at         timestamptz,
    accepted_by         varchar(100),
    reopened_until      date,
    reopened_by         varchar(100),
    versions            integer       NOT NULL DEFAULT 0,
    version             integer       NOT NULL DEFAULT 0,
    CONSTRAINT report_submission_once UNIQUE (obligation_code, unit_code, period_start)
);
CREATE INDEX report_submission_province_idx ON report_submission (province_code, obligation_code, period_start);
CREATE INDEX report_submission_unit_idx ON report_submission (unit_code, due_on DESC);
CREATE INDEX report_submission_due_idx ON report_submission (status, due_on);

-- Each submission frozen as it was sent; a re-submission adds a version and keeps the earlier ones.
CREATE TABLE report_submission_version (
    id               uuid          PRIMARY KEY,
    submission_id    uuid          NOT NULL REFERENCES report_submission (id),
    number           integer       NOT NULL,
    figures          jsonb         NOT NULL,
    narrative        text,
    attachment_name  varchar(200),
    attachment       bytea,
    submitted_on     date          NOT NULL,
    submitted_at     timestamptz   NOT NULL,
    submitted_by     varchar(100)  NOT NULL,
    CONSTRAINT report_submission_version_once UNIQUE (submission_id, number)
);

-- Whom to e-mail about a unit's reports.
CREATE TABLE report_contact (
    unit_code   varchar(40)   NOT NULL,
    email       varchar(150)  NOT NULL,
    PRIMARY KEY (unit_code, email)
);

-- Every reminder given, in the app and by e-mail, once per offset.
CREATE TABLE report_reminder (
    id              uuid          PRIMARY KEY,
    submission_id   uuid          NOT NULL REFERENCES report_submission (id),
    offset_days     integer       NOT NULL,
    channel         varchar(8)    NOT NULL CHECK (channel IN ('APP', 'EMAIL')),
    recipient       varchar(150)  NOT NULL,
    sent_on         date          NOT NULL,
    sent_at         timestamptz   NOT NULL,
    CONSTRAINT report_reminder_once UNIQUE (submission_id, offset_days, channel, recipient)
);
CREATE INDEX report_reminder_submission_idx ON report_reminder (submission_id);
