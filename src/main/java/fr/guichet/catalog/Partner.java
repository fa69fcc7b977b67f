package fr.guichet.catalog;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import fr.guichet.platform.web.Page;

/** A downstream recipient (warehouse, research team, processor) of the processings it serves. */
@Entity
@Table(name = "partners")
public class Partner extends CatalogRecord {
    /** Chosen by the admin; it is also the subject of the partner's tokens. */
    @Id
    public String id;
    public String name;
    @Column(name = "webhook_url")
    public String webhookUrl;
    @ElementCollection
    @CollectionTable(name = "partner_processings", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "processing_id")
    @BatchSize(size = Page.MAX_LIMIT)
    public Set<UUID> processingIds = new HashSet<>();
    /** Encrypted with GUICHET_DATA_KEY (see {@link PartnerService}). */
    @Column(name = "signing_secret")
    byte[] signingSecret;
    @Column(name = "previous_signing_secret")
    byte[] previousSigningSecret;
    @Column(name = "previous_secret_expires_at")
    Instant previousSecretExpiresAt;
    /** Set when the endpoint answered 410 Gone: no webhook goes out until an admin re-enables it. */
    @Column(name = "webhook_disabled_at")
    Instant webhookDisabledAt;
    @Column(name = "webhook_disabled_reason")
    String webhookDisabledReason;
}
