package fr.guichet.propagation.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** How failed webhooks are spaced, and when they are given up. */
class RetryScheduleTest {

    private static final List<Duration> DELAYS = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1),
            Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(12));
    private static final Instant CREATED = Instant.parse("2026-03-12T09:00:00Z");

    private static RetrySchedule withRandom(double value) {
        return new RetrySchedule(DELAYS, Duration.ofDays(3), () -> value);
    }

    @Test
    void delaysGrowThenTheLastOneRepeats() {
        RetrySchedule schedule = withRandom(0.5);
        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofSeconds(30));
        assertThat(schedule.delayAfter(10)).isEqualTo(Duration.ofHours(12));
        assertThat(schedule.delayAfter(25)).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void eachRetryIsJitteredWithinTwentyPercent() {
        Instant now = CREATED.plusSeconds(60);
        assertThat(withRandom(0.0).next(2, CREATED, now)).contains(now.plusSeconds(24));
        assertThat(withRandom(0.5).next(2, CREATED, now)).contains(now.plusSeconds(30));
        assertThat(withRandom(0.999_999).next(2, CREATED, now)).hasValueSatisfying(next ->
                assertThat(Duration.between(now, next)).isBetween(Duration.ofMillis(35_999), Duration.ofSeconds(36)));
    }

    @Test
    void theLastRetryIsAtTheHorizonAndAFailureThereGivesUp() {
        RetrySchedule schedule = withRandom(0.5);
        Instant horizon = CREATED.plus(Duration.ofDays(3));
        assertThat(schedule.next(14, CREATED, horizon.minus(Duration.ofHours(1)))).contains(horizon);
        assertThat(schedule.next(15, CREATED, horizon)).isEmpty();
        assertThat(schedule.next(1, CREATED, horizon.plusSeconds(1))).isEmpty();
    }

    @Test
    void anEndpointDownForGoodIsTriedAboutFifteenTimesOverThreeDays() {
        RetrySchedule schedule = withRandom(0.5);
        Instant now = CREATED;
        int attempts = 1;
        for (Optional<Instant> next = schedule.next(attempts, CREATED, now); next.isPresent();
                next = schedule.next(attempts, CREATED, now)) {
            now = next.get();
            attempts++;
        }
        assertThat(now).isEqualTo(CREATED.plus(Duration.ofDays(3)));
        assertThat(attempts).isBetween(14, 16);
    }

    @Test
    void aScheduleNeedsPositiveDelays() {
        assertThatThrownBy(() -> new RetrySchedule(List.of(), Duration.ofDays(3), () -> 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(List.of(Duration.ZERO), Duration.ofDays(3), () -> 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
