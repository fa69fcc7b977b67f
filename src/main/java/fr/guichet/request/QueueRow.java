package fr.guichet.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.guichet.catalog.Right;

/**
 * One request as the queue's statement reads it: its columns and deadline projection, today in its controller's
 * zone, and the names of its controller, processings and assignee.
 */
record QueueRow(UUID id, String reference, UUID controllerId, Right right, RequestStatus status, Channel channel,
        Instant receivedAt, String assignee, boolean extended, Instant lastActivityAt, LocalDate receiptDate,
        LocalDate responseDue, LocalDate extendedDue, LocalDate effectiveDue, LocalDate internalTarget,
        boolean paused, int pausedDays, LocalDate today, Instant createdAt, String controllerName,
        List<String> processingNames, String assigneeName) {
}
