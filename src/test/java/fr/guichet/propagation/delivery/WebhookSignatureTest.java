package fr.guichet.propagation.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

/** The Standard Webhooks headers verify with the specification's own library, for either secret of a rotation. */
class WebhookSignatureTest {

    private static final String BODY = "{\"id\":\"e\",\"type\":\"opposition.set\"}";

    private static String newSecret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    private static Map<String, List<String>> asReceived(Map<String, String> headers) {
        return headers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
    }

    @Test
    void theIdIsTheEventIdAndTheTimestampIsInSeconds() {
        UUID event = UUID.randomUUID();
        Map<String, String> headers = WebhookSignature.headers(event, Instant.ofEpochSecond(1_773_306_000L, 999),
                BODY, List.of(newSecret()));
        assertThat(headers).containsEntry("webhook-id", event.toString())
                .containsEntry("webhook-timestamp", "1773306000");
        assertThat(headers.get("webhook-signature")).matches("v1,[A-Za-z0-9+/]+=*");
    }

    @Test
    void theReceiverVerifiesTheSignatureWithThePartnersSecret() throws Exception {
        String secret = newSecret();
        Map<String, String> headers = WebhookSignature.headers(UUID.randomUUID(), Instant.now(), BODY, List.of(secret));
        new Webhook(secret).verify(BODY, asReceived(headers));
        assertThatThrownBy(() -> new Webhook(newSecret()).verify(BODY, asReceived(headers)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(secret).verify(BODY.replace("set", "lifted"), asReceived(headers)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void duringARotationBothSecretsSignSoEitherVerifies() throws Exception {
        String current = newSecret();
        String previous = newSecret();
        Map<String, String> headers = WebhookSignature.headers(UUID.randomUUID(), Instant.now(), BODY,
                List.of(current, previous));
        assertThat(headers.get("webhook-signature").split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        new Webhook(current).verify(BODY, asReceived(headers));
        new Webhook(previous).verify(BODY, asReceived(headers));
    }

    @Test
    void aWebhookIsNeverSentUnsigned() {
        assertThatThrownBy(() -> WebhookSignature.headers(UUID.randomUUID(), Instant.now(), BODY, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
