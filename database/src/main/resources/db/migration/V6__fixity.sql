-- Fixity: the stored originals are re-hashed, a few at a time, for ever, so that a file changed
-- or lost on disk is found and reported long before anyone needs it in court.
--
-- fixity_result keeps the latest outcome per recording (the history is in the audit log, where
-- every failure is an event). fixity_progress is one row: where the current pass has reached,
-- so a restart continues rather than starting over, and a lease so that of several servers
-- sharing the database only one checks at a time.

CREATE TABLE fixity_result (
    recording_id bigint       PRIMARY KEY REFERENCES recording (id),
    checked_at   timestamptz  NOT NULL,
    outcome      varchar(16)  NOT NULL,
    detail       varchar(500) NOT NULL DEFAULT '',
    CONSTRAINT fixity_result_outcome_known CHECK (outcome IN ('INTACT', 'ALTERED', 'MISSING'))
);
CREATE INDEX fixity_result_failed_idx ON fixity_result (checked_at) WHERE outcome <> 'INTACT';

CREATE TABLE fixity_progress (
    id                 smallint     PRIMARY KEY CHECK (id = 1),
    pass               integer      NOT NULL DEFAULT 1,
    pass_started_at    timestamptz,
    last_pass_ended_at timestamptz,
    after_recording_id bigint       NOT NULL DEFAULT 0,
    checked_this_pass  bigint       NOT NULL DEFAULT 0,
    lease_holder       varchar(64),
    lease_until        timestamptz
);
INSERT INTO fixity_progress (id) VALUES (1);
