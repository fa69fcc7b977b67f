package fr.guichet.catalog;

import java.util.List;

/**
 * Where and how a partner's webhooks go: its URL (null for a partner that only polls), whether a 410 Gone
 * disabled it, and the plaintext signing secrets valid now (the current one first, then the previous one during
 * a rotation overlap).
 */
public record WebhookTarget(String partnerId, String url, boolean disabled, List<String> signingSecrets) {

    public WebhookTarget {
        signingSecrets = List.copyOf(signingSecrets);
    }

    /** Whether webhooks go out to this partner now. */
    public boolean active() {
        return url != null && !disabled;
    }

    /** Never the secrets, nor the URL, whose path or query may carry a receiver's token. */
    @Override
    public String toString() {
        return "WebhookTarget[partnerId=" + partnerId + ", active=" + active() + "]";
    }
}
