-- The partner snapshot also returns flags lifted by transactions at or after its boundary (they were still in
-- force at that feed position). Those are the most recent lifts only: an index on lifted_tx finds them without
-- reading every lifted flag of the partner's processings.
CREATE INDEX flags_lifted_tx ON flags (lifted_tx) WHERE lifted_tx IS NOT NULL;
