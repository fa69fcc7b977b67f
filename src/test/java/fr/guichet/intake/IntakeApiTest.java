package fr.guichet.intake;

import static fr.guichet.intake.Intake.confirm;
import static fr.guichet.intake.Intake.confirmationToken;
import static fr.guichet.intake.Intake.email;
import static fr.guichet.intake.Intake.file;
import static fr.guichet.intake.Intake.filing;
import static fr.guichet.intake.Intake.from;
import static fr.guichet.intake.Intake.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.platform.mail.MailDispatcher;
import fr.guichet.testsupport.Api;
import fr.guichet.testsupport.Desk;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The public filing API: checks, confirmation by e-mail, single use, expiry, honeypot and rate limits. */
@QuarkusTest
class IntakeApiTest {

    private static final List<String> ALL_RIGHTS = List.of("ACCESS", "RECTIFICATION", "ERASURE", "LIMITATION",
            "OPPOSITION", "PORTABILITY");
    private static final List<String> ROLES = List.of("SELF", "PARENT", "GUARDIAN", "HEIR", "MANDATARY");

    @Inject
    MailDispatcher mail;
    @Inject
    IntakePurge purge;
    @Inject
    EntityManager entityManager;

    @Test
    void everyRightAndEveryRoleIsFiledOnceTheAddressIsConfirmed() {
        String controllerId = Desk.createController("Europe/Paris", "METROPOLITAN");
        String processingId = Desk.createProcessing(controllerId, "CONSENT", ALL_RIGHTS, null, false);
        Desk.Catalogue catalogue = new Desk.Catalogue(controllerId, List.of(processingId),
                Desk.createStudy(List.of(processingId)));
        int filed = 0;
        for (String right : ALL_RIGHTS) {
            for (String role : ROLES) {
                String email = email();
                Map<String, Object> body = filing(catalogue, right, email);
                body.put("requester", Map.of("role", role, "fullName", Intake.NAME, "email", email));
                if (!role.equals("SELF")) {
                    body.put("subject", Map.of("fullName", Intake.SUBJECT_NAME));
                }
                String reference = file(body).then().statusCode(202)
                        .body("status", equalTo("AWAITING_CONFIRMATION"))
                        .body("reference", matchesPattern("GCH-\\d{4}-[2-9A-HJKMNP-Z]{6}")).extract().path("reference");
                drainMail();
                confirm(confirmationToken(email)).then().statusCode(200)
                        .body("reference", equalTo(reference)).body("status", equalTo("RECEIVED"));
                filed++;
            }
        }
        assertThat(filed).isEqualTo(ALL_RIGHTS.size() * ROLES.size());
    }

    @Test
    void theRequestIsReceivedWhenSubmittedOnTheWebAndAcknowledged() throws Exception {
        Desk.Catalogue catalogue = Desk.catalogue();
        String email = email();
        String reference = file(filing(catalogue, "ACCESS", email)).then().statusCode(202).extract().path("reference");
        drainMail();
        assertThat(received(email)).hasSize(1);
        confirm(confirmationToken(email)).then().statusCode(200);
        drainMail();

        String id = requestId(reference);
        Desk.get(id).then().statusCode(200).body("channel", equalTo("WEB"))
                .body("history[0].actor", equalTo("requester"))
                .body("requester.fullName", equalTo(Intake.NAME))
                .body("history[0].details.letter", equalTo("requester-acknowledgement/v1"));
        assertThat(received(email)).hasSize(2);
        assertThat(received(email).get(1).getSubject()).contains(reference);
    }

    @Test
    void aRightTheProcessingDoesNotAdmitIsRefused() {
        Desk.Catalogue catalogue = Desk.catalogue();
        file(filing(catalogue, "PORTABILITY", email())).then().statusCode(422)
                .body("type", equalTo("urn:guichet:problem:rule-violation"))
                .body("violations.field", hasItem("right"));
    }

