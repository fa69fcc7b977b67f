package fr.guichet.request;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.guichet.catalog.Right;

/**
 * A request as it reaches the desk, whatever the channel. {@code admittedRightsOnly}: the public form refuses a
 * right the processing does not admit, whereas staff record a letter as it came, so that it gets a reasoned
 * answer (legal-rules.md §2).
 */
public record Filing(List<UUID> processingIds, Right right, RequesterInput requester, SubjectInput subject,
        UUID studyId, String participantCode, String details, String reason, String language, Channel channel,
        Instant receivedAt, boolean admittedRightsOnly) {
}
