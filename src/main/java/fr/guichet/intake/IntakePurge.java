package fr.guichet.intake;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * Forgets what the intake keeps only for a while: unconfirmed filings after their link expired, expired status
 * links, refilled rate-limit buckets. Each is one idempotent DELETE, so every replica may run it at once.
 */
@ApplicationScoped
public class IntakePurge {

    private final PendingFilings pending;
    private final StatusLinks links;
    private final RateLimits limits;

    IntakePurge(PendingFilings pending, StatusLinks links, RateLimits limits) {
        this.pending = pending;
        this.links = links;
        this.limits = limits;
    }

    @Scheduled(every = "${guichet.intake.purge-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        runOnce();
    }

    /** Returns how many rows were deleted. */
    public int runOnce() {
        return pending.purgeExpired() + links.purgeExpired() + limits.purgeExpired();
    }
}
