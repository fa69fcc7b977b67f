package fr.guichet.propagation.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When a failed webhook is tried again: growing delays, each with ±20 % jitter so that a recovering endpoint
 * is not hit by every waiting event at once, the last delay repeating, until a horizon counted from the event's
 * creation. The last retry happens at the horizon itself; a failure then gives up.
 */
final class RetrySchedule {

    static final double JITTER = 0.2;

    private final List<Duration> delays;
    private final Duration giveUpAfter;
    private final DoubleSupplier random;

    /** {@code random} yields values in [0, 1). */
    RetrySchedule(List<Duration> delays, Duration giveUpAfter, DoubleSupplier random) {
        if (delays.isEmpty() || delays.stream().anyMatch(delay -> delay.isNegative() || delay.isZero())) {
            throw new IllegalArgumentException("retry delays must be positive, and at least one");
        }
        this.delays = List.copyOf(delays);
        this.giveUpAfter = giveUpAfter;
        this.random = random;
    }

    static RetrySchedule of(DeliveryConfig config) {
        return new RetrySchedule(config.retryDelays(), config.giveUpAfter(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The delay, before jitter, after the given number of failed attempts (from 1): the last one repeats. */
    Duration delayAfter(int failedAttempts) {
        return delays.get(Math.min(Math.max(failedAttempts, 1), delays.size()) - 1);
    }

    /**
     * When to try again after {@code failedAttempts} failures, the last of them ending at {@code now}; empty
     * when the event must be given up.
     */
    Optional<Instant> next(int failedAttempts, Instant createdAt, Instant now) {
        Instant horizon = createdAt.plus(giveUpAfter);
        if (!now.isBefore(horizon)) {
            return Optional.empty();
        }
        Instant next = now.plus(jittered(delayAfter(failedAttempts)));
        return Optional.of(next.isAfter(horizon) ? horizon : next);
    }

    private Duration jittered(Duration delay) {
        double factor = 1 - JITTER + 2 * JITTER * random.getAsDouble();
        return Duration.ofMillis(Math.round(delay.toMillis() * factor));
    }
}
