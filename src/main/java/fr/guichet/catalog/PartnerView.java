package fr.guichet.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A partner; {@code signingSecret} is present only in the answer that created it. {@code webhookDisabledAt} is set
 * while webhooks are stopped because the endpoint answered 410 Gone.
 */
public record PartnerView(String id, String name, List<UUID> processingIds, String webhookUrl,
        @JsonInclude(JsonInclude.Include.NON_NULL) String signingSecret, Instant webhookDisabledAt,
        String webhookDisabledReason, Instant createdAt, Instant updatedAt) {

    static PartnerView of(Partner p, String signingSecret) {
        return new PartnerView(p.id, p.name, p.processingIds.stream().sorted().toList(), p.webhookUrl, signingSecret,
                p.webhookDisabledAt, p.webhookDisabledReason, p.createdAt, p.updatedAt);
    }
}
