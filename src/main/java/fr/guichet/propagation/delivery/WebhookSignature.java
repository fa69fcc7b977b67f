package fr.guichet.propagation.delivery;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;

/**
 * The Standard Webhooks headers of one delivery attempt, signed with the library the specification maintains.
 * During a secret rotation the body is signed with every valid secret, space-separated, so that a receiver
 * holding either secret verifies it.
 */
final class WebhookSignature {

    private WebhookSignature() {
    }

    /** {@code webhook-id} is the event id, the same on every retry, so that receivers can drop duplicates. */
    static Map<String, String> headers(UUID eventId, Instant at, String body, List<String> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a webhook needs at least one signing secret");
        }
        String id = eventId.toString();
        long timestamp = at.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(Webhook.UNBRANDED_MSG_ID_KEY, id);
        headers.put(Webhook.UNBRANDED_MSG_TIMESTAMP_KEY, Long.toString(timestamp));
        headers.put(Webhook.UNBRANDED_MSG_SIGNATURE_KEY, secrets.stream()
                .map(secret -> sign(secret, id, timestamp, body)).collect(Collectors.joining(" ")));
        return headers;
    }

    private static String sign(String secret, String id, long timestamp, String body) {
        try {
            return new Webhook(secret).sign(id, timestamp, body);
        } catch (EmptyWebhookSecretException | WebhookSigningException e) {
            throw new IllegalStateException("Cannot sign a webhook with a partner's secret", e);
        }
    }
}
