package fr.guichet.propagation.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * One delivery attempt as the attempt log keeps it: when it started, how long it took, and either the HTTP
 * status with an excerpt of the answer, or the network error that prevented one.
 */
record Attempt(Instant at, Duration duration, Integer statusCode, String error, String response) {

    /** What the attempt means for the event. */
    enum Outcome {
        /** A 2xx: the partner has the event. */
        DELIVERED,
        /** A 410: the partner says the endpoint is gone for good; its webhook is disabled. */
        GONE,
        /** Anything else: try again later. */
        FAILED
    }

    static Attempt answered(Instant at, Duration duration, int statusCode, String response) {
        return new Attempt(at, duration, statusCode, null, response);
    }

    static Attempt unanswered(Instant at, Duration duration, String error) {
        return new Attempt(at, duration, null, error, null);
    }

    Outcome outcome() {
        if (statusCode == null) {
            return Outcome.FAILED;
        }
        if (statusCode >= 200 && statusCode < 300) {
            return Outcome.DELIVERED;
        }
        return statusCode == 410 ? Outcome.GONE : Outcome.FAILED;
    }

    /** The event's {@code last_error}: the network error, or the status of a refusal. */
    String summary() {
        return error != null ? error : "HTTP " + statusCode;
    }
}
