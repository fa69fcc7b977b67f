package fr.guichet.desk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.guichet.catalog.Right;
import fr.guichet.request.Action;
import fr.guichet.request.Channel;
import fr.guichet.request.ExtensionReason;
import fr.guichet.request.LegalGround;
import fr.guichet.request.Outcome;
import fr.guichet.request.QueueRisk;
import fr.guichet.request.RequestStatus;
import fr.guichet.request.RequesterRole;
import io.quarkus.test.junit.QuarkusTest;

/** Every code the desk has is a word in both languages, never the code itself. */
@QuarkusTest
class VocabularyTest {

    @ParameterizedTest
    @ValueSource(strings = { "fr", "en" })
    void everyCodeHasAWordThatIsNotTheCode(String language) {
        Vocabulary words = Vocabulary.of(language);
        List<String[]> pairs = new ArrayList<>();
        Stream.of(Right.values()).forEach(v -> pairs.add(new String[] { v.name(), words.right(v) }));
        Stream.of(RequestStatus.values()).forEach(v -> pairs.add(new String[] { v.name(), words.status(v) }));
        Stream.of(Channel.values()).forEach(v -> pairs.add(new String[] { v.name(), words.channel(v) }));
        Stream.of(Outcome.values()).forEach(v -> pairs.add(new String[] { v.name(), words.outcome(v) }));
        Stream.of(QueueRisk.values()).forEach(v -> pairs.add(new String[] { v.name(), words.risk(v) }));
        Stream.of(RequesterRole.values()).forEach(v -> pairs.add(new String[] { v.name(), words.requesterRole(v) }));
        Stream.of(ExtensionReason.values()).forEach(v -> pairs.add(new String[] { v.name(), words.extensionReason(v) }));
        Stream.of(Action.values()).forEach(v -> pairs.add(new String[] { v.name(), words.action(v) }));
        Stream.of(LegalGround.values()).forEach(v -> pairs.add(new String[] { v.name(), words.legalGround(v) }));
        assertThat(pairs).allSatisfy(pair -> assertThat(pair[1]).isNotBlank().isNotEqualTo(pair[0]));
        assertThat(Vocabulary.of("fr").right(Right.ERASURE)).isEqualTo("Effacement");
        assertThat(Vocabulary.of("en").right(Right.ERASURE)).isEqualTo("Erasure");
    }
}
