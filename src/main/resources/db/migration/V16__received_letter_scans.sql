-- Back-office entry keeps the scan of the letter a request came in, sealed like a response document and under the
-- same rules (types, size), but it is never delivered: the requester's status page and RESPOND read RESPONSE only.
ALTER TABLE response_documents ADD COLUMN kind text NOT NULL DEFAULT 'RESPONSE'
    CHECK (kind IN ('RESPONSE', 'RECEIVED_LETTER'));
