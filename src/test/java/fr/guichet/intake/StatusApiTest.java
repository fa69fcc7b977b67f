package fr.guichet.intake;

import static fr.guichet.intake.Intake.confirm;
import static fr.guichet.intake.Intake.confirmationToken;
import static fr.guichet.intake.Intake.email;
import static fr.guichet.intake.Intake.file;
import static fr.guichet.intake.Intake.filing;
import static fr.guichet.intake.Intake.received;
import static fr.guichet.intake.Intake.statusToken;
import static fr.guichet.intake.Intake.withStatusToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.platform.mail.MailDispatcher;
import fr.guichet.testsupport.Desk;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The status API behind a status link: what the person sees of the request and what they can do. */
@QuarkusTest
class StatusApiTest {

    @Inject
    MailDispatcher mail;
    @Inject
    EntityManager entityManager;

    @Test
    void theRequesterSeesTheDesksQuestionAnswersItAndNeverSeesInternalSteps() {
        Filed filed = fileAndConfirm(Desk.catalogue(), "ACCESS");
        withStatusToken(filed.token()).get("/api/v1/status").then().statusCode(200)
                .body("reference", equalTo(filed.reference())).body("status", equalTo("RECEIVED"))
                .body("deadlines.receiptDate", equalTo(LocalDate.now(ZoneId.of("Europe/Paris")).toString()))
                .body("history.event", contains("FILED")).body("actions", contains("WITHDRAW"));

        Desk.asDpo().body(Map.of("assignee", "dpo-alice")).put("/api/v1/desk/requests/" + filed.id() + "/assignee")
                .then().statusCode(200);
        Desk.asDpo().body(Map.of("text", "Patiente connue du service, rappeler le Dr Martin"))
                .post("/api/v1/desk/requests/" + filed.id() + "/notes").then().statusCode(200);
        Desk.done(filed.id(), Map.of("action", "START"));
        Desk.done(filed.id(), Map.of("action", "REQUEST_CLARIFICATION", "reason",
                "Précisez l'établissement où vous avez été suivie."));

        String question = withStatusToken(filed.token()).get("/api/v1/status").then().statusCode(200)
                .body("status", equalTo("AWAITING_INFORMATION")).body("deadlines.paused", equalTo(true))
                .body("history.event", contains("FILED", "REQUEST_CLARIFICATION"))
                .body("actions", contains("ANSWER_INFORMATION", "WITHDRAW"))
                .extract().path("history[1].details.reason");
        assertThat(question).isEqualTo("Précisez l'établissement où vous avez été suivie.");
        String view = withStatusToken(filed.token()).get("/api/v1/status").asString();
        assertThat(view).doesNotContain("dpo-alice", "Dr Martin", "test-dpo", "actor", Intake.NAME, Intake.DETAILS);

        withStatusToken(filed.token()).body(Map.of("answer", "Centre Oscar Lambret, Lille"))
                .post("/api/v1/status/answer").then().statusCode(200).body("status", equalTo("IN_PROGRESS"))
                .body("history[2].event", equalTo("INFORMATION_RECEIVED"))
                .body("history[2].details.answer", equalTo("Centre Oscar Lambret, Lille"));
        JsonPath desk = Desk.get(filed.id()).then().statusCode(200).extract().jsonPath();
        assertThat(desk.getList("history.details.answer")).contains("Centre Oscar Lambret, Lille");
        assertThat(desk.getString("history.find { it.event == 'INFORMATION_RECEIVED' }.actor")).isEqualTo("requester");
        assertThat(Desk.asCompliance().get("/api/v1/desk/requests/" + filed.id()).asString())
                .doesNotContain("Centre Oscar Lambret");
        withStatusToken(filed.token()).body(Map.of("answer", "encore")).post("/api/v1/status/answer").then()
                .statusCode(409);
    }

