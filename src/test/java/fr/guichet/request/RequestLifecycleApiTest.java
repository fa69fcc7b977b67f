package fr.guichet.request;

import static fr.guichet.testsupport.Desk.act;
import static fr.guichet.testsupport.Desk.asCompliance;
import static fr.guichet.testsupport.Desk.asDpo;
import static fr.guichet.testsupport.Desk.catalogue;
import static fr.guichet.testsupport.Desk.done;
import static fr.guichet.testsupport.Desk.file;
import static fr.guichet.testsupport.Desk.filing;
import static fr.guichet.testsupport.Desk.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.Desk.Catalogue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The request state machine through the desk API: every transition, every refusal, and races between staff. */
@QuarkusTest
class RequestLifecycleApiTest {

    @Inject
    EntityManager entityManager;

    private static final Map<String, Object> GRANT = Map.of("action", "DECIDE", "outcome", "GRANTED");

    @Test
    void aRequestEnteredFromALetterKeepsItsReceiptInstantAndItsLegalDeadlines() {
        Catalogue catalogue = catalogue();
        // Saturday 31 January 2026: the one-month deadline (28 Feb, a Saturday) rolls to Monday 2 March.
        JsonPath request = asDpo().body(filing(catalogue, "ACCESS", "2026-01-31T10:00:00+01:00"))
                .post("/api/v1/desk/requests").then().statusCode(201)
                .body("reference", matchesPattern("GCH-2026-[2-9A-HJKMNP-Z]{6}"))
                .body("status", equalTo("RECEIVED"))
                .body("outcome", nullValue())
                .body("requester.fullName", equalTo("Camille Martin"))
                .body("deadlines.receiptDate", equalTo("2026-01-31"))
                .body("deadlines.responseDue", equalTo("2026-03-02"))
                .body("deadlines.extensionNoticeDue", equalTo("2026-03-02"))
                .body("deadlines.extendedDue", nullValue())
                .body("deadlines.effectiveDue", equalTo("2026-03-02"))
                .body("history", hasSize(1))
                .body("history[0].event", equalTo("FILED"))
                .body("history[0].actor", equalTo("test-dpo"))
                .body("history[0].occurredAt", containsString("2026-01-31T09:00"))
                .extract().jsonPath();
        assertThat(request.getList("allowedActions", String.class))
                .containsExactly("START", "REQUEST_IDENTITY", "REQUEST_CLARIFICATION", "EXTEND", "WITHDRAW");
        // Unanswered since March: overdue.
        assertThat(request.getBoolean("deadlines.overdue")).isTrue();
        assertThat(request.getInt("deadlines.daysRemaining")).isNegative();
    }

    @Test
    void complianceReadsARequestWithoutTheIdentitiesAndCannotAct() {
        String id = file(filing(catalogue(), "ACCESS", "2026-02-02T09:00:00Z"));
        asCompliance().get("/api/v1/desk/requests/" + id).then().statusCode(200)
                .body("requester.role", equalTo("SELF"))
                .body("requester.fullName", nullValue())
                .body("requester.email", nullValue())
                .body("details", nullValue());
        asCompliance().body(Map.of("action", "START")).post("/api/v1/desk/requests/" + id + "/actions")
                .then().statusCode(403);
        asCompliance().body(filing(catalogue(), "ACCESS", "2026-02-02T09:00:00Z"))
                .post("/api/v1/desk/requests").then().statusCode(403);
    }

