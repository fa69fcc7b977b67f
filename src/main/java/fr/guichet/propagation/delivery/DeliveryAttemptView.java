package fr.guichet.propagation.delivery;

import java.time.Instant;

/** One attempt: the HTTP status and the start of the answer, or the network error when there was no answer. */
public record DeliveryAttemptView(Instant attemptedAt, int durationMs, Integer statusCode, String error,
        String response) {

    static DeliveryAttemptView of(DeliveryAttempt attempt) {
        return new DeliveryAttemptView(attempt.attemptedAt, attempt.durationMs, attempt.statusCode, attempt.error,
                attempt.response);
    }
}
