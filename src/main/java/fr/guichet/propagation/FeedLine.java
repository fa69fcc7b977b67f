package fr.guichet.propagation;

/** One line of the NDJSON feed: an event and the cursor just after it, so a broken stream resumes from any line. */
public record FeedLine(String cursor, PartnerEventPayload event) {
}
