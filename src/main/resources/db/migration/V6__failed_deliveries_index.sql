-- The admins' list of failed (dead-lettered) deliveries across all partners, in feed order: without it, listing
-- the few dead events would scan every event ever sent. Per-partner lists use partner_events_feed.
CREATE INDEX partner_events_dead ON partner_events (tx_id, seq) WHERE delivery_state = 'DEAD';
-- Events in feed order across partners, for the unfiltered admin list.
CREATE INDEX partner_events_order ON partner_events (tx_id, seq);
