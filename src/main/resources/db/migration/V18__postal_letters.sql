-- Letters owed by post (the requester gave no e-mail address): a projection of the history entries whose details
-- say letterBy=post, for the "letters to print" list. posted_on and posted_seq repeat the LETTER_POSTED history
-- entry that records the posting, in the same transaction.
CREATE TABLE postal_letters (
    request_id    uuid        NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    seq           integer     NOT NULL,
    template      text        NOT NULL,
    -- The requester's step the letter reports (RequesterStep), which chooses its wording.
    step          text        NOT NULL,
    controller_id uuid        NOT NULL REFERENCES controllers (id),
    owed_at       timestamptz NOT NULL,
    posted_on     date,
    posted_seq    integer,
    PRIMARY KEY (request_id, seq),
    CHECK ((posted_on IS NULL) = (posted_seq IS NULL))
);

-- The list walks the letters still to post, oldest first, with keyset paging; posted letters leave the index.
CREATE INDEX postal_letters_to_print ON postal_letters (owed_at, request_id, seq) WHERE posted_on IS NULL;

-- Letters owed before this migration: the step each letter template of this version reports.
INSERT INTO postal_letters (request_id, seq, template, step, controller_id, owed_at)
SELECT h.request_id, h.seq, h.details ->> 'letter',
       CASE split_part(h.details ->> 'letter', '/', 1)
           WHEN 'requester-acknowledgement' THEN 'FILED'
           WHEN 'requester-information-request' THEN 'INFORMATION_REQUESTED'
           WHEN 'requester-extension-notice' THEN 'EXTENDED'
           WHEN 'requester-answer' THEN 'ANSWERED'
           WHEN 'requester-refusal' THEN 'ANSWERED'
           WHEN 'requester-lapsed' THEN 'LAPSED'
           WHEN 'requester-withdrawal' THEN 'WITHDRAWN'
           WHEN 'requester-opposition-withdrawn' THEN 'OPPOSITION_WITHDRAWN'
           WHEN 'requester-lift-notice' THEN 'RESTRICTION_LIFT_NOTIFIED'
           WHEN 'requester-closure' THEN 'CLOSED'
       END,
       r.controller_id, h.recorded_at
FROM request_history h
JOIN requests r ON r.id = h.request_id
WHERE h.details ->> 'letterBy' = 'post';
