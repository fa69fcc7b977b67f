package fr.guichet.request.deadline;

import java.time.LocalDate;

/**
 * A pause as the deadlines see it.
 *
 * @param days the days this pause adds to the deadlines: the days strictly between request and answer (up to
 *            today while open), or 0 when not counted
 * @param counted false when the information was not asked for promptly: the pause is shown and flagged but
 *            suspends nothing
 */
public record PauseView(LocalDate requestedOn, LocalDate answeredOn, int days, boolean counted) {
}
