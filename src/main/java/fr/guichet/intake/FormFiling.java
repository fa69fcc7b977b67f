package fr.guichet.intake;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.guichet.catalog.Right;
import fr.guichet.request.RequesterInput;
import fr.guichet.request.RequesterRole;
import fr.guichet.request.SubjectInput;

/** Reads the form's fields into a {@link PublicFiling} and names the form field each refusal belongs to. */
final class FormFiling {

    private FormFiling() {
    }

    /** Unparseable choices become null, so that validation reports them on their field. */
    static PublicFiling of(Map<String, String> form, String language) {
        String subject = text(form.get("subjectName"));
        UUID processing = uuid(form.get("processing"));
        return new PublicFiling(processing == null ? List.of() : List.of(processing),
                parse(Right.class, form.get("right")),
                new RequesterInput(parse(RequesterRole.class, form.get("role")), text(form.get("fullName")),
                        text(form.get("email")), text(form.get("postalAddress"))),
                subject == null ? null : new SubjectInput(subject), uuid(form.get("study")),
                text(form.get("participantCode")), text(form.get("details")), text(form.get("reason")), language,
                text(form.get("website")));
    }

    /** The form field (and element id) of a filing field path, from Bean Validation or the domain. */
    static String field(String path) {
        return switch (path) {
            case "right" -> "right";
            case "requester.role" -> "role";
            case "requester.fullName" -> "fullName";
            case "requester", "requester.email" -> "email";
            case "requester.postalAddress" -> "postalAddress";
            case "subject", "subject.fullName" -> "subjectName";
            case "participantCode", "studyId" -> "participantCode";
            case "details" -> "details";
            case "reason" -> "reason";
            default -> "processing";
        };
    }

    static String message(String field, IntakeMessages m) {
        return switch (field) {
            case "right" -> m.error_right();
            case "role" -> m.error_role();
            case "fullName" -> m.error_fullName();
            case "email" -> m.error_email();
            case "postalAddress" -> m.error_postalAddress();
            case "subjectName" -> m.error_subjectName();
            case "participantCode" -> m.error_participantCode();
            case "details" -> m.error_details();
            case "reason" -> m.error_reason();
            default -> m.error_processing();
        };
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
