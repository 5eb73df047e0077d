-- Retention periods per category, set by an administrator.
--
-- Every recording belongs to one category (the default one when it arrives) and is kept its
-- category's period from its recorded start. Changing a period re-dates the category's
-- recordings in one transaction, after the administrator has seen the impact and confirmed it;
-- the change is audited. The period is whole days: councils write their policies in days, and
-- days are counted in the council's time zone, so a clock change does not move them.

CREATE TABLE retention_category (
    code        varchar(32)   PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]*$'),
    name        varchar(80)   NOT NULL UNIQUE,
    description varchar(300)  NOT NULL,
    period_days integer       NOT NULL CHECK (period_days BETWEEN 1 AND 3650),
    is_default  boolean       NOT NULL DEFAULT false,
    position    integer       NOT NULL,
    changed_by  varchar(64),
    changed_at  timestamptz,
    version     bigint        NOT NULL DEFAULT 0
);
-- Exactly one category is where new footage goes.
CREATE UNIQUE INDEX retention_category_one_default ON retention_category (is_default) WHERE is_default;

INSERT INTO retention_category (code, name, description, period_days, is_default, position) VALUES
    ('GENERAL', 'General', 'Everyday footage not kept for any other reason: deleted within 31 days.', 31, true, 1),
    ('INCIDENT', 'Incident, no further action',
        'An incident was recorded but nothing is being taken further yet; kept longer in case a report or claim follows.', 60, false, 2),
    ('COMPLAINT', 'Possible complaint',
        'The person recorded said they would complain; kept long enough for a complaint to be made and looked into.', 90, false, 3);

-- Existing footage is everyday footage: its due dates were worked out with 31 days, as GENERAL's;
-- the column default is only for rows written by hand (the application names the category).
ALTER TABLE recording ADD COLUMN retention_category varchar(32) NOT NULL DEFAULT 'GENERAL'
    REFERENCES retention_category (code);
-- A period change reads one category's recordings.
CREATE INDEX recording_category_idx ON recording (retention_category, id) WHERE deleting_since IS NULL;
