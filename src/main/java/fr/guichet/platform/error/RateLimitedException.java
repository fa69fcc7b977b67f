package fr.guichet.platform.error;

import java.time.Duration;

/** A caller exceeded a rate limit; {@code retryAfter} is how long until the next attempt is let through. */
public class RateLimitedException extends RuntimeException {

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super("rate limited");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
