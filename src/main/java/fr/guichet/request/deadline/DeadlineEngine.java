package fr.guichet.request.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import fr.guichet.catalog.HolidayCalendar;

/**
 * The one place that computes a request's legal dates (legal-rules.md §1): GDPR Art. 12(3) periods, counted under
 * Regulation 1182/71 Art. 3, suspended by prompt information requests (Art. 12(6), décret 2019-536). Pure and
 * deterministic: the caller passes "today".
 */
public final class DeadlineEngine {

    private final PublicHolidays holidays;
    private final DeadlinePolicy policy;

    public DeadlineEngine(PublicHolidays holidays, DeadlinePolicy policy) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public Deadlines compute(DeadlineInput input) {
        HolidayCalendar calendar = input.calendar();
        // The local date where the controller is, never the UTC date (Reg. 1182/71 Art. 3(1)).
        LocalDate receiptDate = LocalDate.ofInstant(input.receivedAt(), input.zone());

        LocalDate promptUntil = holidays.plusWorkingDays(calendar, receiptDate, policy.promptRequestWorkingDays());
        List<PauseView> pauses = input.pauses().stream().map(p -> view(p, promptUntil, input.today())).toList();
        int pausedDays = pauses.stream().mapToInt(PauseView::days).sum();
        boolean paused = pauses.stream().anyMatch(p -> p.counted() && p.answeredOn() == null);

        LocalDate responseDue = endOfPeriod(calendar, receiptDate, 1, pausedDays);
        // The notice with reasons must reach the person within the one-month period, pauses included (Art. 12(3)).
        LocalDate extensionNoticeDue = responseDue;
        LocalDate notice = input.extensionNoticeOn();
        // Three months from receipt, rolled once: not two months added to the already-rolled one-month date.
        LocalDate extendedDue = notice != null && !notice.isAfter(extensionNoticeDue)
                ? endOfPeriod(calendar, receiptDate, 3, pausedDays)
                : null;
        LocalDate effectiveDue = extendedDue != null ? extendedDue : responseDue;
        LocalDate internalTarget =
                holidays.plusWorkingDays(calendar, effectiveDue, -policy.internalTargetWorkingDays());

        LocalDate today = input.today();
        boolean overdue = isOverdue(input.open(), paused, effectiveDue, today);
        Integer daysRemaining = input.open() ? (int) ChronoUnit.DAYS.between(today, effectiveDue) : null;
        return new Deadlines(receiptDate, responseDue, extensionNoticeDue, extendedDue, effectiveDue, internalTarget,
                paused, pausedDays, overdue, daysRemaining, pauses);
    }

    /** True when an extension notice sent on {@code noticeOn} is in time (on or before the one-month deadline). */
    public boolean extensionInTime(DeadlineInput withoutExtension, LocalDate noticeOn) {
        return !noticeOn.isAfter(compute(withoutExtension).extensionNoticeDue());
    }

    /**
     * N months after the receipt day (clamped to the month's last day, Reg. 1182/71 Art. 3(2)(c)), plus the
     * suspended days; only this final day moves to the next working day (Art. 3(4)).
     */
    private LocalDate endOfPeriod(HolidayCalendar calendar, LocalDate receiptDate, int months, int pausedDays) {
        return holidays.nextWorkingDayOnOrAfter(calendar, receiptDate.plusMonths(months).plusDays(pausedDays));
    }

    /**
     * A suspension, not a restart: the days strictly between the request and the answer (until today while open).
     * A request sent after the prompt window suspends nothing (policy).
     */
    private static PauseView view(Pause pause, LocalDate promptUntil, LocalDate today) {
        boolean counted = !pause.requestedOn().isAfter(promptUntil);
        LocalDate end = pause.isOpen() ? today : pause.answeredOn();
        int between = (int) Math.max(0, ChronoUnit.DAYS.between(pause.requestedOn(), end) - 1);
        return new PauseView(pause.requestedOn(), pause.answeredOn(), counted ? between : 0, counted);
    }

    /**
     * Overdue: an answer is still owed, no pause suspends the clock, and today is past the effective deadline. The
     * one definition, also used where reports read the projected deadline instead of recomputing it.
     */
    public static boolean isOverdue(boolean open, boolean paused, LocalDate effectiveDue, LocalDate today) {
        return open && !paused && today.isAfter(effectiveDue);
    }
}
