package fr.guichet.desk.console;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;

import fr.guichet.catalog.ProcessingView;
import fr.guichet.catalog.Right;
import fr.guichet.request.Channel;
import fr.guichet.request.DeskFiling;
import fr.guichet.request.RequesterInput;
import fr.guichet.request.RequesterRole;
import fr.guichet.request.SubjectInput;

/**
 * The back-office entry form, read into the API's {@link DeskFiling}, so that it meets the same validation as the
 * API and the public form. The receipt time is typed in the establishment's time and converted with its zone.
 */
final class NewRequestForm {

    /** The text fields the page shows again when the form is refused. */
    static final List<String> FIELDS = List.of("right", "channel", "receivedDate", "receivedTime", "role", "fullName",
            "email", "postalAddress", "subjectName", "studyId", "participantCode", "details", "reason", "language");

    private NewRequestForm() {
    }

    /** The form as sent (values to show again), and either the filing or the errors by field. */
    record Parsed(Map<String, String> values, List<String> processingIds, DeskFiling filing,
            Map<String, String> errors) {
    }

    /** @param zones the time zone of each offered processing's controller */
    static Parsed parse(MultivaluedMap<String, String> form, List<ProcessingView> offered, Map<UUID, ZoneId> zones,
            Validator validator, NewRequestMessages m) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = form.getFirst(field);
            values.put(field, value == null ? "" : value.strip());
        }
        List<String> processingIds = form.getOrDefault("processingIds", List.of());
        Map<String, String> errors = new LinkedHashMap<>();
        List<UUID> processings = new ArrayList<>();
        for (String id : processingIds) {
            offered.stream().filter(p -> p.id().toString().equals(id)).findFirst()
                    .ifPresentOrElse(p -> processings.add(p.id()), () -> errors.put("processingIds", m.unknownChoice()));
        }
        if (processings.isEmpty()) {
            errors.putIfAbsent("processingIds", m.chooseProcessing());
        }
        Right right = required(values, "right", Right::valueOf, errors, m);
        Channel channel = required(values, "channel", Channel::valueOf, errors, m);
        RequesterRole role = required(values, "role", RequesterRole::valueOf, errors, m);
        UUID studyId = optional(values, "studyId", UUID::fromString, errors, m);
        LocalDate date = parsed(values, "receivedDate", LocalDate::parse, m.badDate(), errors, m);
        LocalTime time = parsed(values, "receivedTime", LocalTime::parse, m.badTime(), errors, m);
        if (values.get("fullName").isEmpty()) {
            errors.put("fullName", m.required());
        }
        if (!errors.isEmpty()) {
            return new Parsed(values, processingIds, null, errors);
        }
        ZoneId zone = offered.stream().filter(p -> p.id().equals(processings.get(0))).findFirst()
                .map(p -> zones.get(p.controllerId())).orElseThrow();
        DeskFiling filing = new DeskFiling(processings, right,
                new RequesterInput(role, values.get("fullName"), blankToNull(values.get("email")),
                        blankToNull(values.get("postalAddress"))),
                values.get("subjectName").isEmpty() ? null : new SubjectInput(values.get("subjectName")), studyId,
                blankToNull(values.get("participantCode")), blankToNull(values.get("details")),
                blankToNull(values.get("reason")), "en".equals(values.get("language")) ? "en" : "fr", channel,
                LocalDateTime.of(date, time).atZone(zone).toOffsetDateTime());
        for (ConstraintViolation<DeskFiling> violation : validator.validate(filing)) {
            errors.put(field(violation.getPropertyPath().toString()), violation.getMessage());
        }
        return new Parsed(values, processingIds, errors.isEmpty() ? filing : null, errors);
    }

    /** The form's name for a field of the filing (requester.fullName → fullName). */
    static String field(String path) {
        return switch (path) {
            case "requester.fullName" -> "fullName";
            case "requester.email" -> "email";
            case "requester.postalAddress" -> "postalAddress";
            case "requester.role" -> "role";
            case "subject.fullName" -> "subjectName";
            case "receivedAt" -> "receivedDate";
            case "Content-Type", "body" -> NewRequestPageResource.SCAN;
            default -> path;
        };
    }

    private static <T> T required(Map<String, String> values, String field, Function<String, T> parse,
            Map<String, String> errors, NewRequestMessages m) {
        if (values.get(field).isEmpty()) {
            errors.put(field, m.required());
            return null;
        }
        return optional(values, field, parse, errors, m);
    }

    private static <T> T optional(Map<String, String> values, String field, Function<String, T> parse,
            Map<String, String> errors, NewRequestMessages m) {
        return parsed(values, field, parse, m.unknownChoice(), errors, m);
    }

    private static <T> T parsed(Map<String, String> values, String field, Function<String, T> parse, String error,
            Map<String, String> errors, NewRequestMessages m) {
        String value = values.get(field);
        if (value.isEmpty()) {
            if (field.startsWith("received")) {
                errors.put(field, m.required());
            }
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.put(field, error);
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
