-- Filings from the public form wait here until their e-mail address is confirmed; only then do they become
-- requests. The whole filing (names, e-mail, address, free texts) is one AES-GCM ciphertext bound to the row id;
-- the confirmation token is kept as its SHA-256 only, so a dump confirms nothing. `submitted_at` is the legal
-- receipt (the submission instant), `reference` is reserved so the filer learns it at once.
CREATE TABLE pending_filings (
    id           uuid PRIMARY KEY,
    reference    text        NOT NULL,
    token_hash   bytea       NOT NULL,
    filing       bytea       NOT NULL,
    submitted_at timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL
);
CREATE UNIQUE INDEX pending_filings_reference_key ON pending_filings (reference);
CREATE UNIQUE INDEX pending_filings_token_key ON pending_filings (token_hash);
CREATE INDEX pending_filings_expiry ON pending_filings (expires_at);

-- Bucket4j's token buckets for the public endpoints' rate limits, shared by every replica. `id` is a keyed hash
-- of the client address or e-mail (never the value itself); `expires_at` is Bucket4j's epoch-millis expiry.
-- `state` is nullable: Bucket4j first inserts an empty row to lock it, then writes the state.
CREATE TABLE intake_rate_limits (
    id         text PRIMARY KEY,
    state      bytea,
    expires_at bigint
);
CREATE INDEX intake_rate_limits_expiry ON intake_rate_limits (expires_at);
