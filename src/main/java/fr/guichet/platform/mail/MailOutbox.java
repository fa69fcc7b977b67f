package fr.guichet.platform.mail;

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
