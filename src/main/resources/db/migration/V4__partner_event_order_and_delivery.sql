-- Partner events get a total order that no poller can overtake, and the columns of their delivery.
--
-- The order is (tx_id, seq): tx_id is the id of the transaction that wrote the event, seq its insertion order.
-- Readers only ever see events whose transaction is older than the oldest transaction still running
-- (tx_id < pg_snapshot_xmin(pg_current_snapshot())): no event can later appear before a position already read,
-- even when transactions commit out of order. See docs/partners.md.

ALTER TABLE partner_events RENAME COLUMN sent_at TO delivered_at;
ALTER TABLE partner_events
    ADD COLUMN seq                     bigint GENERATED ALWAYS AS IDENTITY,
    ADD COLUMN tx_id                   bigint      NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
    -- Webhook delivery: PENDING until a 2xx (DELIVERED) or until retries run out (DEAD, replayable by admins).
    ADD COLUMN delivery_state          text        NOT NULL DEFAULT 'PENDING'
        CHECK (delivery_state IN ('PENDING', 'DELIVERED', 'DEAD')),
    ADD COLUMN attempts                integer     NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at         timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN claimed_by              text,
    ADD COLUMN claimed_until           timestamptz,
    ADD COLUMN dead_at                 timestamptz,
    ADD COLUMN last_error              text,
    -- Art. 19 exemption recorded by an admin (disproportionate effort), with its justification.
    ADD COLUMN exempt_at               timestamptz,
    ADD COLUMN exempted_by             text,
    ADD COLUMN exemption_justification text,
    ADD CONSTRAINT partner_events_exemption_justified CHECK (exempt_at IS NULL OR exemption_justification IS NOT NULL);

-- The feed and the snapshot boundary: one partner's events in (tx_id, seq) order.
CREATE UNIQUE INDEX partner_events_feed ON partner_events (partner_id, tx_id, seq);
-- The delivery workers' claim predicate.
CREATE INDEX partner_events_due ON partner_events (next_attempt_at) WHERE delivery_state = 'PENDING';
-- Per-subject ordering: is an earlier event for the same partner and subject still undelivered?
CREATE INDEX partner_events_subject_undelivered ON partner_events
    (partner_id, processing_id, study_id, participant_code, tx_id, seq) WHERE delivery_state <> 'DELIVERED';

-- Every attempt, for the admins' view of a failing endpoint.
CREATE TABLE delivery_attempts (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     uuid        NOT NULL REFERENCES partner_events (id),
    attempted_at timestamptz NOT NULL,
    duration_ms  integer     NOT NULL,
    status_code  integer,
    error        text,
    response     text
);
CREATE INDEX delivery_attempts_event ON delivery_attempts (event_id, attempted_at);

-- A 410 Gone disables the endpoint until an admin re-enables it.
ALTER TABLE partners
    ADD COLUMN webhook_disabled_at     timestamptz,
    ADD COLUMN webhook_disabled_reason text;

-- Flags carry the transactions that set and lifted them, so a snapshot can be cut at exactly the feed position
-- it is consistent with.
ALTER TABLE flags
    ADD COLUMN set_tx    bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
    ADD COLUMN lifted_tx bigint;

CREATE FUNCTION flags_record_lift_tx() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.lifted_at IS NOT NULL AND OLD.lifted_at IS NULL THEN
        NEW.lifted_tx := pg_current_xact_id()::text::bigint;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER flags_lift_tx BEFORE UPDATE OF lifted_at ON flags
    FOR EACH ROW EXECUTE FUNCTION flags_record_lift_tx();
CREATE INDEX flags_in_force_by_processing ON flags (processing_id, set_tx) WHERE lifted_at IS NULL;
