package fr.guichet.desk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fr.guichet.desk.documents.DocumentRefusal;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.error.RefusalCode;
import fr.guichet.request.Refusal;
import io.quarkus.test.junit.QuarkusTest;

/** Every refusal the domain codes reads as its own sentence in French and in English, never as the code. */
@QuarkusTest
class RefusalsTest {

    private static final List<RefusalCode> CODES = Stream.concat(Stream.of(Refusal.values()),
            Stream.of(DocumentRefusal.values())).map(RefusalCode.class::cast).toList();

    @Test
    void everyCodeHasAFrenchAndAnEnglishTextOfItsOwn() {
        RefusalMessages fr = Refusals.messages("fr");
        RefusalMessages en = Refusals.messages("en");
        List<String> french = new ArrayList<>();
        for (RefusalCode code : CODES) {
            String inFrench = Refusals.text(code, fr);
            String inEnglish = Refusals.text(code, en);
            assertThat(inFrench).as(code.name()).isNotBlank().doesNotContain(code.name()).isNotEqualTo(fr.refused());
            assertThat(inEnglish).as(code.name()).isNotBlank().doesNotContain(code.name())
                    .isNotEqualTo(en.refused())
                    // The English bundle falls back to French for a missing key.
                    .isNotEqualTo(inFrench);
            french.add(inFrench);
        }
        assertThat(french).as("one sentence per rule").doesNotHaveDuplicates();
    }

    @Test
    void aRefusalIsReadByItsCodeAndNeverByTheApisMessage() {
        DomainException coded = DomainException.ruleViolation(Refusal.AT_IN_FUTURE, "at", "must not be in the future");
        DomainException uncoded = DomainException.conflict("Something only a developer reads.");

        assertThat(Refusals.text(coded, Refusals.messages("fr")))
                .isEqualTo("Cette date est dans le futur : indiquez quand l'action a réellement eu lieu.");
        assertThat(Refusals.text(coded, Refusals.messages("en")))
                .isEqualTo("This date is in the future: give the date when the action really happened.");
        assertThat(Refusals.text(uncoded, Refusals.messages("fr")))
                .isEqualTo("Cette action n'a pas pu être enregistrée.");
    }
}
