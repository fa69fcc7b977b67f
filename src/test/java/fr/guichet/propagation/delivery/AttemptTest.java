package fr.guichet.propagation.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** What an answer means for the event: only a 2xx delivers, only a 410 disables, anything else is retried. */
class AttemptTest {

    private static final Instant AT = Instant.parse("2026-03-12T09:00:00Z");
    private static final Duration TOOK = Duration.ofMillis(12);

    @Test
    void aTwoHundredAnythingDelivers() {
        assertThat(Attempt.answered(AT, TOOK, 200, "ok").outcome()).isEqualTo(Attempt.Outcome.DELIVERED);
        assertThat(Attempt.answered(AT, TOOK, 204, null).outcome()).isEqualTo(Attempt.Outcome.DELIVERED);
    }

    @Test
    void goneDisablesWhileRedirectsErrorsAndSilenceAreRetried() {
        assertThat(Attempt.answered(AT, TOOK, 410, null).outcome()).isEqualTo(Attempt.Outcome.GONE);
        assertThat(Attempt.answered(AT, TOOK, 301, null).outcome()).isEqualTo(Attempt.Outcome.FAILED);
        assertThat(Attempt.answered(AT, TOOK, 404, null).outcome()).isEqualTo(Attempt.Outcome.FAILED);
        assertThat(Attempt.answered(AT, TOOK, 500, null).summary()).isEqualTo("HTTP 500");
        Attempt silence = Attempt.unanswered(AT, TOOK, "connection timed out");
        assertThat(silence.outcome()).isEqualTo(Attempt.Outcome.FAILED);
        assertThat(silence.summary()).isEqualTo("connection timed out");
    }
}
