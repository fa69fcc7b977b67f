package fr.guichet.desk.console;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;

import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.error.Violation;
import fr.guichet.request.Action;
import fr.guichet.request.ActionCommand;
import fr.guichet.request.ExtensionReason;
import fr.guichet.request.LegalGround;
import fr.guichet.request.Outcome;

/**
 * An action form of the request page, read into the same command the API takes, so that the page and the API obey
 * one set of rules; and the answers of a refused form, by field, in the staff member's language. When the action
 * happened outside the desk, the form takes its date and time in the controller's zone; the lifecycle decides
 * whether that moment is acceptable.
 */
final class ActionForms {

    /** The fields an action form may send, in the order the preview carries them back. */
    private static final List<String> FIELDS = List.of("reason", "reasonCode", "reasonText", "outcome", "legalGround",
            "reasoning", "citation", "studyId", "participantCode", "atDate", "atTime");

    private ActionForms() {
    }

    /** A form read: the command when it is well formed, else the errors by field; the values as sent, to show again. */
    record Parsed(String actionName, ActionCommand command, Map<String, String> values, Map<String, String> errors) {
    }

    static Optional<Action> action(String name) {
        return Arrays.stream(Action.values()).filter(action -> action.name().equals(name)).findFirst();
    }

    /** @param zone the controller's time zone, in which staff type when the action happened */
    static Parsed parse(MultivaluedMap<String, String> form, String language, ZoneId zone, Validator validator) {
        RequestPageMessages m = RequestPages.messages(language);
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = form.getFirst(field);
            if (value != null && !value.isBlank()) {
                values.put(field, value.strip());
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String actionName = form.getFirst("action");
        Optional<Action> action = action(actionName);
        if (action.isEmpty()) {
            errors.put("action", m.unknownChoice());
            return new Parsed(actionName, null, values, errors);
        }
        values.put("action", action.get().name());
        ExtensionReason reasonCode = choice(values, "reasonCode", ExtensionReason::valueOf, errors, m);
        Outcome outcome = choice(values, "outcome", Outcome::valueOf, errors, m);
        LegalGround ground = choice(values, "legalGround", LegalGround::valueOf, errors, m);
        UUID studyId = choice(values, "studyId", UUID::fromString, errors, m);
        OffsetDateTime at = when(values.get("atDate"), values.get("atTime"), zone, errors, m);
        if (!errors.isEmpty()) {
            return new Parsed(actionName, null, values, errors);
        }
        ActionCommand command = new ActionCommand(action.get(), at, values.get("reason"), reasonCode,
                values.get("reasonText"), outcome, ground, values.get("reasoning"), values.get("citation"), null,
                studyId, values.get("participantCode"), null);
        RefusalMessages words = Refusals.messages(language);
        for (ConstraintViolation<ActionCommand> violation : validator.validate(command)) {
            errors.put(formField(violation.getPropertyPath().toString()), Refusals.text(violation, words));
        }
        return new Parsed(actionName, errors.isEmpty() ? command : null, values, errors);
    }

    /**
     * When the action happened, typed as the controller's local date and time; null when both are left empty (it
     * happens now). A local time that a clock change skips is moved forward by the gap, as the zone rules say.
     */
    private static OffsetDateTime when(String date, String time, ZoneId zone, Map<String, String> errors,
            RequestPageMessages m) {
        if (date == null && time == null) {
            return null;
        }
        LocalDate day = null;
        LocalTime hour = null;
        if (date == null) {
            errors.put("atDate", m.atDateMissing());
        } else {
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                errors.put("atDate", m.badDate());
            }
        }
        if (time == null) {
            errors.put("atTime", m.atTimeMissing());
        } else {
            try {
                hour = LocalTime.parse(time);
            } catch (DateTimeParseException e) {
                errors.put("atTime", m.badTime());
            }
        }
        return day == null || hour == null ? null : day.atTime(hour).atZone(zone).toOffsetDateTime();
    }

    private static <T> T choice(Map<String, String> values, String field, Function<String, T> parse,
            Map<String, String> errors, RequestPageMessages m) {
        String value = values.get(field);
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            errors.put(field, m.unknownChoice());
            return null;
        }
    }

    /**
     * The errors of a refused step, by the form's field, in the staff member's words ("form" when the rule concerns
     * the whole step, or a field the form does not show).
     */
    static Map<String, String> errors(DomainException e, RefusalMessages m) {
        String text = Refusals.text(e, m);
        Map<String, String> errors = new LinkedHashMap<>();
        for (Violation violation : e.violations()) {
            errors.putIfAbsent(formField(violation.field()), text);
        }
        if (errors.isEmpty()) {
            errors.put("form", text);
        }
        return errors;
    }

    /** The form's field for a field of the command: the moment is refused beside its date. */
    private static String formField(String commandField) {
        if ("at".equals(commandField)) {
            return "atDate";
        }
        return FIELDS.contains(commandField) ? commandField : "form";
    }

    /** The name of a field the requester reads, as the preview shows it. */
    static String fieldLabel(String field, RequestPageMessages m) {
        return switch (field) {
            case "reason" -> m.field_reason();
            case "reasonText" -> m.field_reasonText();
            case "reasoning" -> m.field_reasoning();
            case "citation" -> m.field_citation();
            default -> field;
        };
    }
}
