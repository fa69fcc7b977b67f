package fr.guichet.propagation;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The outbox of partner events. Decisions publish here inside their own transaction, so an event exists if and
 * only if the decision committed; delivery (webhooks, feed) reads it afterwards.
 */
@ApplicationScoped
public class PartnerEvents {

    private final Clock clock;

    PartnerEvents(Clock clock) {
        this.clock = clock;
    }

    /** Writes one event per partner; the payload holds codes and the request reference, nothing identifying. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(PartnerEventType type, EventSubject subject, List<String> partnerIds, Instant occurredAt,
            UUID requestId, String requestReference) {
        Instant now = clock.instant();
        for (String partnerId : partnerIds) {
            PartnerEvent event = new PartnerEvent();
            event.id = UUID.randomUUID();
            event.partnerId = partnerId;
            event.type = type;
            event.occurredAt = occurredAt;
            event.controllerId = subject.controllerId();
            event.processingId = subject.processingId();
            event.studyId = subject.studyId();
            event.participantCode = subject.participantCode();
            event.requestId = requestId;
            event.requestReference = requestReference;
            event.createdAt = now;
            event.deliveryState = PartnerEvent.DeliveryState.PENDING;
            event.persist();
        }
    }

    /** Every event a request caused, in feed order. */
    public List<PropagationView> forRequest(UUID requestId) {
        return PartnerEvent.<PartnerEvent>find("requestId = ?1 order by txId, seq", requestId)
                .stream().map(PropagationView::of).toList();
    }

    /** What partners receive for these events (webhook bodies), by event id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, PartnerEventPayload> payloads(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        return PartnerEvent.<PartnerEvent>stream("id in ?1", eventIds)
                .collect(Collectors.toMap(event -> event.id, PartnerEventPayload::of));
    }

    /** How many of a request's events are neither acknowledged nor exempt: a request closes only at zero. */
    public long unsettled(UUID requestId) {
        return PartnerEvent.count("requestId = ?1 and acknowledgedAt is null and exemptAt is null", requestId);
    }
}
