package fr.guichet.intake;

import java.util.List;
import java.util.Map;

import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PublicProcessingView;
import fr.guichet.catalog.Right;
import fr.guichet.catalog.StudyView;
import fr.guichet.request.RequesterRole;

/**
 * The public form in one of its three steps: no controller chosen, a controller but no processing, or a
 * processing (the filing form itself). {@code values} and {@code errors} re-render a refused submission;
 * {@code lawReference} names the text that imposes a legal-obligation processing; {@code csrf} is the form's
 * token ({@link Csrf}).
 */
public record FormPage(String home, List<IntakeCatalog.ControllerChoice> controllers,
        IntakeCatalog.ControllerChoice controller, List<PublicProcessingView> processings, String search,
        List<StudyView> studies, PublicProcessingView processing, StudyView study, String lawReference,
        Map<String, String> values, List<FieldError> errors, String csrf) {

    /** An error shown next to its field and in the summary, which links to the field by its id. */
    public record FieldError(String field, String message) {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public String error(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst()
                .orElse(null);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public List<RequesterRole> roles() {
        return List.of(RequesterRole.values());
    }

    /** A legal-obligation processing admits no opposition: the form says why instead of offering it. */
    public boolean noOpposition() {
        return processing.legalBasis() == LegalBasis.LEGAL_OBLIGATION;
    }

    /** The reason field appears only where the processing requires one for an opposition it admits. */
    public boolean reasonField() {
        return processing.oppositionRequiresReason()
                && processing.rights().contains(Right.OPPOSITION);
    }
}
