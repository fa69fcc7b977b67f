package fr.guichet.propagation.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * One event's webhook delivery, for admins: no payload beyond the type and the request reference.
 * {@code nextAttemptAt} is set only while pending; {@code type} is the event type's wire name.
 */
public record DeliveryView(UUID eventId, String partnerId, String type, String requestReference, Instant createdAt,
        DeliveryState state, int attempts, Instant nextAttemptAt, Instant deliveredAt, Instant failedAt,
        String lastError) {

    static final String COLUMNS = "id, partner_id, type, request_reference, created_at, delivery_state, attempts, "
            + "next_attempt_at, delivered_at, dead_at, last_error";

    /** A row of {@link #COLUMNS}. */
    static DeliveryView of(Object[] row) {
        DeliveryState state = DeliveryState.ofColumn((String) row[5]);
        return new DeliveryView((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], (Instant) row[4],
                state, ((Number) row[6]).intValue(), state == DeliveryState.PENDING ? (Instant) row[7] : null,
                (Instant) row[8], (Instant) row[9], (String) row[10]);
    }
}
