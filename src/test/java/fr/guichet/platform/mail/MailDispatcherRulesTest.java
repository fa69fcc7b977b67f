package fr.guichet.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** What the dispatcher records about failures, and how it spaces retries. */
class MailDispatcherRulesTest {

    @Test
    void smtpErrorsAreRecordedWithoutTheRecipientsAddress() {
        assertThat(MailDispatcher.redact("550 5.1.1 <jeanne.martin@example.org>: Recipient address rejected"))
                .isEqualTo("550 5.1.1 <<address>>: Recipient address rejected");
        assertThat(MailDispatcher.redact(null)).isEqualTo("unknown error");
        assertThat(MailDispatcher.redact("x".repeat(1000))).hasSize(300);
    }

    @Test
    void retriesAreJitteredWithinTwentyPercent() {
        for (int i = 0; i < 1000; i++) {
            assertThat(MailDispatcher.jittered(Duration.ofMinutes(5))).isBetween(240.0, 360.0);
        }
    }

    @Test
    void retriesGrowAndStopAfterAboutTwoDays() {
        assertThat(MailDispatcher.RETRY_DELAYS).isSortedAccordingTo(Duration::compareTo);
        Duration total = MailDispatcher.RETRY_DELAYS.stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(total).isBetween(Duration.ofHours(24), Duration.ofHours(72));
    }
}
