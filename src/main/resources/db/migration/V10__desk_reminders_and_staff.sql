-- Reminders and escalation (fr.guichet.desk.reminder, docs/reminders.md), and the staff directory they address.

-- One row per reminder queued. The primary key is what makes a reminder go out once, even when two replicas run the
-- job at the same instant: the row is inserted with ON CONFLICT DO NOTHING in the transaction that queues the mail,
-- and the mail is queued only if the row was new. The due date is part of the key, so a deadline moved by an
-- extension or a back-dated pause re-arms the reminder for the new date.
CREATE TABLE desk_reminders (
    request_id uuid        NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    threshold  text        NOT NULL CHECK (threshold IN ('INTERNAL_TARGET', 'OVERDUE', 'PARTNER_ACK_OVERDUE')),
    due_date   date        NOT NULL,
    -- Who was told, as codes: the assignee (whose token subject is kept) or the controller's DPO contact. No address.
    recipient  text        NOT NULL CHECK (recipient IN ('ASSIGNEE', 'DPO_CONTACT')),
    assignee   text,
    queued_at  timestamptz NOT NULL,
    -- The e-mail in mail_outbox, whose sent_at / failed_at say whether it went out; set in the same transaction.
    mail_id    uuid,
    PRIMARY KEY (request_id, threshold, due_date)
);

-- Staff addresses as the identity provider states them (the `email` claim of dpo tokens), so that a reminder can
-- reach a request's assignee. Staff addresses, not patient data; never logged.
CREATE TABLE desk_staff (
    subject text        PRIMARY KEY,
    email   text        NOT NULL,
    -- When this address was first seen for the subject (a changed address counts as new).
    seen_at timestamptz NOT NULL
);

-- The reminder scan walks the requests that still owe an answer in (internal_target, id) order, from its keyset
-- position, without a sort. The status list is RequestStatus.awaitsAnswer(); the scan's query is built from that
-- method, and a plan test fails if the two lists ever differ (the planner would no longer use this index).
CREATE INDEX requests_owing_internal_target ON requests (internal_target, id)
    WHERE status IN ('RECEIVED', 'AWAITING_INFORMATION', 'IN_PROGRESS', 'DECIDED');

-- Partner events neither acknowledged nor exempt, by request: a handful at any time, however many were ever sent.
CREATE INDEX partner_events_unsettled ON partner_events (request_id, occurred_at)
    WHERE acknowledged_at IS NULL AND exempt_at IS NULL;
