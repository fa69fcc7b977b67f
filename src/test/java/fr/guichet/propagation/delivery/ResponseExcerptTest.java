package fr.guichet.propagation.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** What the attempt log keeps of a partner's answer. */
class ResponseExcerptTest {

    @Test
    void addressesAndControlCharactersAreRemovedAndTheTextIsCut() {
        assertThat(ResponseExcerpt.redact("Bad request from camille.martin@patient.example\u0000\r\n"))
                .isEqualTo("Bad request from <address>");
        assertThat(ResponseExcerpt.redact("x".repeat(2000))).hasSize(500);
        assertThat(ResponseExcerpt.redact("  ")).isNull();
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String cut = ResponseExcerpt.redact("x".repeat(499) + "😀" + "y".repeat(10));
        assertThat(cut).hasSize(499).doesNotContain("\uD83D");
    }

    @Test
    void onlyTheStartOfAHugeAnswerIsRead() {
        ResponseExcerpt excerpt = new ResponseExcerpt();
        AtomicBoolean cancelled = new AtomicBoolean();
        excerpt.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
                cancelled.set(true);
            }
        });
        byte[] chunk = "x".repeat(1000).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 1000 && !cancelled.get(); i++) {
            excerpt.onNext(List.of(ByteBuffer.wrap(chunk)));
        }
        assertThat(cancelled).isTrue();
        assertThat(excerpt.getBody().toCompletableFuture().join()).hasSize(500);
    }
}
