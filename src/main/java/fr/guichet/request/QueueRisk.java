package fr.guichet.request;

import java.time.LocalDate;

import fr.guichet.request.deadline.DeadlineEngine;
import fr.guichet.request.deadline.Deadlines;

/**
 * How urgent a request that still owes an answer is, for the queue. In this order of precedence:
 *
 * <ul>
 * <li>{@code OVERDUE}: the deadline engine's own "overdue" (today in the controller's zone is past the effective
 * deadline and no counted pause suspends the clock). A request awaiting information whose pause does not count
 * (asked too late) is therefore overdue like any other;
 * <li>{@code PAUSED}: a counted pause is open, so the clock is suspended and cannot run out;
 * <li>{@code DUE_SOON}: today is on or after the internal target;
 * <li>{@code ON_TRACK}: otherwise.
 * </ul>
 * A request that no longer owes an answer has no risk (null).
 */
public enum QueueRisk {
    OVERDUE, PAUSED, DUE_SOON, ON_TRACK;

    /** The risk of a request whose deadlines the engine just computed, on the controller's today. */
    public static QueueRisk of(RequestStatus status, Deadlines deadlines, LocalDate today) {
        return of(status, deadlines.paused(), deadlines.effectiveDue(), deadlines.internalTarget(), today);
    }

    static QueueRisk of(RequestStatus status, boolean paused, LocalDate effectiveDue, LocalDate internalTarget,
            LocalDate today) {
        if (!status.awaitsAnswer()) {
            return null;
        }
        if (DeadlineEngine.isOverdue(true, paused, effectiveDue, today)) {
            return OVERDUE;
        }
        if (paused) {
            return PAUSED;
        }
        return today.isBefore(internalTarget) ? ON_TRACK : DUE_SOON;
    }
}
