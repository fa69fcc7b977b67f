package fr.guichet.request;

import java.time.LocalDate;

import fr.guichet.request.deadline.DeadlineEngine;

/**
 * Whether a request was, or is being, answered within its deadline, as the register reports it:
 *
 * <ul>
 * <li>{@code ON_TIME}: answered (a response date exists) on or before the effective deadline;
 * <li>{@code LATE}: answered after it;
 * <li>{@code NOT_ANSWERED}: closed without an answer (withdrawn, or lapsed while awaiting information);
 * <li>{@code OPEN_OVERDUE}: still owed, not paused, and today (in the controller's zone) is after the deadline,
 * the deadline engine's own "overdue";
 * <li>{@code OPEN}: still owed otherwise.
 * </ul>
 */
public enum Timeliness {
    ON_TIME, LATE, OPEN, OPEN_OVERDUE, NOT_ANSWERED;

    public static Timeliness of(RequestStatus status, LocalDate responseDate, LocalDate effectiveDue, boolean paused,
            LocalDate today) {
        if (responseDate != null) {
            return responseDate.isAfter(effectiveDue) ? LATE : ON_TIME;
        }
        if (!status.awaitsAnswer()) {
            return NOT_ANSWERED;
        }
        return DeadlineEngine.isOverdue(true, paused, effectiveDue, today) ? OPEN_OVERDUE : OPEN;
    }
}
