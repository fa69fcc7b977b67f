-- The global audit log: append-only and hash-chained (fr.guichet.audit.AuditLog, docs/audit.md). It holds ids,
-- codes and actions only, never identity data: it can be neither edited nor erased.
CREATE TABLE audit_log (
    seq         bigint      PRIMARY KEY CHECK (seq > 0),
    -- When it happened (staff may back-date it) and when the desk recorded it.
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL,
    actor       text        NOT NULL,
    action      text        NOT NULL,
    entity_type text        NOT NULL,
    entity_id   text        NOT NULL,
    -- A flat object of strings.
    details     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    prev_hash   bytea       NOT NULL CHECK (octet_length(prev_hash) = 32),
    hash        bytea       NOT NULL CHECK (octet_length(hash) = 32)
);
-- Time-range exports: by what happened when, or by what was recorded when (incremental shipping).
CREATE INDEX audit_log_occurred_at ON audit_log (occurred_at, seq);
CREATE INDEX audit_log_recorded_at ON audit_log (recorded_at, seq);

-- Appending locks this one row (SELECT … FOR UPDATE), so every replica appends in turn; the chain is serialised
-- by the database. It also records the chain's end, so that a cut tail is detected.
CREATE TABLE audit_head (
    id        integer PRIMARY KEY CHECK (id = 1),
    last_seq  bigint  NOT NULL,
    last_hash bytea   NOT NULL CHECK (octet_length(last_hash) = 32)
);
INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, decode(repeat('00', 32), 'hex'));

-- Append-only for the application and for mistakes; deliberate tampering by a table owner is what the hash
-- chain is for.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
