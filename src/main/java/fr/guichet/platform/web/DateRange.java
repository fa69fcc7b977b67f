package fr.guichet.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import fr.guichet.platform.error.DomainException;

/** A required, inclusive {@code from}–{@code to} period of query parameters, as reports take it. */
public record DateRange(LocalDate from, LocalDate to) {

    /** Parses the raw parameters (strings, so that a bad value answers 400 rather than JAX-RS's 404). */
    public static DateRange parse(String from, String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start.isAfter(end)) {
            throw DomainException.invalidInput("to", "must not be before from");
        }
        return new DateRange(start, end);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalidInput(name, "is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw DomainException.invalidInput(name, "must be a date YYYY-MM-DD");
        }
    }
}