    @Test
    void aPendingRequestIsWithdrawnOnce() {
        Filed filed = fileAndConfirm(Desk.catalogue(), "ERASURE");
        withStatusToken(filed.token()).post("/api/v1/status/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("actions", org.hamcrest.Matchers.empty());
        withStatusToken(filed.token()).post("/api/v1/status/withdrawal").then().statusCode(409);
        withStatusToken(filed.token()).post("/api/v1/status/opposition-withdrawal").then().statusCode(409);
    }

    @Test
    void withdrawingAnOppositionInForceLiftsItForEveryPartner() {
        Desk.Catalogue catalogue = Desk.catalogue();
        Desk.createPartner(catalogue.processingIds());
        Filed filed = fileAndConfirm(catalogue, "OPPOSITION");
        withStatusToken(filed.token()).post("/api/v1/status/opposition-withdrawal").then().statusCode(409);
        Desk.done(filed.id(), Map.of("action", "START"));
        Desk.done(filed.id(), Map.of("action", "DECIDE", "outcome", "GRANTED", "reasoning", "Opposition sans motif."));
        withStatusToken(filed.token()).get("/api/v1/status").then().body("history.event", not(hasItem("DECIDE")))
                .body("outcome", org.hamcrest.Matchers.nullValue());
        Desk.done(filed.id(), Map.of("action", "RESPOND"));

        withStatusToken(filed.token()).get("/api/v1/status").then().statusCode(200)
                .body("history.event", contains("FILED", "RESPOND"))
                .body("history[1].details.outcome", equalTo("GRANTED"))
                .body("history[1].details.reasoning", equalTo("Opposition sans motif."))
                .body("outcome", equalTo("GRANTED")).body("actions", contains("WITHDRAW_OPPOSITION"));
        withStatusToken(filed.token()).post("/api/v1/status/opposition-withdrawal").then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("actions", org.hamcrest.Matchers.empty())
                .body("history.event", hasItem("WITHDRAW"));

        JsonPath desk = Desk.get(filed.id()).then().statusCode(200).extract().jsonPath();
        assertThat(desk.getList("flags.liftedAt")).isNotEmpty().doesNotContainNull();
        assertThat(desk.getList("propagation.type")).contains("opposition.set", "opposition.lifted");
    }

    @Test
    void anUnknownOrExpiredLinkIsGoneAndAMissingOneIsInvalid() {
        Filed filed = fileAndConfirm(Desk.catalogue(), "ACCESS");
        withStatusToken("no-such-token").get("/api/v1/status").then().statusCode(410)
                .body("type", equalTo("urn:guichet:problem:gone"));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE status_links SET expires_at = now() - interval '1 second' WHERE request_id = cast(:id as uuid)")
                .setParameter("id", filed.id()).executeUpdate());
        withStatusToken(filed.token()).get("/api/v1/status").then().statusCode(410);
        withStatusToken(filed.token()).post("/api/v1/status/withdrawal").then().statusCode(410);
        io.restassured.RestAssured.given().get("/api/v1/status").then().statusCode(400);
    }

    @Test
    void freshLinksGoOnlyToAnAddressWithRequestsAndTheAnswerIsTheSame() {
        Filed filed = fileAndConfirm(Desk.catalogue(), "ACCESS");
        String stranger = email();
        int before = received(filed.email()).size();
        Intake.from(Intake.clientAddress()).body(Map.of("email", stranger, "language", "en"))
                .post("/api/v1/status-links").then().statusCode(202);
        Intake.from(Intake.clientAddress()).body(Map.of("email", filed.email().toUpperCase(), "language", "en"))
                .post("/api/v1/status-links").then().statusCode(202);
        drainMail();
        assertThat(received(stranger)).isEmpty();
        assertThat(received(filed.email())).hasSize(before + 1);
        String fresh = statusToken(filed.email());
        assertThat(fresh).isNotEqualTo(filed.token());
        withStatusToken(fresh).get("/api/v1/status").then().statusCode(200)
                .body("reference", equalTo(filed.reference()));
    }

    @Test
    void deliveredResponseDocumentsAreDownloadedFromTheStatusLinkOnlyOnceTheAnswerIsSent() {
        Filed filed = fileAndConfirm(Desk.catalogue(), "ACCESS");
        Desk.done(filed.id(), Map.of("action", "START"));
        Desk.done(filed.id(), Map.of("action", "DECIDE", "outcome", "GRANTED"));
        byte[] pdf = "%PDF-1.7 dossier médical communiqué".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String documentId = Desk.asDpo().contentType("application/pdf").body(pdf)
                .post("/api/v1/desk/requests/" + filed.id() + "/documents").then().statusCode(201).extract()
                .path("id");

        // Prepared, not yet delivered: the person sees nothing.
        withStatusToken(filed.token()).get("/api/v1/status/documents").then().statusCode(200).body("size()",
                equalTo(0));
        withStatusToken(filed.token()).get("/api/v1/status/documents/" + documentId).then().statusCode(404);

        Desk.done(filed.id(), Map.of("action", "RESPOND"));
        withStatusToken(filed.token()).get("/api/v1/status/documents").then().statusCode(200)
                .body("id", contains(documentId));
        byte[] downloaded = withStatusToken(filed.token()).get("/api/v1/status/documents/" + documentId).then()
                .statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment"))
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(pdf);

        Filed other = fileAndConfirm(Desk.catalogue(), "ACCESS");
        withStatusToken(other.token()).get("/api/v1/status/documents/" + documentId).then().statusCode(404);
    }

    @Test
    void reSendsAreLimitedPerAddress() {
        String address = email();
        for (int i = 0; i < 3; i++) {
            Intake.from(Intake.clientAddress()).body(Map.of("email", address, "language", "fr"))
                    .post("/api/v1/status-links").then().statusCode(202);
        }
        Intake.from(Intake.clientAddress()).body(Map.of("email", address, "language", "fr"))
                .post("/api/v1/status-links").then().statusCode(429).header("Retry-After", notNullValue());
    }

    record Filed(String reference, String id, String email, String token) {
    }

    /** Files on the web, confirms from the e-mail, and returns the status link's token from the acknowledgement. */
    Filed fileAndConfirm(Desk.Catalogue catalogue, String right) {
        String email = email();
        String reference = file(filing(catalogue, right, email)).then().statusCode(202).extract().path("reference");
        drainMail();
        confirm(confirmationToken(email)).then().statusCode(200);
        drainMail();
        String id = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT id::text FROM requests WHERE reference = :r").setParameter("r", reference)
                .getSingleResult().toString());
        return new Filed(reference, id, email, statusToken(email));
    }

    void drainMail() {
        while (mail.runOnce() > 0) {
            // Sends every queued e-mail, whatever other tests left in the outbox.
        }
    }
}