    @Test
    void aRequestWalksFromReceiptThroughAPauseAndAnExtensionToClosure() {
        // legal-rules.md: receipt Tue 10 March 2026, identity asked Thu 12 March, answer Fri 20 March.
        String id = file(filing(catalogue(), "ACCESS", "2026-03-10T09:30:00+01:00"));
        done(id, Map.of("action", "START", "at", "2026-03-11T09:00:00+01:00"));
        done(id, Map.of("action", "REQUEST_IDENTITY", "at", "2026-03-12T11:00:00+01:00",
                "reason", "Two patients share this name in the study."));
        get(id).then().body("status", equalTo("AWAITING_INFORMATION"));
        done(id, Map.of("action", "INFORMATION_RECEIVED", "at", "2026-03-20T15:00:00+01:00",
                "identityVerified", true));
        get(id).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("deadlines.pausedDays", equalTo(7))
                .body("deadlines.responseDue", equalTo("2026-04-17"))
                .body("deadlines.pauses[0].counted", equalTo(true))
                .body("history[3].details.identityAttestation", equalTo("identity checked on 2026-03-20 by test-dpo"));
        done(id, Map.of("action", "EXTEND", "at", "2026-04-10T10:00:00+02:00", "reasonCode", "COMPLEXITY",
                "reasonText", "Your data are held in three warehouses."));
        // Three months from receipt (10 June) plus the 7 paused days: Wednesday 17 June.
        get(id).then().body("extended", equalTo(true))
                .body("deadlines.extendedDue", equalTo("2026-06-17"))
                .body("deadlines.effectiveDue", equalTo("2026-06-17"));
        done(id, Map.of("action", "DECIDE", "at", "2026-05-04T10:00:00+02:00", "outcome", "GRANTED"));
        done(id, Map.of("action", "RESPOND", "at", "2026-05-05T10:00:00+02:00"));
        JsonPath closed = act(id, Map.of("action", "CLOSE", "at", "2026-05-06T10:00:00+02:00")).then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("GRANTED"))
                .body("deadlines.overdue", equalTo(false))
                .body("deadlines.daysRemaining", nullValue())
                .extract().jsonPath();
        assertThat(closed.getList("history.event", String.class)).containsExactly("FILED", "START",
                "REQUEST_IDENTITY", "INFORMATION_RECEIVED", "EXTEND", "DECIDE", "RESPOND", "CLOSE");
        assertThat(closed.getList("history.toStatus", String.class)).containsExactly("RECEIVED", "IN_PROGRESS",
                "AWAITING_INFORMATION", "IN_PROGRESS", "IN_PROGRESS", "DECIDED", "ANSWERED", "CLOSED");
        assertThat(closed.getList("allowedActions")).isEmpty();

