package fr.guichet.desk.arrival;

import static fr.guichet.testsupport.Api.asAdmin;
import static fr.guichet.testsupport.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.platform.mail.MailDispatcher;
import fr.guichet.propagation.delivery.WebhookDispatcher;
import fr.guichet.testsupport.Api;
import fr.guichet.testsupport.Desk.Catalogue;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.Mailbox;
import fr.guichet.testsupport.Replicas;
import fr.guichet.testsupport.Tokens;
import fr.guichet.testsupport.WebhookReceiver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Staff hear of work arriving for their controller: a web filing confirmed, a requester's answer or withdrawal, a
 * partner delivery that failed for good; once each, with the reference and the console link, never who asked.
 * The facts are made through the real API; the job scans the whole shared test database, so each test reads only
 * the mail of its own controller's staff. Time is the job's {@code now} argument, never a wait.
 */
@QuarkusTest
class ArrivalsTest {

    private static final String LINK = "http://localhost:8081/desk/requests/";
    private static final String NAME = "Dominique Lefèvre-Quintal";
    private static final Pattern CONFIRM = Pattern.compile("/confirm\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern STATUS = Pattern.compile("/status\\?token=([A-Za-z0-9_-]+)");

    @Inject
    Arrivals arrivals;
    @Inject
    MailDispatcher mail;
    @Inject
    WebhookDispatcher webhooks;
    @Inject
    EntityManager entityManager;
    @Inject
    Clock clock;
    @Inject
    ArrivalConfig config;

    /** A controller of the test's own with a DPO address no other test writes to, and one staff member of it. */
    record Centre(Catalogue catalogue, String dpo, String staffEmail) {

        static Centre create(String language, boolean withStaff) {
            String dpo = "dpo-" + UUID.randomUUID() + "@centre.example";
            String controllerId = asAdmin().body(Map.of("name", unique("Institut Paoli-Calmettes"), "dpoEmail", dpo,
                    "timeZone", "Europe/Paris", "holidayCalendar", "METROPOLITAN", "language", language))
                    .post("/api/v1/admin/controllers").then().statusCode(201).extract().path("id");
            String processingId = Desk.createProcessing(controllerId, "PUBLIC_TASK",
                    List.of("ACCESS", "RECTIFICATION", "ERASURE", "LIMITATION", "OPPOSITION"), null, false);
            Catalogue catalogue = new Catalogue(controllerId, List.of(processingId),
                    Desk.createStudy(List.of(processingId)));
            return new Centre(catalogue, dpo, withStaff ? staffOf(controllerId) : null);
        }

        String controllerId() {
            return catalogue.controllerId();
        }
    }

    /** A staff member granted only this controller, whose address the desk has learnt from a call of theirs. */
    static String staffOf(String controllerId) {
        String subject = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        String token = Tokens.ungranted(subject, "dpo");
        Tokens.grant(subject, controllerId);
        Api.as(token).get("/api/v1/desk/requests").then().statusCode(200);
        return Tokens.emailOf(subject);
    }

    /** A request filed on the web form by the person themself and confirmed from the e-mail. */
    record Filed(String id, String reference, String email) {
    }

    Filed fileOnTheWeb(Centre centre, String right) {
        String email = "patient-" + UUID.randomUUID() + "@patient.example";
        Map<String, Object> body = new HashMap<>();
        body.put("processingIds", centre.catalogue().processingIds());
        body.put("right", right);
        body.put("requester", Map.of("role", "SELF", "fullName", NAME, "email", email, "postalAddress",
                "27 impasse des Tilleuls, 59800 Lille"));
        body.put("studyId", centre.catalogue().studyId());
        body.put("participantCode", "P-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("details", "Mes données du protocole XQ-17");
        body.put("language", "fr");
        String reference = given().contentType(ContentType.JSON).header("X-Forwarded-For", clientAddress())
                .body(body).post("/api/v1/requests").then().statusCode(202).extract().path("reference");
        Mailbox.drain(mail);
        given().contentType(ContentType.JSON).body(Map.of("token", link(email, CONFIRM)))
                .post("/api/v1/requests/confirmations").then().statusCode(200);
        Mailbox.drain(mail);
        String id = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT id::text FROM requests WHERE reference = :r").setParameter("r", reference)
                .getSingleResult().toString());
        return new Filed(id, reference, email);
    }

    @Test
    void aConfirmedWebFilingIsAnnouncedOnceToTheControllersStaffOnlyWithTheLinkAndNoIdentity() {
        Centre centre = Centre.create("fr", true);
        Centre other = Centre.create("fr", true);

        Filed filed = fileOnTheWeb(centre, "OPPOSITION");
        announce(ArrivalMode.IMMEDIATE);
        announce(ArrivalMode.IMMEDIATE);

        List<MimeMessage> received = mails(centre.staffEmail(), filed.reference());
        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(Mailbox.subject(message))
                .isEqualTo("Guichet : nouvelle demande " + filed.reference() + " déposée en ligne");
        String text = Mailbox.text(message);
        assertThat(text).contains("Référence : " + filed.reference())
                .contains("Ouvrir la demande : " + LINK + filed.id())
                .contains("vous êtes chargé(e) des demandes de")
                .contains("aucune donnée de patient");
        assertThat(Mailbox.html(message)).contains("<html lang=\"fr\">")
                .contains("href=\"" + LINK + filed.id() + "\"");
        assertNoIdentity(message, filed);
        assertThat(mails(other.staffEmail(), filed.reference())).isEmpty();
        assertThat(mails(centre.dpo(), filed.reference())).as("staff are known: the DPO contact is not needed")
                .isEmpty();

        Number recorded = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM desk_arrivals WHERE request_id = :id")
                .setParameter("id", UUID.fromString(filed.id())).getSingleResult());
        assertThat(recorded.intValue()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        List<String> audited = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT actor FROM audit_log WHERE action = 'ARRIVALS_ANNOUNCED' AND details->>'arrivals' LIKE :entry",
                String.class).setParameter("entry", "%" + filed.reference() + ":WEB_FILING%").getResultList());
        // One entry per batch transaction: the notices of one fact may span batches when other tests left many.
        assertThat(audited).isNotEmpty().containsOnly("system");
    }

    @Test
    void theRequestersAnswerAndWithdrawalAreAnnouncedButStaffsOwnStepsAreNot() {
        Centre centre = Centre.create("fr", true);
        Filed filed = fileOnTheWeb(centre, "ACCESS");
        announce(ArrivalMode.IMMEDIATE);
        Desk.done(filed.id(), Map.of("action", "START"));
        Desk.done(filed.id(), Map.of("action", "REQUEST_CLARIFICATION", "reason",
                "Précisez l'établissement où vous avez été suivie."));
        Mailbox.drain(mail);
        String status = link(filed.email(), STATUS);

        given().contentType(ContentType.JSON).header("Status-Token", status)
                .body(Map.of("answer", "Centre Oscar Lambret, Lille")).post("/api/v1/status/answer").then()
                .statusCode(200);
        announce(ArrivalMode.IMMEDIATE);
        given().contentType(ContentType.JSON).header("Status-Token", status).post("/api/v1/status/withdrawal")
                .then().statusCode(200);
        announce(ArrivalMode.IMMEDIATE);
        announce(ArrivalMode.IMMEDIATE);

        List<MimeMessage> received = mails(centre.staffEmail(), filed.reference());
        assertThat(received).extracting(Mailbox::subject).containsExactly(
                "Guichet : nouvelle demande " + filed.reference() + " déposée en ligne",
                "Guichet : le demandeur a répondu pour la demande " + filed.reference(),
                "Guichet : le demandeur a retiré la demande " + filed.reference());
        for (MimeMessage message : received) {
            assertThat(Mailbox.text(message)).contains(LINK + filed.id()).doesNotContain("Oscar Lambret")
                    .doesNotContain("XQ-17");
            assertNoIdentity(message, filed);
        }
    }

    @Test
    void aDeliveryThatFailsForGoodIsAnnouncedWithThePartnersNameAndTheRequestReference() {
        Centre centre = Centre.create("en", true);
        String partnerName = unique("Entrepôt OncoDataHub");
        String partnerId = "wh-" + UUID.randomUUID().toString().substring(0, 12);
        asAdmin().body(Map.of("id", partnerId, "name", partnerName, "processingIds",
                centre.catalogue().processingIds(), "webhookUrl", WebhookReceiver.downUrl()))
                .post("/api/v1/admin/partners").then().statusCode(201);
        Map<String, Object> filing = Desk.filing(centre.catalogue(), "OPPOSITION", "2026-03-10T09:30:00+01:00");
        String id = Desk.file(filing);
        Desk.done(id, Map.of("action", "START"));
        Desk.done(id, Map.of("action", "DECIDE", "outcome", "GRANTED"));
        String reference = Desk.get(id).then().extract().path("reference");
        runWebhooksUntil(partnerId, "PENDING", 1);
        // Three days after the decision, the next failure gives up (as WebhookDeliveryTest lets time pass).
        sql("UPDATE partner_events SET created_at = created_at - interval '3 days', next_attempt_at = now() "
                + "WHERE partner_id = :partner", partnerId);
        runWebhooksUntil(partnerId, "DEAD", 2);

        announce(ArrivalMode.IMMEDIATE);
        announce(ArrivalMode.IMMEDIATE);

        List<MimeMessage> received = mails(centre.staffEmail(), reference);
        assertThat(received).as("a staff filing is not announced; the failure is, once").hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(Mailbox.subject(message))
                .isEqualTo("Guichet: delivery to " + partnerName + " failed for request " + reference);
        assertThat(Mailbox.text(message)).contains("Partner: " + partnerName).contains("Reference: " + reference)
                .contains("Open the request: " + LINK + id).contains("no patient data")
                .doesNotContain("Camille Martin").doesNotContain("camille.martin@patient.example")
                .doesNotContain((String) filing.get("participantCode"));
        assertThat(Mailbox.html(message)).contains("<html lang=\"en\">").doesNotContain("Camille Martin");
    }

    @Test
    void aDpoGrantedEveryControllerHearsOfEachOneAndTheDpoContactOnlyWhenNoStaffAddressIsKnown() {
        Centre centre = Centre.create("fr", false);
        // The shared test DPO answers for every controller; a call of theirs gives the desk their address.
        Desk.asDpo().get("/api/v1/desk/requests").then().statusCode(200);
        Filed filed = fileOnTheWeb(centre, "ERASURE");

        announce(ArrivalMode.IMMEDIATE);

        List<MimeMessage> received = mails(Tokens.emailOf("test-dpo"), filed.reference());
        assertThat(received).hasSize(1);
        assertThat(Mailbox.text(received.get(0))).contains("vous êtes chargé(e) des demandes de");
        assertNoIdentity(received.get(0), filed);
        assertThat(mails(centre.dpo(), filed.reference())).isEmpty();
    }

    @Test
    void aDigestGroupsEveryArrivalSinceTheLastOneIntoOneMailAtMostOncePerInterval() {
        Centre centre = Centre.create("fr", true);
        Filed first = fileOnTheWeb(centre, "OPPOSITION");
        Filed second = fileOnTheWeb(centre, "ACCESS");
        Instant now = clock.instant();

        announce(ArrivalMode.DIGEST, now);
        assertThat(Mailbox.received(centre.staffEmail())).as("the first digest waits the interval").isEmpty();

        Instant due = now.plus(config.digestEvery());
        announce(ArrivalMode.DIGEST, due);
        announce(ArrivalMode.DIGEST, due);

        List<MimeMessage> digests = Mailbox.received(centre.staffEmail());
        assertThat(digests).hasSize(1);
        assertThat(Mailbox.subject(digests.get(0))).isEqualTo("Guichet : 2 nouveautés sur vos demandes");
        String text = Mailbox.text(digests.get(0));
        assertThat(text).contains("Demandes déposées en ligne : 2")
                .contains("- " + first.reference()).contains(LINK + first.id())
                .contains("- " + second.reference()).contains(LINK + second.id());
        assertThat(Mailbox.html(digests.get(0))).contains("href=\"" + LINK + second.id() + "\"");
        assertNoIdentity(digests.get(0), first);
        assertNoIdentity(digests.get(0), second);

        Filed third = fileOnTheWeb(centre, "ERASURE");
        announce(ArrivalMode.DIGEST, due.plus(config.digestEvery()).minusSeconds(1));
        assertThat(Mailbox.received(centre.staffEmail())).as("the interval since the last digest").hasSize(1);
        announce(ArrivalMode.DIGEST, due.plus(config.digestEvery()));
        List<MimeMessage> after = Mailbox.received(centre.staffEmail());
        assertThat(after).hasSize(2);
        assertThat(Mailbox.subject(after.get(1))).isEqualTo("Guichet : 1 nouveauté sur vos demandes");
        assertThat(Mailbox.text(after.get(1))).contains(third.reference()).doesNotContain(first.reference());
    }

    @Test
    void twoReplicasRunningAtTheSameInstantAnnounceEachArrivalOnce() throws InterruptedException {
        Centre centre = Centre.create("fr", true);
        List<Filed> filed = IntStream.range(0, 3).mapToObj(i -> fileOnTheWeb(centre, "ACCESS")).toList();
        Replicas.runTogether(2, () -> arrivals.runOnce());
        announce(ArrivalMode.IMMEDIATE);

        for (Filed one : filed) {
            assertThat(mails(centre.staffEmail(), one.reference())).as(one.reference()).hasSize(1);
        }
    }

    private void announce(ArrivalMode mode) {
        announce(mode, clock.instant());
    }

    private void announce(ArrivalMode mode, Instant now) {
        arrivals.run(mode, now);
        Mailbox.drain(mail);
    }

    /** The mail to {@code to} about the request with this reference, in the order sent. */
    private static List<MimeMessage> mails(String to, String reference) {
        return Mailbox.received(to).stream().filter(message -> Mailbox.subject(message).contains(reference)).toList();
    }

    private static void assertNoIdentity(MimeMessage message, Filed filed) {
        for (String part : List.of(Mailbox.subject(message), Mailbox.text(message), Mailbox.html(message))) {
            assertThat(part).doesNotContain(NAME).doesNotContain("Lefèvre").doesNotContain(filed.email())
                    .doesNotContain("Tilleuls");
        }
    }

    private void runWebhooksUntil(String partnerId, String state, int attempts) {
        for (int run = 0; run < 20 && !delivery(partnerId).equals(state + ":" + attempts); run++) {
            webhooks.runOnce();
        }
        assertThat(delivery(partnerId)).isEqualTo(state + ":" + attempts);
    }

    private String delivery(String partnerId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "SELECT delivery_state || ':' || attempts FROM partner_events WHERE partner_id = :partner")
                .setParameter("partner", partnerId).getSingleResult());
    }

    private void sql(String statement, String partnerId) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement)
                .setParameter("partner", partnerId).executeUpdate());
    }

    /** The token of the latest link of this kind sent to {@code email}. */
    private static String link(String email, Pattern pattern) {
        List<MimeMessage> messages = Mailbox.received(email);
        for (int i = messages.size() - 1; i >= 0; i--) {
            Matcher matcher = pattern.matcher(Mailbox.text(messages.get(i)));
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no link matching " + pattern + " sent to " + email);
    }

    private static String clientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
