package fr.guichet.intake;

import static fr.guichet.intake.Intake.confirm;
import static fr.guichet.intake.Intake.confirmationToken;
import static fr.guichet.intake.Intake.email;
import static fr.guichet.intake.Intake.file;
import static fr.guichet.intake.Intake.received;
import static fr.guichet.intake.Intake.statusToken;
import static fr.guichet.intake.Intake.withStatusToken;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.platform.mail.MailDispatcher;
import fr.guichet.testsupport.Desk;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a web filing leaves behind: no identity or free text of the person in clear anywhere in the database,
 * and no request content in any e-mail of the whole flow (legal-rules.md §4).
 */
@QuarkusTest
class IntakePrivacyTest {

    private static final String ANSWER = "Suivie à l'Institut Bergonié sous le nom de jeune fille Quintal-Arnaud";

    @Inject
    MailDispatcher mail;
    @Inject
    EntityManager entityManager;

    @Test
    void aDatabaseDumpHoldsNoRequesterIdentityAndNoMailCarriesTheRequestsContent() throws Exception {
        String controllerId = Desk.createController("Europe/Paris", "METROPOLITAN");
        String processingId = Desk.createProcessing(controllerId, "PUBLIC_TASK", List.of("ACCESS", "OPPOSITION"),
                null, true);
        Desk.Catalogue catalogue = new Desk.Catalogue(controllerId, List.of(processingId),
                Desk.createStudy(List.of(processingId)));
        String email = email();
        Map<String, Object> body = Intake.filing(catalogue, "OPPOSITION", email);
        body.put("requester", Map.of("role", "PARENT", "fullName", Intake.NAME, "email", email, "postalAddress",
                Intake.POSTAL));
        body.put("subject", Map.of("fullName", Intake.SUBJECT_NAME));
        body.put("reason", Intake.REASON);
        String reference = file(body).then().statusCode(202).extract().path("reference");
        drainMail();
        // The filing waits, sealed: nothing in clear before the confirmation either.
        assertThat(dump()).doesNotContain(secrets(email));

        confirm(confirmationToken(email)).then().statusCode(200);
        drainMail();
        String id = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT id::text FROM requests WHERE reference = :r").setParameter("r", reference)
                .getSingleResult().toString());
        Desk.done(id, Map.of("action", "REQUEST_IDENTITY", "reason", "Merci de confirmer votre lien avec l'enfant."));
        drainMail();
        withStatusToken(statusToken(email)).body(Map.of("answer", ANSWER)).post("/api/v1/status/answer").then()
                .statusCode(200);
        Intake.from(Intake.clientAddress()).body(Map.of("email", email, "language", "fr"))
                .post("/api/v1/status-links").then().statusCode(202);
        withStatusToken(statusToken(email)).post("/api/v1/status/withdrawal").then().statusCode(200);
        drainMail();

        assertThat(dump()).doesNotContain(secrets(email));
        // Sent mail keeps only its template name: the sealed payload is erased once delivered.
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM mail_outbox WHERE sent_at IS NOT NULL AND payload IS NOT NULL")
                .getSingleResult()).intValue())).isZero();
        List<MimeMessage> mails = received(email);
        assertThat(mails).hasSizeGreaterThanOrEqualTo(5);
        for (MimeMessage message : mails) {
            String content = message.getSubject() + "\n" + Intake.text(message);
            assertThat(content).contains(reference).doesNotContain(Intake.DETAILS, Intake.REASON, ANSWER,
                    Intake.NAME, Intake.SUBJECT_NAME, Intake.POSTAL, "Merci de confirmer");
        }
    }

    private static String[] secrets(String email) {
        return new String[] { Intake.NAME, Intake.SUBJECT_NAME, Intake.POSTAL, email, Intake.DETAILS, Intake.REASON,
                ANSWER, "Lefèvre", "Tilleuls" };
    }

    /** Every row of every table of the schema, as text: what a dump would show. */
    @SuppressWarnings("unchecked")
    private String dump() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> tables = entityManager.createNativeQuery("""
                    SELECT quote_ident(table_name) FROM information_schema.tables
                    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'""").getResultList();
            assertThat(tables).contains("requests", "pending_filings", "request_history", "mail_outbox",
                    "status_links", "intake_rate_limits", "audit_log");
            List<String> rows = new ArrayList<>();
            for (String table : tables) {
                rows.addAll(entityManager.createNativeQuery("SELECT t::text FROM " + table + " t").getResultList());
            }
            return String.join("\n", rows);
        });
    }

    private void drainMail() {
        while (mail.runOnce() > 0) {
            // Sends every queued e-mail, whatever other tests left in the outbox.
        }
    }
}
