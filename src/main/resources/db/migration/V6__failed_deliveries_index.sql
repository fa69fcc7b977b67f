-- The admins' lists of failed (dead-lettered) and pending deliveries across all partners, in feed order:
-- without these, listing the few such events would scan every event ever sent. Lists of one partner use
-- partner_events_feed. (No plain (tx_id, seq) index: the planner would prefer it to partner_events_feed for
-- the partner feed and filter row by row.)
CREATE INDEX partner_events_dead ON partner_events (tx_id, seq) WHERE delivery_state = 'DEAD';
CREATE INDEX partner_events_pending ON partner_events (tx_id, seq) WHERE delivery_state = 'PENDING';
