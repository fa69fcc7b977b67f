package fr.guichet.desk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;

import fr.guichet.platform.error.DomainException;
import fr.guichet.request.Action;
import fr.guichet.request.Refusal;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An action form is read into the API's command: when the action happened is typed in the controller's local time
 * and converted with its zone, and what cannot be read comes back by field in the staff member's language.
 */
@QuarkusTest
class ActionFormsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    Validator validator;

    private static MultivaluedMap<String, String> form(String action, Map<String, String> fields) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("action", action);
        fields.forEach(form::putSingle);
        return form;
    }

    @Test
    void aMomentTypedInParisIsThatMomentInParisWhateverTheSeason() {
        ActionForms.Parsed winter = ActionForms.parse(form("INFORMATION_RECEIVED",
                Map.of("atDate", "2026-12-01", "atTime", "00:30")), "fr", PARIS, validator);
        ActionForms.Parsed summer = ActionForms.parse(form("INFORMATION_RECEIVED",
                Map.of("atDate", "2026-07-01", "atTime", "09:15")), "fr", PARIS, validator);

        assertThat(winter.errors()).isEmpty();
        assertThat(winter.command().action()).isEqualTo(Action.INFORMATION_RECEIVED);
        // Still 30 November in UTC: the day is the establishment's.
        assertThat(winter.command().at().toInstant()).isEqualTo(Instant.parse("2026-11-30T23:30:00Z"));
        assertThat(summer.command().at().toInstant()).isEqualTo(Instant.parse("2026-07-01T07:15:00Z"));
    }

    @Test
    void withoutDateAndTimeTheActionHappensNow() {
        ActionForms.Parsed parsed = ActionForms.parse(form("START", Map.of("atDate", " ", "atTime", "")), "fr",
                PARIS, validator);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.command().at()).isNull();
    }

    @Test
    void aHalfGivenOrUnreadableMomentComesBackBesideItsFieldWithTheValuesKept() {
        ActionForms.Parsed dateOnly = ActionForms.parse(form("START", Map.of("atDate", "2026-12-01")), "fr", PARIS,
                validator);
        ActionForms.Parsed unreadable = ActionForms.parse(form("START",
                Map.of("atDate", "31/11/2026", "atTime", "25:00")), "en", PARIS, validator);

        assertThat(dateOnly.command()).isNull();
        assertThat(dateOnly.errors()).containsExactly(Map.entry("atTime", "Indiquez aussi l'heure."));
        assertThat(dateOnly.values()).containsEntry("atDate", "2026-12-01");
        assertThat(unreadable.errors()).containsExactly(Map.entry("atDate", "Give a valid date."),
                Map.entry("atTime", "Give a valid time (HH:MM)."));
        assertThat(unreadable.values()).containsEntry("atDate", "31/11/2026").containsEntry("atTime", "25:00");
    }

    @Test
    void theCommandsOwnConstraintsAreSaidInWords() {
        ActionForms.Parsed parsed = ActionForms.parse(form("DECIDE", Map.of("participantCode", "P 42!")), "fr",
                PARIS, validator);

        assertThat(parsed.errors().get("participantCode")).startsWith("Ce code ne peut contenir que");
    }

    @Test
    void theLifecyclesRefusalOfTheMomentIsShownBesideTheDateAndAWholeStepRefusalInTheForm() {
        RefusalMessages fr = Refusals.messages("fr");

        assertThat(ActionForms.errors(DomainException.ruleViolation(Refusal.AT_BEFORE_RECEIPT, "at",
                "must not precede the receipt of the request (2026-12-01T10:00:00Z)"), fr))
                .containsExactly(Map.entry("atDate", "Cette date précède la réception de la demande."));
        assertThat(ActionForms.errors(DomainException.conflict(Refusal.TOO_LATE_TO_EXTEND,
                "Too late to extend: the extension notice was due by 2026-12-01"), fr))
                .containsOnlyKeys("form").extractingByKey("form").asString().startsWith("Il est trop tard");
        assertThat(ActionForms.errors(DomainException.ruleViolation(Refusal.PROCESSING_NOT_IN_REQUEST,
                "processingIds", "x is not a processing of this request"), fr)).containsOnlyKeys("form");
    }
}
