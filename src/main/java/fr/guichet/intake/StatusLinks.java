package fr.guichet.intake;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.guichet.platform.config.GuichetConfig;

/**
 * The links by which a requester follows a request without an account. The token is 256 random bits, shown once
 * in an e-mail; the desk keeps only its SHA-256, so neither a database dump nor a log of the table opens a status
 * page. Each letter mints a fresh link: the newest e-mail always works, and old ones expire.
 */
@ApplicationScoped
public class StatusLinks {

    private final EntityManager entityManager;
    private final Clock clock;
    private final GuichetConfig config;
    private final IntakeConfig intake;

    StatusLinks(EntityManager entityManager, Clock clock, GuichetConfig config, IntakeConfig intake) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.config = config;
        this.intake = intake;
    }

    /** A link to a status page, shown once, and the instant it stops working. */
    public record StatusLink(URI url, Instant expiresAt) {
    }

    /** A new link to the request's status page, valid for the configured time, written in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StatusLink mint(UUID requestId) {
        String encoded = Tokens.mint();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(intake.statusLinkValidity());
        entityManager.createNativeQuery("""
                INSERT INTO status_links (token_hash, request_id, created_at, expires_at)
                VALUES (:hash, :request, :now, :expires)""")
                .setParameter("hash", Tokens.hash(encoded))
                .setParameter("request", requestId)
                .setParameter("now", now)
                .setParameter("expires", expiresAt)
                .executeUpdate();
        return link(encoded, expiresAt);
    }

    /**
     * What a link would look like if one were minted now, with a visible stand-in for its secret token: for the
     * preview of a letter, which must not create a link that works.
     */
    public StatusLink unminted(String tokenStandIn) {
        return link(tokenStandIn, clock.instant().plus(intake.statusLinkValidity()));
    }

    private StatusLink link(String token, Instant expiresAt) {
        return new StatusLink(URI.create(config.publicUrl().toString().replaceAll("/+$", "") + "/status?token="
                + token), expiresAt);
    }

    /** The request a link opens, if the token is one the desk minted and it has not expired. */
    public Optional<UUID> resolve(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return entityManager.createNativeQuery("""
                SELECT request_id FROM status_links WHERE token_hash = :hash AND expires_at > :now""", UUID.class)
                .setParameter("hash", Tokens.hash(token))
                .setParameter("now", clock.instant())
                .getResultStream().map(UUID.class::cast).findFirst();
    }

    /** Forgets expired links; returns how many. */
    @Transactional
    public int purgeExpired() {
        return entityManager.createNativeQuery("DELETE FROM status_links WHERE expires_at <= :now")
                .setParameter("now", clock.instant()).executeUpdate();
    }
}
