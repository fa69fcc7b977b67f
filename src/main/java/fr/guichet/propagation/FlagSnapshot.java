package fr.guichet.propagation;

/** The answer of GET /partner/flags before it is written: {@link FlagSnapshotWriter} streams it. */
record FlagSnapshot(String partnerId) {
}
