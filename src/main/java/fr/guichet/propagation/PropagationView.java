package fr.guichet.propagation;

import java.time.Instant;
import java.util.UUID;

/** Where one event stands for one partner: the desk's Art. 19 record. */
public record PropagationView(UUID eventId, String partnerId, PartnerEventType type, UUID processingId,
        Instant occurredAt, Status status, int attempts, Instant deliveredAt, Instant acknowledgedAt,
        Instant exemptAt, String exemptionJustification) {

    /**
     * ACKNOWLEDGED and EXEMPT settle an event; FAILED means webhook retries ran out (an admin can replay it);
     * DELIVERED means the partner's endpoint answered 2xx; PENDING otherwise (including partners that only poll).
     */
    public enum Status {
        PENDING, DELIVERED, FAILED, ACKNOWLEDGED, EXEMPT;

        public boolean settled() {
            return this == ACKNOWLEDGED || this == EXEMPT;
        }
    }

    static PropagationView of(PartnerEvent event) {
        return new PropagationView(event.id, event.partnerId, event.type, event.processingId, event.occurredAt,
                statusOf(event), event.attempts, event.deliveredAt, event.acknowledgedAt, event.exemptAt,
                event.exemptionJustification);
    }

    static Status statusOf(PartnerEvent event) {
        if (event.acknowledgedAt != null) {
            return Status.ACKNOWLEDGED;
        }
        if (event.exemptAt != null) {
            return Status.EXEMPT;
        }
        return switch (event.deliveryState) {
            case DELIVERED -> Status.DELIVERED;
            case DEAD -> Status.FAILED;
            case PENDING -> Status.PENDING;
        };
    }
}
