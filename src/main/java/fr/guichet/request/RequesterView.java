package fr.guichet.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.guichet.catalog.Right;

/**
 * A request as the person who filed it sees it on the status page: no actor, no internal step (assignment,
 * notes, triage, the decision before it is sent), nothing the person did not write or was not told.
 */
public record RequesterView(String reference, UUID controllerId, Right right, RequestStatus status, Outcome outcome,
        String language, Instant receivedAt, boolean extended, Dates deadlines, List<Step> history,
        List<RequesterAction> actions) {

    public RequesterView {
        history = List.copyOf(history);
        actions = List.copyOf(actions);
    }

    /**
     * @param effectiveDue the date by which the desk answers: {@code extendedDue} once extended, else
     *                     {@code responseDue}; both move with a counted pause
     * @param paused       the clock is suspended while the desk waits for the person's answer
     */
    public record Dates(LocalDate receiptDate, LocalDate responseDue, LocalDate extendedDue, LocalDate effectiveDue,
            boolean paused) {
    }

    /**
     * One event of the history as the person may see it. {@code details} keys by event: {@code reason} (what the
     * desk needs, REQUEST_IDENTITY / REQUEST_CLARIFICATION; why it lapsed, CLOSE), {@code answer}
     * (INFORMATION_RECEIVED), {@code reasonCode} and {@code reasonText} (EXTEND), {@code outcome},
     * {@code legalGround}, {@code citation}, {@code reasoning} (RESPOND).
     */
    public record Step(String event, Instant occurredAt, RequestStatus status, Map<String, String> details) {
    }
}
