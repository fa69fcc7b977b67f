package fr.guichet.propagation.delivery;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The delivery columns of {@code partner_events} and the attempt log, as the dispatcher uses them. Every method
 * runs in the caller's transaction; every outcome is written only while the claim is still the caller's.
 */
@ApplicationScoped
class DeliveryStore {

    /**
     * Due: pending, its retry time reached, no live lease, and the partner has an enabled webhook (the claim
     * reads the catalogue's two webhook columns so that it stays one statement). Released: written by a
     * transaction older than every running one, the feed's rule, so webhooks and feed share one order. In order:
     * no earlier event for the same partner and subject is undelivered, dead ones included, so a lift never
     * overtakes the flag it lifts. {@code FOR UPDATE OF e SKIP LOCKED}: replicas claim disjoint batches and never
     * lock partner rows.
     */
    private static final String CLAIM = """
            UPDATE partner_events SET claimed_by = :worker, claimed_until = :leaseEnd, attempts = attempts + 1
            WHERE id IN (
                SELECT e.id FROM partner_events e JOIN partners p ON p.id = e.partner_id
                WHERE e.delivery_state = 'PENDING' AND e.next_attempt_at <= :now
                  AND (e.claimed_until IS NULL OR e.claimed_until < :now)
                  AND p.webhook_url IS NOT NULL AND p.webhook_disabled_at IS NULL
                  AND e.tx_id < CAST(CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text) AS bigint)
                  AND NOT EXISTS (
                      SELECT 1 FROM partner_events earlier
                      WHERE earlier.partner_id = e.partner_id AND earlier.processing_id = e.processing_id
                        AND earlier.study_id = e.study_id AND earlier.participant_code = e.participant_code
                        AND earlier.delivery_state <> 'DELIVERED'
                        AND (earlier.tx_id, earlier.seq) < (e.tx_id, e.seq))
                ORDER BY e.tx_id, e.seq
                LIMIT :batch
                FOR UPDATE OF e SKIP LOCKED)
            RETURNING id, partner_id, attempts, created_at, claimed_until, tx_id, seq""";

    private static final String MINE = " WHERE id = :id AND claimed_by = :worker AND attempts = :attempts";
    private static final String UNCLAIM = "claimed_by = NULL, claimed_until = NULL";

    private final EntityManager entityManager;

    DeliveryStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Claims up to {@code batch} due events, in feed order. */
    @SuppressWarnings("unchecked")
    List<Claim> claim(String worker, Instant now, Instant leaseEnd, int batch) {
        List<Object[]> rows = entityManager.createNativeQuery(CLAIM)
                .setParameter("worker", worker)
                .setParameter("now", now)
                .setParameter("leaseEnd", leaseEnd)
                .setParameter("batch", batch)
                .getResultList();
        return rows.stream().map(Claim::of).sorted(Claim.FEED_ORDER).toList();
    }

    void log(Claim claim, Attempt attempt) {
        DeliveryAttempt.of(claim.eventId(), attempt).persist();
    }

    void delivered(Claim claim, String worker, Instant at) {
        mine("UPDATE partner_events SET delivery_state = 'DELIVERED', delivered_at = :at, last_error = NULL, "
                + UNCLAIM + MINE, claim, worker).setParameter("at", at).executeUpdate();
    }

    void retryAt(Claim claim, String worker, Instant next, String error) {
        mine("UPDATE partner_events SET next_attempt_at = :next, last_error = :error, " + UNCLAIM + MINE, claim, worker)
                .setParameter("next", next).setParameter("error", error).executeUpdate();
    }

    void dead(Claim claim, String worker, Instant at, String error) {
        mine("UPDATE partner_events SET delivery_state = 'DEAD', dead_at = :at, last_error = :error, " + UNCLAIM + MINE,
                claim, worker).setParameter("at", at).setParameter("error", error).executeUpdate();
    }

    /** Still due: it goes out as soon as its partner's webhook is enabled again. */
    void waitForPartner(Claim claim, String worker, String error) {
        mine("UPDATE partner_events SET last_error = :error, " + UNCLAIM + MINE, claim, worker)
                .setParameter("error", error).executeUpdate();
    }

    /** Gives back a claim that was not attempted, so the attempt does not count. */
    void release(Claim claim, String worker) {
        mine("UPDATE partner_events SET attempts = attempts - 1, " + UNCLAIM + MINE, claim, worker).executeUpdate();
    }

    private Query mine(String sql, Claim claim, String worker) {
        return entityManager.createNativeQuery(sql).setParameter("id", claim.eventId()).setParameter("worker", worker)
                .setParameter("attempts", claim.attempts());
    }
}
