package fr.guichet.desk.reminder;

import static fr.guichet.testsupport.Api.asAdmin;
import static fr.guichet.testsupport.Api.unique;
import static fr.guichet.testsupport.Desk.asDpo;
import static fr.guichet.testsupport.Desk.done;
import static fr.guichet.testsupport.Desk.filing;
import static fr.guichet.testsupport.Desk.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.platform.mail.MailDispatcher;
import fr.guichet.testsupport.Api;
import fr.guichet.testsupport.Desk.Catalogue;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.GreenMailResource;
import fr.guichet.testsupport.Replicas;
import fr.guichet.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Reminders reach the right person once per threshold and date, in the controller's language, with codes and dates
 * only. The application runs on the real clock, so requests are made late by back-dating their receipt. The job
 * scans every request in the shared test database: each test reads only the mail of its own controller's addresses.
 */
@QuarkusTest
class RemindersTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final String LINK = "http://localhost:8081/desk/requests/";

    @Inject
    Reminders reminders;
    @Inject
    MailDispatcher dispatcher;
    @Inject
    EntityManager entityManager;

    /** A controller of the test's own, in Paris, with a DPO address no other test writes to. */
    record Centre(Catalogue catalogue, String dpo) {

        static Centre create(String language) {
            String dpo = "dpo-" + UUID.randomUUID() + "@centre.example";
            String controllerId = asAdmin().body(Map.of("name", unique("Centre Léon Bérard"), "dpoEmail", dpo,
                    "timeZone", "Europe/Paris", "holidayCalendar", "METROPOLITAN", "language", language))
                    .post("/api/v1/admin/controllers").then().statusCode(201).extract().path("id");
            String processingId = Desk.createProcessing(controllerId, "PUBLIC_TASK",
                    List.of("ACCESS", "RECTIFICATION", "ERASURE", "LIMITATION", "OPPOSITION"), null, false);
            return new Centre(new Catalogue(controllerId, List.of(processingId),
                    Desk.createStudy(List.of(processingId))), dpo);
        }

        /** A request received by post at 10:00 (Paris) on that day. */
        String file(String right, LocalDate receivedOn) {
            return Desk.file(filing(catalogue, right, at(receivedOn)));
        }
    }

    @Test
    void anOverdueUnassignedRequestRemindsTheDpoContactOnceInFrenchWithCodesAndDatesOnly() {
        Centre centre = Centre.create("fr");
        String id = centre.file("ACCESS", today().minusDays(45));
        JsonPath request = get(id).then().extract().jsonPath();
        String reference = request.getString("reference");
        LocalDate due = LocalDate.parse(request.getString("deadlines.effectiveDue"));

        remindAndDeliver();
        remindAndDeliver();

        MimeMessage mail = single(centre.dpo(), reference);
        assertThat(subject(mail)).isEqualTo("Guichet : la demande " + reference + " est en retard");
        String text = part(mail, "text/plain");
        assertThat(text).contains("Référence : " + reference)
                .contains("a expiré le " + FRENCH_DATE.format(due))
                .contains("Délai de réponse : " + FRENCH_DATE.format(due))
                .contains("Droit exercé : accès (art. 15)")
                .contains("Statut : reçue")
                .contains(LINK + id)
                .contains("en tant que contact DPO")
                .contains("aucune donnée de patient");
        String html = part(mail, "text/html");
        assertThat(html).contains("<html lang=\"fr\">").contains(reference).contains(FRENCH_DATE.format(due))
                .contains("href=\"" + LINK + id + "\"");
        assertNoIdentity(text, request);
        assertNoIdentity(html, request);

        Object[] recorded = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery("""
                SELECT d.threshold, d.due_date, d.recipient, m.template FROM desk_reminders d
                JOIN mail_outbox m ON m.id = d.mail_id WHERE d.request_id = :id""")
                .setParameter("id", UUID.fromString(id)).getSingleResult());
        assertThat(recorded).containsExactly("OVERDUE", due, "DPO_CONTACT", "desk-reminder/v1");
        @SuppressWarnings("unchecked")
        List<String> audited = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT actor FROM audit_log WHERE action = 'REMINDERS_QUEUED' AND details->>'reminders' LIKE :entry",
                String.class).setParameter("entry", "%" + reference + ":OVERDUE%").getResultList());
        assertThat(audited).containsExactly("system");
    }

    @Test
    void theInternalTargetReminderReachesTheAssigneeAtTheAddressOfTheirTokenInEnglish() {
        Centre centre = Centre.create("en");
        String id = centre.file("OPPOSITION", today().minusMonths(1).plusDays(2));
        String assignee = "alice-" + UUID.randomUUID().toString().substring(0, 8);
        String email = Tokens.emailOf(assignee);
        assign(id, assignee);
        // The desk learns the address from the assignee's own token, on any call they make.
        Api.as(Tokens.of(assignee, "dpo")).get("/api/v1/desk/requests/" + id).then().statusCode(200);
        JsonPath request = get(id).then().extract().jsonPath();
        String reference = request.getString("reference");
        LocalDate target = LocalDate.parse(request.getString("deadlines.internalTarget"));
        LocalDate due = LocalDate.parse(request.getString("deadlines.effectiveDue"));
        assertThat(today()).as("the test's premise").isBetween(target, due);

        remindAndDeliver();
        remindAndDeliver();

        MimeMessage mail = single(email, reference);
        assertThat(subject(mail)).isEqualTo("Guichet: internal target reached for request " + reference);
        String text = part(mail, "text/plain");
        assertThat(text).contains("Reference: " + reference)
                .contains("Internal target: " + ENGLISH_DATE.format(target))
                .contains("Right exercised: objection (Art. 21)")
                .contains("Status: received")
                .contains(LINK + id)
                .contains("assigned to you")
                .contains("no patient data");
        assertNoIdentity(text, request);
        assertNoIdentity(part(mail, "text/html"), request);
        assertThat(mails(centre.dpo(), reference)).isEmpty();
    }

    @Test
    void anAssigneeWhoseAddressTheDeskNeverSawLeavesTheReminderToTheDpoContact() {
        Centre centre = Centre.create("fr");
        String id = centre.file("RECTIFICATION", today().minusDays(40));
        String assignee = "bruno-" + UUID.randomUUID().toString().substring(0, 8);
        // The assignee never signed in nor called the desk: the directory has no address for them.
        assign(id, assignee);
        String reference = get(id).then().extract().path("reference");

        remindAndDeliver();

        assertThat(part(single(centre.dpo(), reference), "text/plain")).contains("en tant que contact DPO");
        Object[] recorded = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "SELECT recipient, assignee FROM desk_reminders WHERE request_id = :id")
                .setParameter("id", UUID.fromString(id)).getSingleResult());
        assertThat(recorded).containsExactly("DPO_CONTACT", assignee);
    }

    @Test
    void partnerAcknowledgementsPastTheirDueDayRemindTheDpoContactOnce() {
        Centre centre = Centre.create("fr");
        Desk.createPartner(centre.catalogue().processingIds());
        LocalDate received = today().minusDays(15);
        String id = centre.file("OPPOSITION", received);
        done(id, Map.of("action", "START", "at", at(received.plusDays(1))));
        done(id, Map.of("action", "DECIDE", "outcome", "GRANTED", "at", at(received.plusDays(2))));
        JsonPath request = get(id).then().extract().jsonPath();
        String reference = request.getString("reference");
        LocalDate acknowledgementDue = LocalDate.parse(request.getString("propagationSla.due"));
        assertThat(request.getBoolean("propagationSla.overdue")).as("the test's premise").isTrue();

        remindAndDeliver();
        remindAndDeliver();

        MimeMessage mail = single(centre.dpo(), reference);
        assertThat(subject(mail))
                .isEqualTo("Guichet : accusés de réception en retard pour la demande " + reference);
        String text = part(mail, "text/plain");
        assertThat(text).contains("Date limite des accusés de réception : " + FRENCH_DATE.format(acknowledgementDue))
                .contains("Droit exercé : opposition (art. 21)")
                .contains("Statut : décidée, réponse à envoyer");
        assertNoIdentity(text, request);
    }

    @Test
    void answeredClosedAndWithdrawnRequestsGetNoDeadlineReminder() {
        Centre centre = Centre.create("fr");
        LocalDate received = today().minusDays(45);
        String answered = centre.file("ACCESS", received);
        List.of("START", "DECIDE", "RESPOND").forEach(action -> done(answered, command(action)));
        String closed = centre.file("ACCESS", received);
        List.of("START", "DECIDE", "RESPOND", "CLOSE").forEach(action -> done(closed, command(action)));
        String withdrawn = centre.file("ACCESS", received);
        done(withdrawn, command("WITHDRAW"));
        String open = centre.file("ACCESS", received);

        remindAndDeliver();

        for (String quiet : List.of(answered, closed, withdrawn)) {
            assertThat(mails(centre.dpo(), reference(quiet))).as(quiet).isEmpty();
        }
        assertThat(mails(centre.dpo(), reference(open))).hasSize(1);
    }

    @Test
    void aCountedOpenPauseSilencesTheDeadlineButALateOneDoesNot() {
        Centre centre = Centre.create("fr");
        LocalDate received = today().minusDays(45);
        String counted = centre.file("ACCESS", received);
        done(counted, Map.of("action", "REQUEST_IDENTITY", "at", at(received.plusDays(1)), "reason", "Homonymie."));
        // Asked long after receipt: recorded, but the clock runs on (legal-rules.md §1, policy).
        String late = centre.file("ACCESS", received);
        done(late, Map.of("action", "REQUEST_IDENTITY", "reason", "Homonymie."));
        assertThat(get(counted).then().extract().jsonPath().getBoolean("deadlines.paused")).isTrue();
        assertThat(get(late).then().extract().jsonPath().getBoolean("deadlines.paused")).isFalse();

        remindAndDeliver();

        assertThat(mails(centre.dpo(), reference(counted))).isEmpty();
        MimeMessage mail = single(centre.dpo(), reference(late));
        assertThat(subject(mail)).endsWith(" est en retard");
        assertThat(part(mail, "text/plain")).contains("Statut : en attente d'informations").doesNotContain("Homonymie");
    }

    @Test
    void twoRunsAtTheSameInstantQueueEachReminderExactlyOnce() throws InterruptedException {
        Centre centre = Centre.create("fr");
        List<String> ids = IntStream.range(0, 12).mapToObj(i -> centre.file("ERASURE", today().minusDays(40 + i)))
                .toList();
        Replicas.runTogether(2, () -> reminders.runOnce());
        deliver();

        for (String id : ids) {
            assertThat(mails(centre.dpo(), reference(id))).as(id).hasSize(1);
        }
        Number rows = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM desk_reminders WHERE request_id IN (:ids)")
                .setParameter("ids", ids.stream().map(UUID::fromString).toList()).getSingleResult());
        assertThat(rows.intValue()).isEqualTo(ids.size());
    }

    @Test
    void anExtensionRecordedLateButSentInTimeMovesTheDeadlineAndArmsTheNewInternalTarget() {
        Centre centre = Centre.create("en");
        LocalDate received = today().minusMonths(3).plusDays(3);
        String id = centre.file("ACCESS", received);
        String reference = reference(id);
        LocalDate firstDue = LocalDate.parse(get(id).then().extract().path("deadlines.effectiveDue"));

        remindAndDeliver();
        assertThat(subject(single(centre.dpo(), reference)))
                .isEqualTo("Guichet: request " + reference + " is overdue");

        // The notice went out by post within the month; staff record it now.
        done(id, Map.of("action", "EXTEND", "at", at(received.plusDays(5)), "reasonCode", "COMPLEXITY",
                "reasonText", "Your data are held in three warehouses."));
        JsonPath extended = get(id).then().extract().jsonPath();
        LocalDate target = LocalDate.parse(extended.getString("deadlines.internalTarget"));
        LocalDate due = LocalDate.parse(extended.getString("deadlines.effectiveDue"));
        assertThat(today()).as("the test's premise").isBetween(target, due).isAfter(firstDue);

        remindAndDeliver();
        remindAndDeliver();

        List<MimeMessage> mails = mails(centre.dpo(), reference);
        assertThat(mails).hasSize(2);
        MimeMessage reminder = mails.stream().filter(m -> subject(m).contains("internal target")).findFirst()
                .orElseThrow();
        assertThat(part(reminder, "text/plain")).contains("Internal target: " + ENGLISH_DATE.format(target))
                .doesNotContain("three warehouses");
    }

    @Test
    void aBackDatedPauseMovesTheDeadlineAndReArmsTheOverdueReminder() {
        Centre centre = Centre.create("fr");
        LocalDate received = today().minusDays(45);
        String id = centre.file("ACCESS", received);
        String reference = reference(id);
        LocalDate firstDue = LocalDate.parse(get(id).then().extract().path("deadlines.effectiveDue"));
        remindAndDeliver();
        assertThat(mails(centre.dpo(), reference)).hasSize(1);

        // Identity asked promptly and received, both on paper, recorded now: the days between are added.
        done(id, Map.of("action", "REQUEST_IDENTITY", "at", at(received.plusDays(1)), "reason", "Homonymie."));
        done(id, Map.of("action", "INFORMATION_RECEIVED", "at", at(received.plusDays(5)), "identityVerified", true));
        LocalDate movedDue = LocalDate.parse(get(id).then().extract().path("deadlines.effectiveDue"));
        assertThat(movedDue).as("the test's premise").isAfter(firstDue).isBefore(today());

        remindAndDeliver();
        remindAndDeliver();

        List<MimeMessage> mails = mails(centre.dpo(), reference);
        assertThat(mails).hasSize(2);
        assertThat(mails.stream().map(m -> part(m, "text/plain")))
                .anyMatch(text -> text.contains("a expiré le " + FRENCH_DATE.format(firstDue)))
                .anyMatch(text -> text.contains("a expiré le " + FRENCH_DATE.format(movedDue)));
    }

    private void remindAndDeliver() {
        reminders.runOnce();
        deliver();
    }

    private void deliver() {
        while (dispatcher.runOnce() > 0) {
            // other tests' overdue requests queue reminders too: send until nothing is due
        }
    }

    private static void assign(String id, String assignee) {
        asDpo().body(Map.of("assignee", assignee)).put("/api/v1/desk/requests/" + id + "/assignee").then()
                .statusCode(200);
    }

    private static Map<String, Object> command(String action) {
        return action.equals("DECIDE") ? Map.of("action", action, "outcome", "GRANTED") : Map.of("action", action);
    }

    private static String reference(String id) {
        return get(id).then().extract().path("reference");
    }

    private static LocalDate today() {
        return LocalDate.now(PARIS);
    }

    private static String at(LocalDate day) {
        return day.atTime(10, 0).atZone(PARIS).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Nothing the requester gave, nor the participant code, may appear in a mail to staff. */
    private static void assertNoIdentity(String body, JsonPath request) {
        assertThat(body).doesNotContain("Camille").doesNotContain("Martin").doesNotContain("patient.example")
                .doesNotContain("Lilas").doesNotContain("oncologique")
                .doesNotContain(request.getString("participantCode"));
    }

    /** The mails that reached {@code to} about this request (its reference is in every reminder's subject). */
    private static List<MimeMessage> mails(String to, String reference) {
        return Arrays.stream(GreenMailResource.server().getReceivedMessages())
                .filter(m -> subject(m).contains(reference) && recipients(m).contains(to)).toList();
    }

    private static MimeMessage single(String to, String reference) {
        List<MimeMessage> found = mails(to, reference);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(MimeMessage message, String type) {
        try {
            MimeMultipart parts = (MimeMultipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType(type)) {
                    return (String) parts.getBodyPart(i).getContent();
                }
            }
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no " + type + " part");
    }
}
