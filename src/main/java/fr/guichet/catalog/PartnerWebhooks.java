package fr.guichet.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.guichet.audit.AuditEntry;
import fr.guichet.audit.AuditLog;
import fr.guichet.platform.crypto.SecretBox;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.security.CurrentActor;

/**
 * What webhook delivery needs from a partner, and the switch that a 410 Gone turns off and an admin turns back
 * on. Signing secrets leave the catalogue only through {@link #target}, in plaintext, for signing.
 */
@ApplicationScoped
public class PartnerWebhooks {

    private final Clock clock;
    private final SecretBox secretBox;
    private final AuditLog auditLog;
    private final CurrentActor actor;

    PartnerWebhooks(Clock clock, SecretBox secretBox, AuditLog auditLog, CurrentActor actor) {
        this.clock = clock;
        this.secretBox = secretBox;
        this.auditLog = auditLog;
        this.actor = actor;
    }

    /** The partner's webhook URL, whether it is disabled, and the secrets that sign now. */
    @Transactional
    public WebhookTarget target(String partnerId) {
        Partner partner = find(partnerId);
        List<String> secrets = new ArrayList<>();
        secrets.add(open(partner, partner.signingSecret));
        if (partner.previousSigningSecret != null && clock.instant().isBefore(partner.previousSecretExpiresAt)) {
            secrets.add(open(partner, partner.previousSigningSecret));
        }
        return new WebhookTarget(partner.id, partner.webhookUrl, partner.webhookDisabledAt != null, secrets);
    }

    /**
     * Stops webhooks to a partner whose endpoint said it is gone. Its events wait: the feed still serves them, and
     * they are sent once an admin re-enables the webhook. Does nothing if already disabled.
     */
    @Transactional
    public void disable(String partnerId, String reason) {
        Partner partner = find(partnerId);
        if (partner.webhookDisabledAt != null) {
            return;
        }
        partner.webhookDisabledAt = clock.instant();
        partner.webhookDisabledReason = reason;
        partner.updatedAt = partner.webhookDisabledAt;
        audit("PARTNER_WEBHOOK_DISABLED", partner);
    }

    /** An admin says the endpoint is back: waiting events go out again, oldest first. 409 unless disabled. */
    @Transactional
    public PartnerView reenable(String partnerId) {
        Partner partner = find(partnerId);
        if (partner.webhookDisabledAt == null) {
            throw DomainException.conflict("The webhook of partner '" + partnerId + "' is not disabled.");
        }
        partner.webhookDisabledAt = null;
        partner.webhookDisabledReason = null;
        partner.updatedAt = clock.instant();
        audit("PARTNER_WEBHOOK_REENABLED", partner);
        return PartnerView.of(partner, null);
    }

    private Partner find(String id) {
        return Partner.<Partner>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("partner", id));
    }

    private String open(Partner partner, byte[] sealed) {
        return secretBox.open(sealed, PartnerService.secretContext(partner.id));
    }

    /** Flushes first: the audit entry must be the transaction's last write. */
    private void audit(String action, Partner partner) {
        partner.persistAndFlush();
        auditLog.append(new AuditEntry(actor.subject(), action, "partner", partner.id, partner.updatedAt, Map.of()));
    }
}
