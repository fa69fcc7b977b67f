package fr.guichet.request.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import fr.guichet.catalog.HolidayCalendar;

/**
 * Everything the deadlines depend on. {@code today} is passed in (from the injected clock, in the controller's
 * zone) so that the computation never reads the system clock.
 *
 * @param receivedAt when the request reached an official channel (EDPB Guidelines 01/2022), not when it was triaged
 * @param zone the controller's time zone: legal dates are local dates there
 * @param extensionNoticeOn the day the extension notice with reasons was sent; null when none was sent
 * @param open the request is not yet answered, closed or withdrawn
 */
public record DeadlineInput(Instant receivedAt, ZoneId zone, HolidayCalendar calendar, List<Pause> pauses,
        LocalDate extensionNoticeOn, boolean open, LocalDate today) {

    public DeadlineInput {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(calendar, "calendar");
        pauses = List.copyOf(pauses);
        Objects.requireNonNull(today, "today");
    }
}
