-- What the desk delivers to a requester: an access package, an export for portability, a decision in PDF. The
-- content is health data: sealed with GUICHET_DATA_KEY (AES-GCM, bound to the document id). The SHA-256 is of the
-- plaintext, as delivered, and is also written in the request's history.
CREATE TABLE response_documents (
    id          uuid        PRIMARY KEY,
    request_id  uuid        NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    file_name   text        NOT NULL,
    media_type  text        NOT NULL,
    size_bytes  bigint      NOT NULL CHECK (size_bytes > 0),
    sha256      bytea       NOT NULL CHECK (octet_length(sha256) = 32),
    content     bytea       NOT NULL,
    attached_by text        NOT NULL,
    attached_at timestamptz NOT NULL
);
CREATE INDEX response_documents_request ON response_documents (request_id, attached_at);
