-- Reports and queues read deadlines for millions of requests at once, so the projection of the deadline engine's
-- answer grows to everything the register shows. The engine stays the truth: every action recomputes these
-- columns from the history. receipt_date is the receipt's date in the controller's zone, which also files each
-- request in the right month (a request received at 23:30 in Paris on 31 March is a March request).
ALTER TABLE requests
    ADD COLUMN receipt_date date,
    ADD COLUMN response_due date,
    ADD COLUMN extended_due date,
    ADD COLUMN paused_days  integer NOT NULL DEFAULT 0;

UPDATE requests r SET receipt_date = (r.received_at AT TIME ZONE c.time_zone)::date
FROM controllers c WHERE c.id = r.controller_id;
-- Requests written before this migration had no pause or extension projection: their next action refreshes it.
UPDATE requests SET response_due = effective_due WHERE response_due IS NULL AND NOT extended;
UPDATE requests SET extended_due = effective_due WHERE extended_due IS NULL AND extended;

ALTER TABLE requests ALTER COLUMN receipt_date SET NOT NULL;
CREATE INDEX requests_receipt_date ON requests (receipt_date, id);
