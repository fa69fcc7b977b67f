package fr.guichet.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.guichet.catalog.Right;

/**
 * One line of the DPO's queue: codes, dates, names (controller, processings, the assignee's as the staff directory
 * knows it, null when it does not) and the assignee, never identity data, so that every reader of the queue sees the
 * same line.
 */
public record QueueItem(UUID id, String reference, UUID controllerId, String controllerName,
        List<String> processingNames, Right right, RequestStatus status, Channel channel, Instant receivedAt,
        String assignee, String assigneeName, boolean extended, Instant lastActivityAt, QueueDeadlines deadlines,
        QueueRisk risk) {

    /** Legal dates in the controller's zone; see {@link QueueQuery} for when they are as of the last action. */
    public record QueueDeadlines(LocalDate receiptDate, LocalDate responseDue, LocalDate extendedDue,
            LocalDate effectiveDue, LocalDate internalTarget, boolean paused, int pausedDays, boolean overdue) {
    }
}
