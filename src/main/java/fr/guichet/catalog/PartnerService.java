package fr.guichet.catalog;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.guichet.audit.AuditEntry;
import fr.guichet.audit.AuditLog;
import fr.guichet.platform.crypto.SecretBox;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.security.CurrentActor;
import fr.guichet.platform.web.Page;
import fr.guichet.platform.web.PageRequest;

/**
 * Partners: the recipients that must learn every outcome concerning the processings they serve. Their
 * Standard Webhooks signing secret is generated here, shown once, and kept encrypted.
 */
@ApplicationScoped
public class PartnerService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 32;

    private final EntityManager entityManager;
    private final Clock clock;
    private final ProcessingService processings;
    private final SecretBox secretBox;
    private final CatalogConfig config;
    private final AuditLog auditLog;
    private final CurrentActor actor;

    PartnerService(EntityManager entityManager, Clock clock, ProcessingService processings, SecretBox secretBox,
            CatalogConfig config, AuditLog auditLog, CurrentActor actor) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.processings = processings;
        this.secretBox = secretBox;
        this.config = config;
        this.auditLog = auditLog;
        this.actor = actor;
    }

    /** Registers a partner; the answer is the only one that carries its signing secret. */
    @Transactional
    public PartnerView create(PartnerInput input) {
        if (Partner.findById(input.id()) != null) {
            throw DomainException.conflict("A partner with id '" + input.id() + "' already exists.");
        }
        Partner partner = new Partner();
        partner.id = input.id();
        apply(partner, input.name(), input.processingIds(), input.webhookUrl());
        String secret = newSecret();
        partner.signingSecret = seal(partner.id, secret);
        partner.createdAt = partner.updatedAt;
        partner.persistAndFlush();
        audit("PARTNER_CREATED", partner, settings(partner));
        return PartnerView.of(partner, secret);
    }

    @Transactional
    public PartnerView update(String id, PartnerUpdate input) {
        Partner partner = find(id);
        apply(partner, input.name(), input.processingIds(), input.webhookUrl());
        entityManager.flush();
        audit("PARTNER_UPDATED", partner, settings(partner));
        return PartnerView.of(partner, null);
    }

    /** Issues a new signing secret; the previous one keeps signing for the configured overlap. */
    @Transactional
    public SecretRotationView rotateSecret(String id) {
        Partner partner = find(id);
        Instant now = clock.instant();
        String secret = newSecret();
        partner.previousSigningSecret = partner.signingSecret;
        partner.previousSecretExpiresAt = now.plus(config.secretRotationOverlap());
        partner.signingSecret = seal(partner.id, secret);
        partner.updatedAt = now;
        entityManager.flush();
        audit("PARTNER_SECRET_ROTATED", partner,
                Map.of("previousSecretExpiresAt", partner.previousSecretExpiresAt.toString()));
        return new SecretRotationView(partner.id, secret, partner.previousSecretExpiresAt);
    }

    public PartnerView get(String id) {
        return PartnerView.of(find(id), null);
    }

    public Page<PartnerView> list(PageRequest request) {
        return ByName.page(entityManager, Partner.class, "", request, key -> key, p -> p.name, p -> p.id,
                p -> PartnerView.of(p, null));
    }

    private Partner find(String id) {
        return Partner.<Partner>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("partner", id));
    }

    /** Never a secret. Only the webhook's host: a URL's path or query may carry a receiver's token. */
    private void audit(String action, Partner partner, Map<String, String> details) {
        auditLog.append(new AuditEntry(actor.subject(), action, "partner", partner.id, partner.updatedAt, details));
    }

    private static Map<String, String> settings(Partner partner) {
        Map<String, String> settings = new HashMap<>();
        settings.put("processingIds", AuditEntry.listed(partner.processingIds));
        if (partner.webhookUrl != null) {
            settings.put("webhookHost", URI.create(partner.webhookUrl).getHost());
        }
        return settings;
    }

    private void apply(Partner partner, String name, Set<UUID> processingIds, String webhookUrl) {
        processings.ensureExist(processingIds);
        partner.name = name.trim();
        partner.processingIds.clear();
        partner.processingIds.addAll(processingIds);
        partner.webhookUrl = checkedWebhookUrl(ProcessingService.blankToNull(webhookUrl));
        partner.updatedAt = clock.instant();
    }

    /**
     * Payloads carry pseudonymous codes: they travel over TLS, except to a receiver on this very host (tests, a
     * sidecar). Credentials in the URL would end up in logs.
     */
    static String checkedWebhookUrl(String url) {
        if (url == null) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidInput("webhookUrl", "must be an absolute https URL");
        }
        if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
            throw DomainException.invalidInput("webhookUrl", "must be an absolute https URL without credentials or fragment");
        }
        boolean https = "https".equals(uri.getScheme());
        boolean loopbackHttp = "http".equals(uri.getScheme()) && isLoopback(uri.getHost());
        if (!https && !loopbackHttp) {
            throw DomainException.invalidInput("webhookUrl", "must use https (plain http only to a loopback address)");
        }
        return uri.toString();
    }

    private static boolean isLoopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        if (!host.matches("[0-9.]+|\\[[0-9a-fA-F:]+\\]")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getEncoder().encodeToString(bytes);
    }

    private byte[] seal(String partnerId, String secret) {
        return secretBox.seal(secret, secretContext(partnerId));
    }

    /** Binds a sealed secret to its partner, so that a ciphertext copied to another partner does not open. */
    static String secretContext(String partnerId) {
        return "partner-signing-secret:" + partnerId;
    }
}
