package fr.guichet.request;

import java.time.Instant;
import java.time.LocalDate;

import fr.guichet.catalog.Right;

/**
 * One request as the register of requests shows it: codes, dates and counts, never identity data. Dates are
 * legal dates in the controller's zone; {@code daysTaken} is calendar days from receipt to response.
 */
public record RegisterRow(String reference, Right right, Channel channel, RequesterRole requesterRole,
        LocalDate receiptDate, LocalDate responseDue, LocalDate extendedDue, LocalDate effectiveDue,
        RequestStatus status, Outcome outcome, LegalGround legalGround, LocalDate responseDate, Integer daysTaken,
        Timeliness timeliness, int pausedDays, int partnersAcknowledged, int partnersTotal,
        Instant lastAcknowledgedAt) {
}
