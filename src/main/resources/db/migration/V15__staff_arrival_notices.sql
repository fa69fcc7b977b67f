-- Work arriving is announced to desk staff (fr.guichet.desk.arrival, docs/reminders.md "Arrivals"): a confirmed web
-- filing, a requester's answer or withdrawal, a partner delivery that failed for good.

-- One row per announced fact. The unique keys make an arrival once-only, even when two replicas run the job at the
-- same instant: rows are inserted with ON CONFLICT DO NOTHING in the transaction that records their notices.
-- A history entry is the fact (request_id, history_seq); a failed delivery is (partner_event_id, failed_at), so an
-- event replayed by an admin that fails again is a new arrival. Codes and the reference only: never identity.
CREATE TABLE desk_arrivals (
    id               uuid PRIMARY KEY,
    kind             text        NOT NULL CHECK (kind IN ('WEB_FILING', 'ANSWER', 'WITHDRAWAL', 'DELIVERY_FAILED')),
    request_id       uuid        NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    request_reference text       NOT NULL,
    controller_id    uuid        NOT NULL REFERENCES controllers (id),
    history_seq      integer,
    partner_event_id uuid        REFERENCES partner_events (id) ON DELETE CASCADE,
    partner_id       text,
    failed_at        timestamptz,
    -- When the fact happened (the history entry's recorded_at, the delivery's dead_at).
    occurred_at      timestamptz NOT NULL,
    noticed_at       timestamptz NOT NULL,
    CHECK ((kind = 'DELIVERY_FAILED') = (partner_event_id IS NOT NULL)),
    CHECK ((kind = 'DELIVERY_FAILED') = (history_seq IS NULL))
);
CREATE UNIQUE INDEX desk_arrivals_history ON desk_arrivals (request_id, history_seq) WHERE history_seq IS NOT NULL;
CREATE UNIQUE INDEX desk_arrivals_delivery ON desk_arrivals (partner_event_id, failed_at)
    WHERE partner_event_id IS NOT NULL;

-- Who is told of each arrival, decided when it is noticed: each staff member who answers for the controller and whose
-- address the desk knows (their subject), else the controller's DPO contact ('dpo-contact:<controller id>'). No
-- address is stored. mail_id is set in the transaction that queues the e-mail (alone, or in a digest).
CREATE TABLE desk_arrival_notices (
    arrival_id uuid NOT NULL REFERENCES desk_arrivals (id) ON DELETE CASCADE,
    recipient  text NOT NULL,
    mail_id    uuid,
    PRIMARY KEY (arrival_id, recipient)
);
-- The notices still to send: a handful at any time, however many were ever sent.
CREATE INDEX desk_arrival_notices_unsent ON desk_arrival_notices (recipient, arrival_id) WHERE mail_id IS NULL;

-- When each recipient's last digest was queued: the next is due digest-every later.
CREATE TABLE desk_arrival_digests (
    recipient text        PRIMARY KEY,
    sent_at   timestamptz NOT NULL
);

-- How far each source has been read (the latest instant seen); a run re-reads a short overlap before it, so that a
-- fact whose transaction committed a little after a later one is still found (its row then makes it once-only).
CREATE TABLE desk_arrival_cursors (
    source  text        PRIMARY KEY CHECK (source IN ('REQUESTER_STEPS', 'FAILED_DELIVERIES')),
    read_to timestamptz NOT NULL
);

-- The scans, through the owning features' services (RequesterActivity, FailedDeliveries): the person's own steps in
-- request history, and failed deliveries, each in time order from a recent instant without touching the rest.
CREATE INDEX request_history_requester_steps ON request_history (recorded_at, request_id, seq)
    WHERE actor = 'requester' AND event IN ('FILED', 'INFORMATION_RECEIVED', 'WITHDRAW');
CREATE INDEX partner_events_failed_at ON partner_events (dead_at, id) WHERE delivery_state = 'DEAD';
