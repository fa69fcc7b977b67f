-- The staff queue page (/desk/requests) marks the requests recorded since the staff member's previous look at it:
-- when that was, per staff member. Null until their first visit (then nothing is marked new).
ALTER TABLE desk_staff ADD COLUMN queue_seen_at timestamptz;
