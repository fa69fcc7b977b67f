package fr.guichet.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import fr.guichet.platform.error.DomainException;

/** The receipt dates a report covers, both included, optionally for one controller. */
record ReportPeriod(LocalDate from, LocalDate to, Optional<UUID> controllerId) {

    /** Longer periods are exports, not reports: ten years keeps the monthly table and chart readable. */
    static final int MAX_YEARS = 10;

    static ReportPeriod parse(String from, String to, String controller) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw DomainException.invalidInput("to", "must not be before from");
        }
        if (end.isAfter(start.plusYears(MAX_YEARS))) {
            throw DomainException.invalidInput("to", "must be at most " + MAX_YEARS + " years after from");
        }
        return new ReportPeriod(start, end, controller(controller));
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalidInput(field, "is required (YYYY-MM-DD, a receipt date)");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw DomainException.invalidInput(field, "must be a date (YYYY-MM-DD)");
        }
    }

    private static Optional<UUID> controller(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.trim()));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidInput("controller", "must be a controller id (UUID)");
        }
    }
}