    @Test
    void anOppositionWithoutTheReasonTheProcessingRequiresIsRefused() {
        String controllerId = Desk.createController("Europe/Paris", "METROPOLITAN");
        String processingId = Desk.createProcessing(controllerId, "PUBLIC_TASK", List.of("ACCESS", "OPPOSITION"),
                null, true);
        Desk.Catalogue catalogue = new Desk.Catalogue(controllerId, List.of(processingId),
                Desk.createStudy(List.of(processingId)));
        file(filing(catalogue, "OPPOSITION", email())).then().statusCode(422)
                .body("violations.field", hasItem("reason"));
        Map<String, Object> withReason = filing(catalogue, "OPPOSITION", email());
        withReason.put("reason", Intake.REASON);
        file(withReason).then().statusCode(202);
    }

    @Test
    void oversizedAndMalformedFieldsAreRefused() {
        Desk.Catalogue catalogue = Desk.catalogue();
        List<Map<String, Object>> invalid = new ArrayList<>();
        for (Map.Entry<String, Object> field : Map.<String, Object>of(
                "details", "x".repeat(10001), "reason", "x".repeat(5001), "participantCode", "P".repeat(65),
                "language", "de", "studyId", "not-a-uuid", "right", "FORGETTING",
                "processingIds", List.of()).entrySet()) {
            Map<String, Object> body = filing(catalogue, "ACCESS", email());
            body.put(field.getKey(), field.getValue());
            invalid.add(body);
        }
        for (Map<String, Object> requester : List.<Map<String, Object>>of(
                Map.of("role", "SELF", "fullName", "n".repeat(201), "email", email()),
                Map.of("role", "SELF", "fullName", Intake.NAME, "email", "not an address"),
                Map.of("role", "SELF", "fullName", Intake.NAME, "email", email(), "postalAddress", "a".repeat(1001)),
                Map.of("role", "SELF", "fullName", Intake.NAME),
                Map.of("role", "COUSIN", "fullName", Intake.NAME, "email", email()))) {
            Map<String, Object> body = filing(catalogue, "ACCESS", email());
            body.put("requester", requester);
            invalid.add(body);
        }
        for (Map<String, Object> body : invalid) {
            file(body).then().statusCode(400).body("type", equalTo("urn:guichet:problem:validation"));
        }
        from(Intake.clientAddress()).body("{not json").post("/api/v1/requests").then().statusCode(400)
                .body("type", equalTo("urn:guichet:problem:malformed-body"));
        confirm("t".repeat(101)).then().statusCode(400);
    }

    @Test
    void aConfirmationLinkWorksOnce() {
        String email = email();
        file(filing(Desk.catalogue(), "ACCESS", email)).then().statusCode(202);
        drainMail();
        String token = confirmationToken(email);
        confirm(token).then().statusCode(200);
        confirm(token).then().statusCode(410).body("type", equalTo("urn:guichet:problem:gone"));
        confirm("never-issued-" + token).then().statusCode(410);
    }

