-- The audit log: append-only and hash-chained.
--
-- Each event's hash is SHA-256 over the previous event's hash and the event's own fields (the
-- exact encoding is uk.council.evidence.audit.entity.AuditChain). seq has no gaps: the
-- application takes a transaction-scoped advisory lock, reads the last event and writes the
-- next one, so a deleted row shows up as a gap and an edited one as a hash mismatch.
--
-- The database itself refuses UPDATE, DELETE and TRUNCATE, whoever asks. Only someone who can
-- drop the trigger (the schema owner) can alter history, and verification then names the row.

CREATE TABLE audit_event (
    seq            bigint       PRIMARY KEY CHECK (seq > 0),
    occurred_at    timestamptz  NOT NULL,
    actor          varchar(120) NOT NULL,
    action         varchar(64)  NOT NULL,
    target_type    varchar(64),
    target_id      varchar(128),
    details        text         NOT NULL DEFAULT '',
    source_address varchar(64),
    prev_hash      char(64)     NOT NULL,
    hash           char(64)     NOT NULL,
    CONSTRAINT audit_event_hash_uq UNIQUE (hash)
);
CREATE INDEX audit_event_occurred_at_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_target_idx ON audit_event (target_type, target_id);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at);

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
