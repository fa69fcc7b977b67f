-- The DPO's queue (GET /api/v1/desk/requests, fr.guichet.request.QueueQuery) reads a page in one statement that walks
-- one of these indexes in the page's order and stops after limit + 1 rows; docs/desk-queue.md has the plans.
--
-- By default the queue lists the requests that still owe an answer (RequestStatus.awaitsAnswer), a small share of a
-- desk that keeps years of answered ones. The deadline indexes are partial on those statuses, so a walk never steps
-- over closed requests (whose deadlines are the oldest of all) and the indexes stay small. The query inlines its
-- status filter, so the planner proves it implies this predicate: keep the list equal to awaitsAnswer.

-- The default order (effective deadline, then id), and the bounds of overdue=true and dueBefore on that order.
CREATE INDEX requests_queue_due ON requests (effective_due, id)
    WHERE status IN ('RECEIVED', 'AWAITING_INFORMATION', 'IN_PROGRESS', 'DECIDED');
-- assignee=<subject>, assignee=mine and assignee=unassigned, in deadline order. Unassigned is keyed '' (no subject is
-- blank) because only an equality keeps the walk in deadline order: with "assignee IS NULL" the planner sorts.
CREATE INDEX requests_queue_assignee_due ON requests ((coalesce(assignee, '')), effective_due, id)
    WHERE status IN ('RECEIVED', 'AWAITING_INFORMATION', 'IN_PROGRESS', 'DECIDED');
-- status=<one status> (what to triage, what to send): an equality, so the walk stays in deadline order and skips the
-- overdue requests of other statuses that come first in requests_queue_due.
CREATE INDEX requests_queue_status_due ON requests (status, effective_due, id)
    WHERE status IN ('RECEIVED', 'AWAITING_INFORMATION', 'IN_PROGRESS', 'DECIDED');
-- controller=<id>: one centre's requests in deadline order, however many other centres share the desk.
CREATE INDEX requests_queue_controller_due ON requests (controller_id, effective_due, id)
    WHERE status IN ('RECEIVED', 'AWAITING_INFORMATION', 'IN_PROGRESS', 'DECIDED');

-- sort=received and sort=activity walk these backwards, newest first. Not partial: the newest requests, and the
-- recently worked ones, are mostly still open, so few closed rows are stepped over; and the same indexes serve a
-- status filter on answered or closed requests.
CREATE INDEX requests_received ON requests (received_at, id);
CREATE INDEX requests_last_activity ON requests (last_activity_at, id);

-- q=<reference or its beginning>: the unique index on reference is rebuilt with text_pattern_ops, whose byte-wise
-- order serves a prefix as a range whatever the database's collation. Equality uses it as before, so uniqueness and
-- the lookups by exact reference are unchanged.
CREATE UNIQUE INDEX requests_reference_prefix ON requests (reference text_pattern_ops);
DROP INDEX requests_reference_key;
ALTER INDEX requests_reference_prefix RENAME TO requests_reference_key;
