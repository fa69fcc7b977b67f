package fr.guichet.platform.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.platform.crypto.SecretBox;

/**
 * Queues e-mails in the caller's transaction, so a mail exists if and only if the change that causes it
 * commits. Recipient and content are stored encrypted; {@link MailDispatcher} sends them.
 */
@ApplicationScoped
public class MailOutbox {

    private final EntityManager entityManager;
    private final SecretBox secretBox;
    private final ObjectMapper json;

    MailOutbox(EntityManager entityManager, SecretBox secretBox, ObjectMapper json) {
        this.entityManager = entityManager;
        this.secretBox = secretBox;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(OutgoingMail mail) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("INSERT INTO mail_outbox (id, template, payload) VALUES (:id, :template, :payload)")
                .setParameter("id", id)
                .setParameter("template", mail.template())
                .setParameter("payload", secretBox.seal(serialize(mail), context(id)))
                .executeUpdate();
        return id;
    }

    /** Where queued e-mails stand: sent, given up, or still trying (neither instant set). */
    public record Delivery(Instant sentAt, Instant failedAt) {
    }

    /** The delivery of each of these queued e-mails, in one query; unknown ids are absent. */
    public Map<UUID, Delivery> deliveries(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Delivery> deliveries = new HashMap<>();
        entityManager.createNativeQuery("SELECT id, sent_at, failed_at FROM mail_outbox WHERE id = ANY(:ids)",
                Object[].class)
                .setParameter("ids", ids.toArray(UUID[]::new))
                .getResultStream()
                .forEach(row -> {
                    Object[] columns = (Object[]) row;
                    deliveries.put((UUID) columns[0], new Delivery((Instant) columns[1], (Instant) columns[2]));
                });
        return deliveries;
    }

    OutgoingMail open(UUID id, byte[] payload) {
        try {
            return json.readValue(secretBox.open(payload, context(id)), OutgoingMail.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable queued mail " + id, e);
        }
    }

    private String serialize(OutgoingMail mail) {
        try {
            return json.writeValueAsString(mail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise mail", e);
        }
    }

    private static String context(UUID id) {
        return "mail_outbox:" + id;
    }
}
