package fr.guichet.platform.mail;

import static fr.guichet.testsupport.Api.asAdmin;
import static fr.guichet.testsupport.Api.controllerBody;
import static fr.guichet.testsupport.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Mailbox;
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

        Mailbox.drain(dispatcher);

        MimeMessage notice = single(french);
        assertThat(notice.getSubject()).isEqualTo("Guichet : vous êtes le contact DPO de " + name);
        String text = Mailbox.text(notice);
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

        Mailbox.drain(dispatcher);

        assertThat(Mailbox.received(first)).hasSize(1);
        assertThat(Mailbox.received(second)).hasSize(1);
    }

    @Test
    void aMailQueuedInARolledBackTransactionIsNeverSent() {
        String to = address();
        QuarkusTransaction.begin();
        outbox.enqueue(new OutgoingMail(to, "test/v1", "Sujet", "Texte", "<p>Texte</p>"));
        QuarkusTransaction.rollback();
        Mailbox.drain(dispatcher);
        assertThat(Mailbox.received(to)).isEmpty();
    }

    @Test
    void theQueueHoldsNoAddressInClearAndForgetsItOnceDelivered() {
        String to = address();
        UUID id = QuarkusTransaction.requiringNew()
                .call(() -> outbox.enqueue(new OutgoingMail(to, "test/v1", "Sujet", "Texte", "<p>Texte</p>")));
        byte[] queued = payload(id);
        assertThat(new String(queued, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(to);

        Mailbox.drain(dispatcher);

        assertThat(Mailbox.received(to)).hasSize(1);
        assertThat(payload(id)).isNull();
    }

    @Test
    void twoDispatchersRunningAtOnceSendEachMailOnce() {
        List<String> recipients = java.util.stream.IntStream.range(0, 30).mapToObj(i -> address()).toList();
        QuarkusTransaction.requiringNew().run(() -> recipients.forEach(
                to -> outbox.enqueue(new OutgoingMail(to, "test/v1", "Sujet", "Texte", "<p>Texte</p>"))));

        var a = CompletableFuture.runAsync(() -> Mailbox.drain(dispatcher));
        var b = CompletableFuture.runAsync(() -> Mailbox.drain(dispatcher));
        CompletableFuture.allOf(a, b).join();

        recipients.forEach(to -> assertThat(Mailbox.received(to)).as(to).hasSize(1));
    }


    private byte[] payload(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (byte[]) entityManager
                .createNativeQuery("select payload from mail_outbox where id = :id").setParameter("id", id)
                .getSingleResult());
    }

    private static String address() {
        return "dpo-" + UUID.randomUUID() + "@centre.example";
    }



    private static MimeMessage single(String to) {
        List<MimeMessage> messages = Mailbox.received(to);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }
}
