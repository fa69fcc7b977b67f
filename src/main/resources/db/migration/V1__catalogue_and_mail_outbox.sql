-- The catalogue: who answers (controllers), for which purposes (processings), fed by which studies, and
-- which partners receive the outcomes. Enumerations are text with CHECK constraints so that a value added in
-- Java must be added here too, deliberately.

CREATE TABLE controllers (
    id               uuid PRIMARY KEY,
    name             text        NOT NULL,
    dpo_email        text        NOT NULL,
    time_zone        text        NOT NULL,
    holiday_calendar text        NOT NULL CHECK (holiday_calendar IN ('METROPOLITAN', 'ALSACE_MOSELLE', 'GUADELOUPE',
                                                   'MARTINIQUE', 'GUYANE', 'REUNION', 'MAYOTTE')),
    language         text        NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          integer     NOT NULL DEFAULT 0
);
-- Unique, so it also serves the (name, id) keyset order of the list.
CREATE UNIQUE INDEX controllers_name_key ON controllers (name);

CREATE TABLE processings (
    id                         uuid PRIMARY KEY,
    controller_id              uuid        NOT NULL REFERENCES controllers (id),
    name                       text        NOT NULL,
    description                text,
    legal_basis                text        NOT NULL CHECK (legal_basis IN ('CONSENT', 'CONTRACT', 'LEGAL_OBLIGATION',
                                                             'VITAL_INTEREST', 'PUBLIC_TASK', 'LEGITIMATE_INTEREST')),
    legal_reference            text,
    rights                     text[]      NOT NULL CHECK (cardinality(rights) > 0 AND rights <@ ARRAY['ACCESS',
                                                             'RECTIFICATION', 'ERASURE', 'LIMITATION', 'OPPOSITION',
                                                             'PORTABILITY']),
    opposition_requires_reason boolean     NOT NULL DEFAULT false,
    created_at                 timestamptz NOT NULL,
    updated_at                 timestamptz NOT NULL,
    version                    integer     NOT NULL DEFAULT 0,
    -- Art. 17(3)(b) and 21: a legal-obligation processing admits neither opposition nor erasure.
    CONSTRAINT legal_obligation_rights CHECK (legal_basis <> 'LEGAL_OBLIGATION'
                                              OR NOT rights && ARRAY['OPPOSITION', 'ERASURE'])
);
CREATE UNIQUE INDEX processings_controller_name_key ON processings (controller_id, name);
CREATE INDEX processings_name_id ON processings (name, id);

CREATE TABLE studies (
    id         uuid PRIMARY KEY,
    name       text        NOT NULL,
    code       text        NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version    integer     NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX studies_code_key ON studies (code);
CREATE INDEX studies_name_id ON studies (name, id);

CREATE TABLE study_processings (
    study_id      uuid NOT NULL REFERENCES studies (id) ON DELETE CASCADE,
    processing_id uuid NOT NULL REFERENCES processings (id),
    PRIMARY KEY (study_id, processing_id)
);
CREATE INDEX study_processings_processing ON study_processings (processing_id);

CREATE TABLE partners (
    id                         text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name                       text        NOT NULL,
    webhook_url                text,
    -- Standard Webhooks secrets, encrypted with GUICHET_DATA_KEY; the previous one signs too until it expires.
    signing_secret             bytea       NOT NULL,
    previous_signing_secret    bytea,
    previous_secret_expires_at timestamptz,
    created_at                 timestamptz NOT NULL,
    updated_at                 timestamptz NOT NULL,
    version                    integer     NOT NULL DEFAULT 0
);
CREATE INDEX partners_name_id ON partners (name, id);

CREATE TABLE partner_processings (
    partner_id    text NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    processing_id uuid NOT NULL REFERENCES processings (id),
    PRIMARY KEY (partner_id, processing_id)
);
CREATE INDEX partner_processings_processing ON partner_processings (processing_id);


-- E-mails queued in the transaction that causes them, sent by MailDispatcher on any replica.
CREATE TABLE mail_outbox (
    id              uuid PRIMARY KEY,
    template        text        NOT NULL,
    -- Recipient, subject and bodies, encrypted; erased once the mail is delivered.
    payload         bytea,
    created_at      timestamptz NOT NULL DEFAULT now(),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    claimed_by      text,
    claimed_until   timestamptz,
    sent_at         timestamptz,
    failed_at       timestamptz,
    last_error      text
);
-- The dispatcher's claim predicate.
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
