package fr.guichet.intake;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.desk.letters.RequesterLetters;
import fr.guichet.platform.config.GuichetConfig;
import fr.guichet.platform.crypto.SecretBox;
import fr.guichet.platform.error.DomainException;
import fr.guichet.request.RequestService;
import fr.guichet.request.RequestView;
import fr.guichet.request.RequesterActivity;
import fr.guichet.request.ReservedReferences;

/**
 * Web filings waiting for their e-mail address to be confirmed. A filing becomes a request only through the
 * single-use link sent to that address; its receipt is still the submission instant (legal-rules.md §1). While
 * it waits, the whole filing is one ciphertext bound to its row, and only the SHA-256 of the token is kept.
 */
@ApplicationScoped
public class PendingFilings implements ReservedReferences {

    /** The actor recorded for what the person does themself on the web. */
    public static final String REQUESTER = RequesterActivity.ACTOR;

    private final EntityManager entityManager;
    private final Clock clock;
    private final RequestService requests;
    private final RequesterLetters letters;
    private final SecretBox box;
    private final ObjectMapper json;
    private final GuichetConfig config;
    private final IntakeConfig intake;

    PendingFilings(EntityManager entityManager, Clock clock, RequestService requests, RequesterLetters letters,
            SecretBox box, ObjectMapper json, GuichetConfig config, IntakeConfig intake) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.requests = requests;
        this.letters = letters;
        this.box = box;
        this.json = json;
        this.config = config;
        this.intake = intake;
    }

    /**
     * Checks the filing as the desk would, reserves its reference, keeps it sealed and sends the confirmation
     * e-mail. A filled honeypot gets the same answer, but nothing is kept or sent.
     */
    @Transactional
    public FilingReceipt submit(PublicFiling submitted) {
        if (submitted.requester().email() == null || submitted.requester().email().isBlank()) {
            throw DomainException.invalidInput("requester.email",
                    "is required: the web form confirms the address before the request is filed");
        }
        Instant now = clock.instant();
        RequestService.Reservation reservation = requests.reserveReference(submitted.toFiling(now));
        if (submitted.honeypotFilled()) {
            return new FilingReceipt(reservation.reference(), FilingReceipt.AWAITING_CONFIRMATION);
        }
        UUID id = UUID.randomUUID();
        String token = Tokens.mint();
        Instant expiresAt = now.plus(intake.confirmationValidity());
        entityManager.createNativeQuery("""
                INSERT INTO pending_filings (id, reference, token_hash, filing, submitted_at, expires_at)
                VALUES (:id, :reference, :hash, :filing, :submitted, :expires)""")
                .setParameter("id", id)
                .setParameter("reference", reservation.reference())
                .setParameter("hash", Tokens.hash(token))
                .setParameter("filing", box.seal(serialize(submitted.withoutHoneypot()), context(id)))
                .setParameter("submitted", now)
                .setParameter("expires", expiresAt)
                .executeUpdate();
        letters.confirmation(submitted.language(), submitted.requester().email().trim(), reservation.reference(),
                URI.create(config.publicUrl().toString().replaceAll("/+$", "") + "/confirm?token=" + token),
                expiresAt, reservation.controller());
        return new FilingReceipt(reservation.reference(), FilingReceipt.AWAITING_CONFIRMATION);
    }

    /**
     * Files the request a confirmation token stands for. The pending row is deleted in the same statement that
     * reads it, so of two concurrent confirmations only one finds it; a used, expired or unknown token is gone.
     */
    @Transactional
    public FilingReceipt confirm(String token) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = !Tokens.wellFormed(token) ? List.of() : entityManager.createNativeQuery("""
                DELETE FROM pending_filings WHERE token_hash = :hash AND expires_at > :now
                RETURNING id, reference, filing, submitted_at""")
                .setParameter("hash", Tokens.hash(token))
                .setParameter("now", clock.instant())
                .getResultList();
        if (rows.isEmpty()) {
            throw DomainException.gone("This confirmation link was already used, has expired or does not exist. "
                    + "If your request was not confirmed in time, please file it again.");
        }
        Object[] row = rows.get(0);
        UUID id = (UUID) row[0];
        PublicFiling filing = open(id, (byte[]) row[2]);
        RequestView request = requests.file(filing.toFiling(instant(row[3])), REQUESTER, (String) row[1]);
        return new FilingReceipt(request.reference(), request.status().name());
    }

    @Override
    public boolean isReserved(String reference) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM pending_filings WHERE reference = :r")
                .setParameter("r", reference).getSingleResult()).longValue() > 0;
    }

    /** Deletes the filings nobody confirmed in time; safe on every replica at once. Returns how many. */
    @Transactional
    public int purgeExpired() {
        return entityManager.createNativeQuery("DELETE FROM pending_filings WHERE expires_at <= :now")
                .setParameter("now", clock.instant()).executeUpdate();
    }

    private String serialize(PublicFiling filing) {
        try {
            return json.writeValueAsString(filing);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a filing", e);
        }
    }

    private PublicFiling open(UUID id, byte[] sealed) {
        try {
            return json.readValue(box.open(sealed, context(id)), PublicFiling.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A sealed pending filing is unreadable", e);
        }
    }

    /** The JDBC driver's type for timestamptz depends on the Hibernate version; accept what it gives. */
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static String context(UUID id) {
        return "pending-filing:" + id;
    }
}