    @Test
    void anExpiredConfirmationLinkIsGoneAndThePurgeForgetsTheFiling() {
        String email = email();
        String reference = file(filing(Desk.catalogue(), "ACCESS", email)).then().statusCode(202).extract()
                .path("reference");
        drainMail();
        String token = confirmationToken(email);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE pending_filings SET expires_at = now() - interval '1 second' WHERE reference = :r")
                .setParameter("r", reference).executeUpdate());
        confirm(token).then().statusCode(410);
        assertThat(pendingCount(reference)).isEqualTo(1);
        purge.runOnce();
        assertThat(pendingCount(reference)).isZero();
    }

    @Test
    void twoConcurrentConfirmationsFileOneRequest() {
        String email = email();
        String reference = file(filing(Desk.catalogue(), "ACCESS", email)).then().statusCode(202).extract()
                .path("reference");
        drainMail();
        String token = confirmationToken(email);
        List<CompletableFuture<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attempts.add(CompletableFuture.supplyAsync(() -> confirm(token).statusCode()));
        }
        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).containsOnly(200, 410).filteredOn(s -> s == 200).hasSize(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM requests WHERE reference = :r").setParameter("r", reference)
                .getSingleResult()).intValue())).isEqualTo(1);
    }

    @Test
    void aFilledHoneypotLooksAcceptedButNothingIsKeptOrSent() {
        String email = email();
        Map<String, Object> body = filing(Desk.catalogue(), "ACCESS", email);
        body.put("website", "http://spam.example");
        String reference = file(body).then().statusCode(202).body("status", equalTo("AWAITING_CONFIRMATION"))
                .extract().path("reference");
        drainMail();
        assertThat(pendingCount(reference)).isZero();
        assertThat(received(email)).isEmpty();
    }

    @Test
    void filingsAreLimitedPerEmailAddressAndPerClientAddress() {
        Desk.Catalogue catalogue = Desk.catalogue();
        String email = email();
        for (int i = 0; i < 5; i++) {
            file(filing(catalogue, "ACCESS", email)).then().statusCode(202);
        }
        Response refused = file(filing(catalogue, "ACCESS", email));
        refused.then().statusCode(429).body("type", equalTo("urn:guichet:problem:rate-limited"))
                .header("Retry-After", notNullValue());
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 3600);

        String client = Intake.clientAddress();
        for (int i = 0; i < 10; i++) {
            from(client).body(filing(catalogue, "ACCESS", email())).post("/api/v1/requests").then().statusCode(202);
        }
        from(client).body(filing(catalogue, "ACCESS", email())).post("/api/v1/requests").then().statusCode(429);
        // Another client is not held back by this one.
        file(filing(catalogue, "ACCESS", email())).then().statusCode(202);
    }

    private int pendingCount(String reference) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM pending_filings WHERE reference = :r").setParameter("r", reference)
                .getSingleResult()).intValue());
    }

    private String requestId(String reference) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT id::text FROM requests WHERE reference = :r").setParameter("r", reference)
                .getSingleResult().toString());
    }

    @Test
    void aFilingTheCatalogueNoLongerAdmitsIsExplainedOnTheConfirmationPageAndNotFiled() {
        Desk.Catalogue catalogue = Desk.catalogue();
        String email = email();
        file(filing(catalogue, "ERASURE", email)).then().statusCode(202);
        drainMail();
        String token = confirmationToken(email);
        Map<String, Object> processing = new HashMap<>(Api.asAdmin().get("/api/v1/admin/processings/"
                + catalogue.processingId()).then().statusCode(200).extract().jsonPath().getMap(""));
        Api.asAdmin().body(Map.of("controllerId", processing.get("controllerId"), "name", processing.get("name"),
                "legalBasis", "PUBLIC_TASK", "rights", List.of("ACCESS", "OPPOSITION")))
                .put("/api/v1/admin/processings/" + catalogue.processingId()).then().statusCode(200);

        // The page of the e-mailed link (no contract: pages are not API operations), then its button.
        io.restassured.response.Response page = given().noFilters().get("/confirm?token=" + token);
        String csrf = page.htmlPath().getString("**.find { it.@name == 'csrf' }.@value");
        given().noFilters().cookie("guichet-csrf", page.cookie("guichet-csrf"))
                .contentType("application/x-www-form-urlencoded").formParam("token", token).formParam("csrf", csrf)
                .post("/confirm").then().statusCode(422).contentType(startsWith("text/html"))
                .body(containsString("ne peut plus être déposée"));
        confirm(token).then().statusCode(422).body("type", equalTo("urn:guichet:problem:rule-violation"));
    }

    private void drainMail() {
        while (mail.runOnce() > 0) {
            // Sends every queued e-mail, whatever other tests left in the outbox.
        }
    }
}
