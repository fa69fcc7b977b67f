package fr.guichet.propagation;

import java.time.Instant;
import java.util.UUID;

/** Where one event stands for one partner: the desk's Art. 19 record. */
public record PropagationView(UUID eventId, String partnerId, PartnerEventType type, UUID processingId,
        Instant occurredAt, Status status, Instant sentAt, Instant acknowledgedAt) {

    public enum Status {
        PENDING, SENT, ACKNOWLEDGED
    }

    static PropagationView of(PartnerEvent event) {
        Status status = event.acknowledgedAt != null ? Status.ACKNOWLEDGED
                : event.sentAt != null ? Status.SENT : Status.PENDING;
        return new PropagationView(event.id, event.partnerId, event.type, event.processingId, event.occurredAt,
                status, event.sentAt, event.acknowledgedAt);
    }
}
