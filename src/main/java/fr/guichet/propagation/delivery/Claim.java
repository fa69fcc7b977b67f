package fr.guichet.propagation.delivery;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * An event this worker claimed for one delivery attempt. {@code attempts} already counts this attempt; with the
 * worker id it identifies the claim, so an outcome is recorded only by the claim it belongs to.
 */
record Claim(UUID eventId, String partnerId, int attempts, Instant createdAt, Instant claimedUntil, long txId,
        long seq) {

    /** The feed's order, which webhooks follow too. */
    static final Comparator<Claim> FEED_ORDER = Comparator.comparingLong(Claim::txId).thenComparingLong(Claim::seq);

    static Claim of(Object[] row) {
        return new Claim((UUID) row[0], (String) row[1], ((Number) row[2]).intValue(), (Instant) row[3],
                (Instant) row[4], ((Number) row[5]).longValue(), ((Number) row[6]).longValue());
    }
}
