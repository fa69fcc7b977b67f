-- Requests, their history, the flags their decisions put in force, and the outbox of partner events.
-- Deadlines are recomputed from the history by the deadline engine; the columns effective_due,
-- internal_target and paused are a projection of that computation, refreshed on every action, kept only so
-- that queues can be sorted and filtered with an index.

CREATE TABLE requests (
    id                   uuid PRIMARY KEY,
    reference            text        NOT NULL,
    controller_id        uuid        NOT NULL REFERENCES controllers (id),
    requested_right      text        NOT NULL CHECK (requested_right IN ('ACCESS', 'RECTIFICATION', 'ERASURE',
                                                     'LIMITATION', 'OPPOSITION', 'PORTABILITY')),
    channel              text        NOT NULL CHECK (channel IN ('WEB', 'EMAIL', 'POST', 'IN_PERSON', 'PHONE')),
    received_at          timestamptz NOT NULL,
    language             text        NOT NULL CHECK (language IN ('fr', 'en')),
    requester_role       text        NOT NULL CHECK (requester_role IN ('SELF', 'PARENT', 'GUARDIAN', 'HEIR',
                                                     'MANDATARY')),
    -- Requester and data-subject identity, contact, details and reason: encrypted with GUICHET_DATA_KEY.
    identity             bytea       NOT NULL,
    -- Keyed hash of the normalised requester e-mail, for exact-match search without storing it in clear.
    requester_email_hash bytea,
    study_id             uuid REFERENCES studies (id),
    participant_code     text,
    status               text        NOT NULL CHECK (status IN ('RECEIVED', 'AWAITING_INFORMATION', 'IN_PROGRESS',
                                                     'DECIDED', 'ANSWERED', 'CLOSED', 'WITHDRAWN')),
    outcome              text CHECK (outcome IN ('GRANTED', 'PARTIALLY_GRANTED', 'REFUSED', 'NOT_APPLICABLE',
                                                 'LAPSED')),
    legal_ground         text,
    extended             boolean     NOT NULL DEFAULT false,
    effective_due        date        NOT NULL,
    internal_target      date        NOT NULL,
    paused               boolean     NOT NULL DEFAULT false,
    responded_at         timestamptz,
    closed_at            timestamptz,
    created_at           timestamptz NOT NULL,
    last_activity_at     timestamptz NOT NULL,
    version              integer     NOT NULL DEFAULT 0,
    -- An outcome exists exactly once the request is decided (or closed as lapsed).
    CONSTRAINT requests_outcome_when_decided CHECK (
        (status IN ('RECEIVED', 'AWAITING_INFORMATION', 'IN_PROGRESS', 'WITHDRAWN')) = (outcome IS NULL)),
    CONSTRAINT requests_study_with_code CHECK (participant_code IS NULL OR study_id IS NOT NULL)
);
CREATE UNIQUE INDEX requests_reference_key ON requests (reference);
CREATE INDEX requests_effective_due ON requests (effective_due, id);
CREATE INDEX requests_email_hash ON requests (requester_email_hash) WHERE requester_email_hash IS NOT NULL;

CREATE TABLE request_processings (
    request_id    uuid NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    processing_id uuid NOT NULL REFERENCES processings (id),
    PRIMARY KEY (request_id, processing_id)
);
CREATE INDEX request_processings_processing ON request_processings (processing_id);

-- Append-only: what happened (occurred_at, possibly back-dated by staff) and when the desk recorded it.
CREATE TABLE request_history (
    request_id  uuid        NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    seq         integer     NOT NULL,
    event       text        NOT NULL,
    actor       text        NOT NULL,
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL,
    from_status text,
    to_status   text        NOT NULL,
    details     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    PRIMARY KEY (request_id, seq)
);

-- Standing states for a subject (processing + study + participant code): an opposition or a restriction.
CREATE TABLE flags (
    id                  uuid PRIMARY KEY,
    type                text        NOT NULL CHECK (type IN ('OPPOSITION', 'RESTRICTION')),
    controller_id       uuid        NOT NULL REFERENCES controllers (id),
    processing_id       uuid        NOT NULL REFERENCES processings (id),
    study_id            uuid        NOT NULL REFERENCES studies (id),
    participant_code    text        NOT NULL,
    set_by_request_id   uuid        NOT NULL REFERENCES requests (id),
    set_at              timestamptz NOT NULL,
    -- Art. 18(3): the person is told before a restriction is lifted.
    lift_notice_at      timestamptz,
    lifted_at           timestamptz,
    lifted_by_request_id uuid REFERENCES requests (id),
    CONSTRAINT flags_lift_after_set CHECK (lifted_at IS NULL OR lifted_at >= set_at)
);
-- One flag of a type in force per subject; a concurrent second grant loses on this index.
CREATE UNIQUE INDEX flags_in_force ON flags (type, processing_id, study_id, participant_code) WHERE lifted_at IS NULL;
CREATE INDEX flags_set_by_request ON flags (set_by_request_id);

-- Transactional outbox: one row per partner serving the processing, written with the decision that causes it.
CREATE TABLE partner_events (
    id                uuid PRIMARY KEY,
    partner_id        text        NOT NULL REFERENCES partners (id),
    type              text        NOT NULL CHECK (type IN ('opposition.set', 'opposition.lifted', 'restriction.set',
                                                   'restriction.lifted', 'erasure.ordered',
                                                   'rectification.notified')),
    occurred_at       timestamptz NOT NULL,
    controller_id     uuid        NOT NULL REFERENCES controllers (id),
    processing_id     uuid        NOT NULL REFERENCES processings (id),
    study_id          uuid        NOT NULL REFERENCES studies (id),
    participant_code  text        NOT NULL,
    request_id        uuid        NOT NULL REFERENCES requests (id),
    request_reference text        NOT NULL,
    created_at        timestamptz NOT NULL,
    sent_at           timestamptz,
    acknowledged_at   timestamptz
);
CREATE INDEX partner_events_request ON partner_events (request_id);
