package fr.guichet.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.catalog.ControllerView;
import fr.guichet.request.deadline.DeadlineEngine;
import fr.guichet.request.deadline.DeadlineInput;
import fr.guichet.request.deadline.DeadlinePolicy;
import fr.guichet.request.deadline.Deadlines;
import fr.guichet.request.deadline.Pause;
import fr.guichet.request.deadline.PublicHolidays;

/**
 * Reads a request's history into the deadline engine's input: the pauses (information asked → received), the
 * extension notice, whether an answer is still owed. Deadlines are always recomputed from the history.
 * {@link #today} and {@link #acknowledgementDue(Instant, ControllerView)} are public for the desk's reminders, which
 * must date things exactly as the request views do.
 */
@ApplicationScoped
public class RequestDeadlines {

    private final PublicHolidays holidays = PublicHolidays.fromLibrary();
    private final DeadlineEngine engine;
    private final Clock clock;
    private final int propagationSlaWorkingDays;

    RequestDeadlines(RequestConfig config, Clock clock) {
        this.engine = new DeadlineEngine(holidays, new DeadlinePolicy(config.internalTargetWorkingDays(),
                config.promptInformationRequestWorkingDays()));
        this.clock = clock;
        this.propagationSlaWorkingDays = config.propagationSlaWorkingDays();
    }

    Deadlines compute(Request request, List<HistoryEntry> history, ControllerView controller) {
        return compute(request.receivedAt, request.status, history, controller);
    }

    /** The same, for readers that hold a request's columns rather than the entity (the queue). */
    Deadlines compute(Instant receivedAt, RequestStatus status, List<HistoryEntry> history,
            ControllerView controller) {
        return engine.compute(input(receivedAt, status, history, controller, today(controller)));
    }

    /**
     * The deadlines as they stood when the last entry of {@code history} was recorded: what a letter written at
     * that step said, for printing it later.
     */
    Deadlines asRecorded(Instant receivedAt, List<HistoryEntry> history, ControllerView controller) {
        HistoryEntry last = history.get(history.size() - 1);
        return engine.compute(input(receivedAt, last.toStatus, history, controller,
                localDate(last.recordedAt, controller)));
    }

    /** Whether an extension notice sent on this day is in time (on or before the one-month deadline). */
    boolean extensionInTime(Request request, List<HistoryEntry> history, ControllerView controller, Instant noticeAt) {
        LocalDate noticeOn = localDate(noticeAt, controller);
        return engine.extensionInTime(input(request.receivedAt, request.status, history, controller, noticeOn),
                noticeOn);
    }

    LocalDate extensionNoticeDue(Request request, List<HistoryEntry> history, ControllerView controller,
            Instant noticeAt) {
        return engine.compute(input(request.receivedAt, request.status, history, controller,
                localDate(noticeAt, controller))).extensionNoticeDue();
    }

    /** The day by which partners should have acknowledged an event that occurred at this instant (policy SLA). */
    public LocalDate acknowledgementDue(Instant occurredAt, ControllerView controller) {
        return acknowledgementDue(localDate(occurredAt, controller), controller);
    }

    LocalDate acknowledgementDue(LocalDate occurredOn, ControllerView controller) {
        return holidays.plusWorkingDays(controller.holidayCalendar(), occurredOn, propagationSlaWorkingDays);
    }

    /** Today in the controller's zone. */
    public LocalDate today(ControllerView controller) {
        return localDate(clock.instant(), controller);
    }

    static LocalDate localDate(Instant instant, ControllerView controller) {
        return instant.atZone(ZoneId.of(controller.timeZone())).toLocalDate();
    }

    private static DeadlineInput input(Instant receivedAt, RequestStatus status, List<HistoryEntry> history,
            ControllerView controller, LocalDate today) {
        List<Pause> pauses = new ArrayList<>();
        LocalDate pausedSince = null;
        LocalDate extensionNoticeOn = null;
        for (HistoryEntry entry : history) {
            LocalDate on = localDate(entry.occurredAt, controller);
            if (entry.is(Action.REQUEST_IDENTITY) || entry.is(Action.REQUEST_CLARIFICATION)) {
                pausedSince = on;
            } else if (pausedSince != null && entry.fromStatus == RequestStatus.AWAITING_INFORMATION
                    && entry.toStatus != RequestStatus.AWAITING_INFORMATION) {
                // The information arrived, or the request ended (lapsed, withdrawn) while awaiting it.
                pauses.add(new Pause(pausedSince, on));
                pausedSince = null;
            } else if (entry.is(Action.EXTEND) && extensionNoticeOn == null) {
                extensionNoticeOn = on;
            }
        }
        if (pausedSince != null) {
            pauses.add(new Pause(pausedSince, null));
        }
        return new DeadlineInput(receivedAt, ZoneId.of(controller.timeZone()), controller.holidayCalendar(), pauses,
                extensionNoticeOn, status.awaitsAnswer(), today);
    }
}
