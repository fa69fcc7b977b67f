package fr.guichet.desk.console;

import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.guichet.desk.documents.DocumentRefusal;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.error.RefusalCode;
import fr.guichet.request.Refusal;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * A refusal of the domain in the staff member's words, looked up by the refusal's code: the rule stays where it is
 * enforced, the console only translates it, and never shows the API's developer message.
 */
final class Refusals {

    private Refusals() {
    }

    static RefusalMessages messages(String language) {
        return MessageBundles.get(RefusalMessages.class, Localized.Literal.of(language));
    }

    static String text(DomainException e, RefusalMessages m) {
        return e.code().map(code -> text(code, m)).orElseGet(m::refused);
    }

    static String text(RefusalCode code, RefusalMessages m) {
        if (code instanceof Refusal refusal) {
            return text(refusal, m);
        }
        if (code instanceof DocumentRefusal refusal) {
            return switch (refusal) {
                case TYPE_NOT_ACCEPTED -> m.TYPE_NOT_ACCEPTED();
                case EMPTY -> m.EMPTY();
                case TOO_LARGE -> m.TOO_LARGE();
            };
        }
        return m.refused();
    }

    /** A constraint of the API's command, said by the kind of constraint (the command's annotations hold the rule). */
    static String text(ConstraintViolation<?> violation, RefusalMessages m) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof Size) {
            return m.tooLong(String.valueOf(attributes.get("max")));
        }
        if (constraint instanceof Pattern) {
            return m.badCode();
        }
        return m.notAccepted();
    }

    private static String text(Refusal refusal, RefusalMessages m) {
        return switch (refusal) {
            case NOT_ALLOWED_NOW -> m.NOT_ALLOWED_NOW();
            case ALREADY_EXTENDED -> m.ALREADY_EXTENDED();
            case NO_OPPOSITION_IN_FORCE -> m.NO_OPPOSITION_IN_FORCE();
            case NO_RESTRICTION_IN_FORCE -> m.NO_RESTRICTION_IN_FORCE();
            case LIFT_NOT_ANNOUNCED -> m.LIFT_NOT_ANNOUNCED();
            case PARTNERS_NOT_SETTLED -> m.PARTNERS_NOT_SETTLED();
            case NO_LONGER_HANDLED -> m.NO_LONGER_HANDLED();
            case DOCUMENTS_NOT_NOW -> m.DOCUMENTS_NOT_NOW();
            case AT_IN_FUTURE -> m.AT_IN_FUTURE();
            case AT_BEFORE_RECEIPT -> m.AT_BEFORE_RECEIPT();
            case AT_BEFORE_LAST_EVENT -> m.AT_BEFORE_LAST_EVENT();
            case QUESTION_REQUIRED -> m.QUESTION_REQUIRED();
            case LAPSE_REASON_REQUIRED -> m.LAPSE_REASON_REQUIRED();
            case NOTE_REQUIRED -> m.NOTE_REQUIRED();
            case EXTENSION_REASON_REQUIRED -> m.EXTENSION_REASON_REQUIRED();
            case EXTENSION_TEXT_REQUIRED -> m.EXTENSION_TEXT_REQUIRED();
            case TOO_LATE_TO_EXTEND -> m.TOO_LATE_TO_EXTEND();
            case OUTCOME_REQUIRED -> m.OUTCOME_REQUIRED();
            case LAPSED_NOT_DECIDED -> m.LAPSED_NOT_DECIDED();
            case GRANT_HAS_NO_GROUND -> m.GRANT_HAS_NO_GROUND();
            case GROUND_REQUIRED -> m.GROUND_REQUIRED();
            case REASONING_REQUIRED -> m.REASONING_REQUIRED();
            case GROUND_NOT_FOR_RIGHT -> m.GROUND_NOT_FOR_RIGHT();
            case NOT_APPLICABLE_GOES_WITH_LEGAL_BASIS -> m.NOT_APPLICABLE_GOES_WITH_LEGAL_BASIS();
            case CITATION_REQUIRED -> m.CITATION_REQUIRED();
            case NO_BASIS_EXCLUDES_RIGHT -> m.NO_BASIS_EXCLUDES_RIGHT();
            case EVERY_BASIS_EXCLUDES_RIGHT -> m.EVERY_BASIS_EXCLUDES_RIGHT();
            case PROCESSING_NOT_IN_REQUEST -> m.PROCESSING_NOT_IN_REQUEST();
            case PROCESSING_EXCLUDES_RIGHT -> m.PROCESSING_EXCLUDES_RIGHT();
            case PARTICIPANT_ALREADY_KNOWN -> m.PARTICIPANT_ALREADY_KNOWN();
            case CODE_NEEDS_STUDY -> m.CODE_NEEDS_STUDY();
            case UNKNOWN_STUDY -> m.UNKNOWN_STUDY();
            case STUDY_NOT_IN_SCOPE -> m.STUDY_NOT_IN_SCOPE();
        };
    }
}