        // Each step is also in the global audit log, with codes and states but no name or free text.
        List<String> audited = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select action || ' ' || details::text from audit_log where entity_id = ?1 order by seq", String.class)
                .setParameter(1, id).getResultList());
        assertThat(audited).hasSize(8).noneMatch(entry -> entry.contains("Camille") || entry.contains("patients"));
        assertThat(audited.get(0)).startsWith("REQUEST_FILED");
        assertThat(audited.get(7)).startsWith("REQUEST_CLOSE").contains("\"toStatus\": \"CLOSED\"");
        asCompliance().get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));

        // Queues and reports read the engine's answer from its projection, refreshed on every action.
        String projected = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select concat_ws(' ', receipt_date, response_due, extended_due, effective_due, paused_days) "
                        + "from requests where id = cast(?1 as uuid)").setParameter(1, id).getSingleResult());
        assertThat(projected).isEqualTo("2026-03-10 2026-04-17 2026-06-17 2026-06-17 7");
    }

    @Test
    void aRequestAwaitingInformationThatNeverComesIsClosedAsLapsedWithAReason() {
        String id = file(filing(catalogue(), "ERASURE", "2026-03-10T09:30:00+01:00"));
        done(id, Map.of("action", "REQUEST_CLARIFICATION", "at", "2026-03-11T09:00:00+01:00",
                "reason", "Which study do you mean?"));
        act(id, Map.of("action", "CLOSE", "at", "2026-05-11T09:00:00+02:00")).then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        act(id, Map.of("action", "CLOSE", "at", "2026-05-11T09:00:00+02:00", "reason", "No answer in two months."))
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("LAPSED"))
                .body("deadlines.paused", equalTo(false));
    }

    @Test
    void aPendingRequestCanBeWithdrawn() {
        String id = file(filing(catalogue(), "ACCESS", "2026-03-10T09:30:00+01:00"));
        done(id, Map.of("action", "START"));
        act(id, Map.of("action", "WITHDRAW", "reason", "The person no longer needs it.")).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("outcome", nullValue())
                .body("allowedActions", hasSize(0));
    }

    @Test
    void everyActionTheStateDoesNotAllowIsRefusedNamingTheStateAndTheAllowedActions() {
        Catalogue catalogue = catalogue();
        Map<String, List<Map<String, Object>>> paths = new LinkedHashMap<>();
        paths.put("RECEIVED", List.of());
        paths.put("AWAITING_INFORMATION", List.of(Map.of("action", "REQUEST_IDENTITY", "reason", "doubt")));
        paths.put("IN_PROGRESS", List.of(Map.of("action", "START")));
        paths.put("DECIDED", List.of(Map.of("action", "START"), GRANT));
        paths.put("ANSWERED", List.of(Map.of("action", "START"), GRANT, Map.of("action", "RESPOND")));
        paths.put("CLOSED", List.of(Map.of("action", "START"), GRANT, Map.of("action", "RESPOND"),
                Map.of("action", "CLOSE")));
        paths.put("WITHDRAWN", List.of(Map.of("action", "WITHDRAW")));
        int refusals = 0;
        for (Map.Entry<String, List<Map<String, Object>>> path : paths.entrySet()) {
            String id = file(filing(catalogue, "ACCESS", "2026-03-10T09:30:00+01:00"));
            path.getValue().forEach(command -> done(id, command));
            JsonPath request = get(id).then().body("status", equalTo(path.getKey())).extract().jsonPath();
            List<String> allowed = request.getList("allowedActions", String.class);
            for (Action action : Action.values()) {
                if (allowed.contains(action.name())) {
                    continue;
                }
                JsonPath problem = act(id, action.name()).then().statusCode(409)
                        .body("type", equalTo("urn:guichet:problem:conflict"))
                        .body("currentState", equalTo(path.getKey()))
                        .extract().jsonPath();
                assertThat(problem.getList("allowedActions", String.class)).as(path.getKey() + " " + action)
                        .isEqualTo(allowed);
                refusals++;
            }
            // The refused actions left nothing behind.
            get(id).then().body("history", hasSize(path.getValue().size() + 1));
        }
        assertThat(refusals).isGreaterThan(40);
    }

    @Test
    void aRequestIsExtendedOnceAndOnlyByANoticeSentWithinTheMonth() {
        // Receipt Saturday 31 January 2026: notice due Monday 2 March; extended deadline Thursday 30 April.
        String late = file(filing(catalogue(), "ACCESS", "2026-01-31T10:00:00+01:00"));
        act(late, Map.of("action", "EXTEND", "at", "2026-03-03T08:00:00+01:00", "reasonCode", "COMPLEXITY",
                "reasonText", "Many sources.")).then().statusCode(409)
                .body("detail", containsString("2026-03-02"));

        String onTime = file(filing(catalogue(), "ACCESS", "2026-01-31T10:00:00+01:00"));
        act(onTime, Map.of("action", "EXTEND", "at", "2026-03-02T20:00:00+01:00", "reasonCode",
                "NUMBER_OF_REQUESTS")).then().statusCode(400).body("violations[0].field", equalTo("reasonText"));
        act(onTime, Map.of("action", "EXTEND", "at", "2026-03-02T20:00:00+01:00", "reasonCode",
                "NUMBER_OF_REQUESTS", "reasonText", "Many requests this month.")).then().statusCode(200)
                .body("deadlines.extendedDue", equalTo("2026-04-30"))
                .body("deadlines.effectiveDue", equalTo("2026-04-30"));
        act(onTime, Map.of("action", "EXTEND", "at", "2026-03-02T21:00:00+01:00", "reasonCode", "COMPLEXITY",
                "reasonText", "Again.")).then().statusCode(409)
                .body("detail", containsString("already extended"));
    }

    @Test
    void aRefusalStatesItsGroundAndReasons() {
        Catalogue catalogue = catalogue();
        String id = file(filing(catalogue, "ERASURE", "2026-03-10T09:30:00+01:00"));
        done(id, Map.of("action", "START"));
        act(id, Map.of("action", "DECIDE", "outcome", "REFUSED", "reasoning", "Needed for the study."))
                .then().statusCode(400).body("violations[0].field", equalTo("legalGround"));
        act(id, Map.of("action", "DECIDE", "outcome", "REFUSED", "legalGround", "ART_17_3_D"))
                .then().statusCode(400).body("violations[0].field", equalTo("reasoning"));
        act(id, Map.of("action", "DECIDE", "outcome", "REFUSED", "legalGround", "ART_21_6", "reasoning", "x"))
                .then().statusCode(422).body("violations[0].field", equalTo("legalGround"));
        act(id, Map.of("action", "DECIDE", "outcome", "REFUSED", "legalGround", "NATIONAL_DEROGATION",
                "reasoning", "x")).then().statusCode(400).body("violations[0].field", equalTo("citation"));
        act(id, Map.of("action", "DECIDE", "outcome", "LAPSED")).then().statusCode(422);
        get(id).then().body("status", equalTo("IN_PROGRESS")).body("history", hasSize(2));

        act(id, Map.of("action", "DECIDE", "outcome", "REFUSED", "legalGround", "ART_17_3_D",
                "reasoning", "Erasing these data would seriously impair the study's objectives.")).then()
                .statusCode(200)
                .body("outcome", equalTo("REFUSED"))
                .body("legalGround", equalTo("ART_17_3_D"))
                .body("history[2].details.citation", equalTo("Art. 17(3)(d) RGPD"))
                .body("propagation", hasSize(0));
    }

    @Test
    void aLegalObligationProcessingAnswersOppositionAsNotApplicableCitingItsText() {
        String controllerId = Desk.createController("Europe/Paris", "METROPOLITAN");
        String registry = Desk.createProcessing(controllerId, "LEGAL_OBLIGATION", List.of("ACCESS", "RECTIFICATION"),
                "Décret n° 2025-1366 (registre national des cancers)", false);
        Catalogue catalogue = new Catalogue(controllerId, List.of(registry), Desk.createStudy(List.of(registry)));
        // The letter arrived anyway: it is recorded so that it gets a reasoned answer.
        String id = file(filing(catalogue, "OPPOSITION", "2026-03-10T09:30:00+01:00"));
        done(id, Map.of("action", "START"));
        act(id, GRANT).then().statusCode(422);
        act(id, Map.of("action", "DECIDE", "outcome", "NOT_APPLICABLE", "legalGround", "ART_21_1",
                "reasoning", "x")).then().statusCode(422);
        act(id, Map.of("action", "DECIDE", "outcome", "NOT_APPLICABLE", "legalGround", "LEGAL_BASIS",
                "reasoning", "The registry is required by law.")).then().statusCode(200)
                .body("outcome", equalTo("NOT_APPLICABLE"))
                .body("history[2].details.citation", containsString("Art. 21(1)"))
                .body("history[2].details.citation", containsString("Décret n° 2025-1366"))
                .body("flags", hasSize(0));

        String other = file(filing(catalogue(), "OPPOSITION", "2026-03-10T09:30:00+01:00"));
        done(other, Map.of("action", "START"));
        act(other, Map.of("action", "DECIDE", "outcome", "NOT_APPLICABLE", "legalGround", "LEGAL_BASIS",
                "reasoning", "x")).then().statusCode(422);
    }

    @Test
    void actionsAreRecordedWhenTheyHappenedButNeverBeforeReceiptTheLastEventOrInTheFuture() {
        String id = file(filing(catalogue(), "ACCESS", "2026-03-10T09:30:00+01:00"));
        act(id, Map.of("action", "START", "at", "2026-03-10T09:00:00+01:00")).then().statusCode(422)
                .body("violations[0].field", equalTo("at"));
        act(id, Map.of("action", "START", "at", "2099-01-01T00:00:00Z")).then().statusCode(422);
        done(id, Map.of("action", "START", "at", "2026-03-12T09:00:00+01:00"));
        act(id, Map.of("action", "REQUEST_IDENTITY", "reason", "doubt", "at", "2026-03-11T09:00:00+01:00"))
                .then().statusCode(422);
        JsonPath request = get(id).then().extract().jsonPath();
        assertThat(request.getString("history[1].occurredAt")).startsWith("2026-03-12T08:00");
        assertThat(request.getString("history[1].recordedAt")).doesNotStartWith("2026-03-12");
    }

    @Test
    void ofConcurrentConflictingActionsExactlyOneWins() throws Exception {
        // Deciding and withdrawing exclude each other: whichever commits first, every other racer must lose.
        String id = file(filing(catalogue(), "ACCESS", "2026-03-10T09:30:00+01:00"));
        done(id, Map.of("action", "START"));
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Map<String, Object> command = i % 2 == 0 ? Map.of("action", "DECIDE", "outcome", "GRANTED")
                        : Map.of("action", "WITHDRAW");
                Callable<Integer> race = () -> {
                    start.await();
                    return act(id, command).then().extract().statusCode();
                };
                results.add(pool.submit(race));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(racers - 1);
        } finally {
            pool.shutdownNow();
        }
        get(id).then().body("history", hasSize(3));
    }

    @Test
    void aFilingIsCheckedAgainstTheCatalogueAndThePartiesBeforeAnythingIsRecorded() {
        Catalogue catalogue = catalogue();
        Map<String, Object> future = filing(catalogue, "ACCESS", "2099-01-01T00:00:00Z");
        asDpo().body(future).post("/api/v1/desk/requests").then().statusCode(422)
                .body("violations[0].field", equalTo("receivedAt"));

        Map<String, Object> twoControllers = filing(catalogue, "ACCESS", "2026-03-10T09:30:00+01:00");
        twoControllers.put("processingIds", List.of(catalogue.processingId(), catalogue().processingId()));
        asDpo().body(twoControllers).post("/api/v1/desk/requests").then().statusCode(422)
                .body("violations[0].field", equalTo("processingIds"));

        Map<String, Object> parentWithoutChild = filing(catalogue, "ACCESS", "2026-03-10T09:30:00+01:00");
        parentWithoutChild.put("requester", Map.of("role", "PARENT", "fullName", "Alex Martin", "email",
                "alex@patient.example"));
        asDpo().body(parentWithoutChild).post("/api/v1/desk/requests").then().statusCode(422)
                .body("violations[0].field", equalTo("subject"));
        parentWithoutChild.put("subject", Map.of("fullName", "Léa Martin"));
        asDpo().body(parentWithoutChild).post("/api/v1/desk/requests").then().statusCode(201)
                .body("requester.role", equalTo("PARENT"))
                .body("subject.fullName", equalTo("Léa Martin"));

        Map<String, Object> codeWithoutStudy = filing(catalogue, "ACCESS", "2026-03-10T09:30:00+01:00");
        codeWithoutStudy.remove("studyId");
        asDpo().body(codeWithoutStudy).post("/api/v1/desk/requests").then().statusCode(422)
                .body("violations[0].field", equalTo("studyId"));

        Map<String, Object> unreachable = filing(catalogue, "ACCESS", "2026-03-10T09:30:00+01:00");
        unreachable.put("requester", Map.of("role", "SELF", "fullName", "Camille Martin"));
        asDpo().body(unreachable).post("/api/v1/desk/requests").then().statusCode(422)
                .body("violations[0].field", equalTo("requester"));

        Map<String, Object> noLanguage = filing(catalogue, "ACCESS", "2026-03-10T09:30:00+01:00");
        noLanguage.remove("language");
        asDpo().body(noLanguage).post("/api/v1/desk/requests").then().statusCode(400)
                .body("violations[0].field", equalTo("language"));
    }

    @Test
    void anOppositionThatNeedsLegitimateGroundsMustGiveThem() {
        String controllerId = Desk.createController("Europe/Paris", "METROPOLITAN");
        String processingId = Desk.createProcessing(controllerId, "LEGITIMATE_INTEREST",
                List.of("ACCESS", "OPPOSITION"), null, true);
        Catalogue catalogue = new Catalogue(controllerId, List.of(processingId),
                Desk.createStudy(List.of(processingId)));
        Map<String, Object> body = filing(catalogue, "OPPOSITION", "2026-03-10T09:30:00+01:00");
        asDpo().body(body).post("/api/v1/desk/requests").then().statusCode(422)
                .body("violations[0].field", equalTo("reason"));
        body.put("reason", "Motifs tenant à ma situation particulière.");
        asDpo().body(body).post("/api/v1/desk/requests").then().statusCode(201)
                .body("reason", equalTo("Motifs tenant à ma situation particulière."));
    }

    @Test
    void identitiesAreEncryptedAtRestAndTheEmailIsOnlyKeptAsAKeyedHash() {
        String id = file(filing(catalogue(), "ACCESS", "2026-03-10T09:30:00+01:00"));
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select row_to_json(r)::text from requests r where id = cast(?1 as uuid)")
                .setParameter(1, id).getSingleResult());
        assertThat(stored).doesNotContain("Camille", "camille.martin", "Lilas", "oncologique");
        byte[] hash = QuarkusTransaction.requiringNew().call(() -> (byte[]) entityManager.createNativeQuery(
                "select requester_email_hash from requests where id = cast(?1 as uuid)")
                .setParameter(1, id).getSingleResult());
        assertThat(hash).hasSize(32);
        get(id).then().body("requester.email", equalTo("camille.martin@patient.example"));
    }

    @Test
    void anUnknownRequestIsA404() {
        asDpo().get("/api/v1/desk/requests/" + UUID.randomUUID()).then().statusCode(404);
        act(UUID.randomUUID().toString(), "START").then().statusCode(404);
    }
}
