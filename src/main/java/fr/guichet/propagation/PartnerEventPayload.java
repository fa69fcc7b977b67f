package fr.guichet.propagation;

import java.time.Instant;
import java.util.UUID;

/**
 * What a partner receives, by webhook and in the feed: version 1 of the event schema (openapi.yaml). Only ids,
 * the pseudonymous participant code the partner already holds and the request reference; never a name, an
 * e-mail, a postal address or a social security number.
 */
public record PartnerEventPayload(int version, UUID id, PartnerEventType type, Instant occurredAt,
        UUID controllerId, UUID processingId, UUID studyId, String participantCode, String requestReference) {

    public static final int VERSION = 1;

    static PartnerEventPayload of(PartnerEvent event) {
        return new PartnerEventPayload(VERSION, event.id, event.type, event.occurredAt, event.controllerId,
                event.processingId, event.studyId, event.participantCode, event.requestReference);
    }
}
