package fr.guichet.propagation.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

/**
 * Webhook deliveries that failed for good (retries ran out), in the order they failed, for those who must hear of
 * it. The event's reference and controller only: never its payload.
 */
@ApplicationScoped
public class FailedDeliveries {

    /** One delivery given up at {@code failedAt}; a replay that fails again is another, later failure. */
    public record Failure(UUID eventId, Instant failedAt, String partnerId, UUID requestId, String requestReference,
            UUID controllerId) {
    }

    /** A keyset position in {@link #since}'s order. */
    public record Position(Instant failedAt, UUID eventId) {
    }

    /** Through V15's partial index partner_events_failed_at. */
    static final String SCAN = """
            SELECT id, dead_at, partner_id, request_id, request_reference, controller_id FROM partner_events
            WHERE delivery_state = '%s' AND dead_at >= :from %s
            ORDER BY dead_at, id
            LIMIT :limit""";
    static final String AFTER = "AND (dead_at, id) > (:afterAt, :afterId)";

    private final EntityManager entityManager;

    FailedDeliveries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Deliveries that failed at or after {@code from} and are still failed, after {@code after} when given. */
    @SuppressWarnings("unchecked")
    public List<Failure> since(Instant from, Position after, int limit) {
        NativeQuery<Object[]> query = entityManager.createNativeQuery(String.format(SCAN,
                DeliveryState.FAILED.column(), after == null ? "" : AFTER)).unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("dead_at", Instant.class)
                .addScalar("partner_id", String.class)
                .addScalar("request_id", UUID.class)
                .addScalar("request_reference", String.class)
                .addScalar("controller_id", UUID.class);
        query.setParameter("from", from).setParameter("limit", limit);
        if (after != null) {
            query.setParameter("afterAt", after.failedAt()).setParameter("afterId", after.eventId());
        }
        return query.getResultList().stream().map(row -> new Failure((UUID) row[0], (Instant) row[1],
                (String) row[2], (UUID) row[3], (String) row[4], (UUID) row[5])).toList();
    }
}
