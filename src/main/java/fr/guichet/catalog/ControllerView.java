package fr.guichet.catalog;

import java.time.Instant;
import java.util.UUID;

public record ControllerView(UUID id, String name, String dpoEmail, String timeZone, HolidayCalendar holidayCalendar,
        String language, String postalAddress, Instant createdAt, Instant updatedAt) {

    static ControllerView of(Controller c) {
        return new ControllerView(c.id, c.name, c.dpoEmail, c.timeZone, c.holidayCalendar, c.language, c.postalAddress,
                c.createdAt, c.updatedAt);
    }
}
