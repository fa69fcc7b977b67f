package fr.guichet.request.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * The legal dates of one request. Each date is a local date in the controller's zone; the deadline is the end of
 * that day.
 *
 * @param receiptDate the day of receipt (not counted)
 * @param responseDue one month from receipt, plus the counted paused days, rolled forward to a working day
 * @param extensionNoticeDue the last day on which the extension notice with reasons may be sent
 * @param extendedDue three months from receipt plus paused days, rolled forward; null unless validly extended
 * @param effectiveDue the deadline in force: {@code extendedDue} when set, else {@code responseDue}
 * @param internalTarget the policy target, some working days before {@code effectiveDue}
 * @param paused a counted pause is open: the clock is suspended
 * @param pausedDays the days added by counted pauses
 * @param overdue open, not paused, and past {@code effectiveDue}
 * @param daysRemaining calendar days from today to {@code effectiveDue} (negative when overdue); null when closed
 */
public record Deadlines(LocalDate receiptDate, LocalDate responseDue, LocalDate extensionNoticeDue,
        LocalDate extendedDue, LocalDate effectiveDue, LocalDate internalTarget, boolean paused, int pausedDays,
        boolean overdue, Integer daysRemaining, List<PauseView> pauses) {

    public Deadlines {
        pauses = List.copyOf(pauses);
    }
}
