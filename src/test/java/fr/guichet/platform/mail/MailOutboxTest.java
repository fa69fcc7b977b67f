package fr.guichet.platform.mail;

import static fr.guichet.testsupport.Api.asAdmin;
import static fr.guichet.testsupport.Api.controllerBody;
import static fr.guichet.testsupport.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.GreenMailResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** E-mails go through the outbox and a real SMTP server: sent once, only when their transaction commits. */
@QuarkusTest
class MailOutboxTest {

    @Inject
    MailOutbox outbox;
    @Inject
    MailDispatcher dispatcher;
    @Inject
    EntityManager entityManager;

    @Test
    void aNewControllerDpoGetsTheContactNoticeInTheControllersLanguage() throws Exception {
        String french = address();
        String name = unique("Centre Oscar Lambret");
        Map<String, Object> body = new HashMap<>(controllerBody(name));
        body.put("dpoEmail", french);
        asAdmin().body(body).post("/api/v1/admin/controllers").then().statusCode(201);
        String english = address();
        body = new HashMap<>(controllerBody(unique("Gustave Roussy")));
        body.put("dpoEmail", english);
        body.put("language", "en");
        asAdmin().body(body).post("/api/v1/admin/controllers").then().statusCode(201);

        drain();

        MimeMessage notice = single(french);
        assertThat(notice.getSubject()).isEqualTo("Guichet : vous êtes le contact DPO de " + name);
        String text = plainText(notice);
        assertThat(text).contains("délégué à la protection des données").contains("http://localhost:8081")
                .contains("aucune donnée de patient");
        assertThat(notice.getContentType()).startsWith("multipart/");
        assertThat(single(english).getSubject()).startsWith("Guichet: you are the DPO contact of");
    }

    @Test
    void onlyANewDpoAddressGetsANotice() throws Exception {
        String first = address();
        Map<String, Object> body = new HashMap<>(controllerBody(unique("Centre Jean Perrin")));
        body.put("dpoEmail", first);
        String id = asAdmin().body(body).post("/api/v1/admin/controllers").then().statusCode(201).extract().path("id");
        asAdmin().body(body).put("/api/v1/admin/controllers/" + id).then().statusCode(200);
        String second = address();
        body.put("dpoEmail", second);
        asAdmin().body(body).put("/api/v1/admin/controllers/" + id).then().statusCode(200);

        drain();

        assertThat(received(first)).hasSize(1);
        assertThat(received(second)).hasSize(1);
    }

    @Test
    void aMailQueuedInARolledBackTransactionIsNeverSent() {
        String to = address();
        QuarkusTransaction.begin();
        outbox.enqueue(new OutgoingMail(to, "test/v1", "Sujet", "Texte", "<p>Texte</p>"));
        QuarkusTransaction.rollback();
        drain();
        assertThat(received(to)).isEmpty();
    }

    @Test
    void theQueueHoldsNoAddressInClearAndForgetsItOnceDelivered() {
        String to = address();
        UUID id = QuarkusTransaction.requiringNew()
                .call(() -> outbox.enqueue(new OutgoingMail(to, "test/v1", "Sujet", "Texte", "<p>Texte</p>")));
        byte[] queued = payload(id);
        assertThat(new String(queued, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(to);

        drain();

        assertThat(received(to)).hasSize(1);
        assertThat(payload(id)).isNull();
    }

    @Test
    void twoDispatchersRunningAtOnceSendEachMailOnce() {
        List<String> recipients = java.util.stream.IntStream.range(0, 30).mapToObj(i -> address()).toList();
        QuarkusTransaction.requiringNew().run(() -> recipients.forEach(
                to -> outbox.enqueue(new OutgoingMail(to, "test/v1", "Sujet", "Texte", "<p>Texte</p>"))));

        var a = CompletableFuture.runAsync(this::drain);
        var b = CompletableFuture.runAsync(this::drain);
        CompletableFuture.allOf(a, b).join();

        recipients.forEach(to -> assertThat(received(to)).as(to).hasSize(1));
    }

    private void drain() {
        while (dispatcher.runOnce() > 0) {
            // keep going until no due mail is left
        }
    }

    private byte[] payload(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (byte[]) entityManager
                .createNativeQuery("select payload from mail_outbox where id = :id").setParameter("id", id)
                .getSingleResult());
    }

    private static String address() {
        return "dpo-" + UUID.randomUUID() + "@centre.example";
    }

    private static List<MimeMessage> received(String to) {
        return Arrays.stream(GreenMailResource.server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(r -> r.toString().equals(to));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String plainText(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/plain")) {
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no text/plain part");
    }

    private static MimeMessage single(String to) {
        List<MimeMessage> messages = received(to);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }
}
