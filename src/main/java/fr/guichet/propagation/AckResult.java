package fr.guichet.propagation;

/** How many of the ids were acknowledged by this call, and how many had been before (idempotent retries). */
public record AckResult(int acknowledged, int alreadyAcknowledged) {
}
