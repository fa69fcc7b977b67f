package fr.guichet.desk.reminder;

import java.time.LocalDate;
import java.util.Optional;

import fr.guichet.request.RequestStatus;
import fr.guichet.request.deadline.DeadlineEngine;

/** Which reminder a request calls for on a given day. Pure: the caller passes the dates and "today". */
final class ReminderRules {

    /** A reminder to send: its threshold and the date it is about, which together make it once-only. */
    record Due(Threshold threshold, LocalDate date) {
    }

    private ReminderRules() {
    }

    /**
     * The deadline reminder, the most urgent only (a request first seen overdue gets no internal-target mail):
     * {@code OVERDUE} by the deadline engine's own rule; else {@code INTERNAL_TARGET} once today reaches the internal
     * target, while an answer is owed and no counted pause is open. An open pause suspends the deadline, so its
     * target is not "reached" until the information arrives and the dates are recomputed.
     */
    static Optional<Due> deadline(RequestStatus status, boolean paused, LocalDate effectiveDue,
            LocalDate internalTarget, LocalDate today) {
        if (DeadlineEngine.isOverdue(status.awaitsAnswer(), paused, effectiveDue, today)) {
            return Optional.of(new Due(Threshold.OVERDUE, effectiveDue));
        }
        if (status.awaitsAnswer() && !paused && !today.isBefore(internalTarget)) {
            return Optional.of(new Due(Threshold.INTERNAL_TARGET, internalTarget));
        }
        return Optional.empty();
    }

    /**
     * Partners are late once today is past the acknowledgement due day of the request's earliest unsettled event (as
     * the request view's propagation SLA shows it), whatever the request's status: Art. 19 outlives the answer.
     */
    static Optional<Due> partnerAcknowledgement(LocalDate earliestDue, LocalDate today) {
        return today.isAfter(earliestDue) ? Optional.of(new Due(Threshold.PARTNER_ACK_OVERDUE, earliestDue))
                : Optional.empty();
    }
}
