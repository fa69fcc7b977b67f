-- Who on the desk handles a request (the staff member's JWT subject); null while nobody has taken it.
-- Assignment and notes are history entries like every other action; this column is their projection for the queue.
ALTER TABLE requests ADD COLUMN assignee text;

-- Links that let a requester follow a request from an e-mail without an account. Only a SHA-256 of the token is
-- kept: a database dump opens no status page. Several links may be valid at once (each letter mints one).
CREATE TABLE status_links (
    token_hash bytea       PRIMARY KEY,
    request_id uuid        NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX status_links_request ON status_links (request_id);
CREATE INDEX status_links_expiry ON status_links (expires_at);
