package fr.guichet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.guichet.catalog.Right;
import fr.guichet.request.Channel;
import fr.guichet.request.RequesterRole;

/** How the form's fields become a filing, and where each refusal is shown. */
class FormFilingTest {

    @Test
    void theFormsFieldsBecomeAWebFilingWithBlanksLeftOut() {
        UUID processing = UUID.randomUUID();
        PublicFiling filing = FormFiling.of(Map.of("processing", processing.toString(), "right", "OPPOSITION",
                "role", "PARENT", "fullName", "Dominique", "email", "d@patient.example", "postalAddress", " ",
                "subjectName", "Sacha", "participantCode", "", "details", "d", "website", ""), "en");

        assertThat(filing.processingIds()).containsExactly(processing);
        assertThat(filing.right()).isEqualTo(Right.OPPOSITION);
        assertThat(filing.requester().role()).isEqualTo(RequesterRole.PARENT);
        assertThat(filing.requester().postalAddress()).isNull();
        assertThat(filing.subject().fullName()).isEqualTo("Sacha");
        assertThat(filing.participantCode()).isNull();
        assertThat(filing.honeypotFilled()).isFalse();
        assertThat(filing.language()).isEqualTo("en");
        assertThat(filing.toFiling(Instant.EPOCH).channel()).isEqualTo(Channel.WEB);
        assertThat(filing.toFiling(Instant.EPOCH).admittedRightsOnly()).isTrue();
    }

    @Test
    void forgedChoicesBecomeMissingOnesSoValidationNamesTheirField() {
        PublicFiling filing = FormFiling.of(Map.of("processing", "x", "right", "FORGETTING", "role", "COUSIN",
                "study", "not-a-uuid", "website", "http://spam.example"), "fr");

        assertThat(filing.processingIds()).isEmpty();
        assertThat(filing.right()).isNull();
        assertThat(filing.requester().role()).isNull();
        assertThat(filing.studyId()).isNull();
        assertThat(filing.subject()).isNull();
        assertThat(filing.honeypotFilled()).isTrue();
        assertThat(filing.withoutHoneypot().website()).isNull();
    }

    @Test
    void eachRefusedPathIsShownOnTheFieldThatCanFixIt() {
        Map<String, String> expected = Map.of("right", "right", "requester.role", "role", "requester", "email",
                "requester.email", "email", "subject", "subjectName", "subject.fullName", "subjectName",
                "studyId", "participantCode", "reason", "reason", "processingIds", "processing",
                "receivedAt", "processing");
        expected.forEach((path, field) -> assertThat(FormFiling.field(path)).as(path).isEqualTo(field));
    }

    @Test
    void studySearchIgnoresCaseAndAccents() {
        assertThat(IntakeCatalog.fold("  Étude CANTO ")).isEqualTo("etude canto");
    }
}
