package fr.guichet.propagation.delivery;

import static fr.guichet.propagation.delivery.DeliveryFixtures.grant;
import static fr.guichet.testsupport.Api.asAdmin;
import static fr.guichet.testsupport.Desk.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

import fr.guichet.catalog.PartnerWebhooks;
import fr.guichet.propagation.PartnerEvents;
import fr.guichet.propagation.delivery.DeliveryFixtures.Event;
import fr.guichet.propagation.delivery.DeliveryFixtures.Granted;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.Desk.Catalogue;
import fr.guichet.testsupport.Desk.WebhookPartner;
import fr.guichet.testsupport.WebhookReceiver;
import fr.guichet.testsupport.WebhookReceiver.Received;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Signed webhooks from the partner-events outbox to real receivers on loopback, driven by real decisions: what
 * partners get, and that nothing is lost, duplicated as a first send, or delivered out of order.
 */
@QuarkusTest
class WebhookDeliveryTest {

    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    EntityManager entityManager;
    @Inject
    DeliveryStore store;
    @Inject
    WebhookSender sender;
    @Inject
    PartnerEvents partnerEvents;
    @Inject
    PartnerWebhooks partnerWebhooks;
    @Inject
    Clock clock;
    @Inject
    DeliveryConfig config;

    private DeliveryFixtures fixtures;
    private final List<WebhookReceiver> receivers = new ArrayList<>();

    @BeforeEach
    void fixtures() {
        fixtures = new DeliveryFixtures(entityManager, dispatcher);
    }

    @AfterEach
    void stopReceivers() {
        receivers.forEach(WebhookReceiver::close);
    }

    private WebhookReceiver receiver(Integer... statuses) {
        WebhookReceiver receiver = WebhookReceiver.answering(statuses);
        receivers.add(receiver);
        return receiver;
    }

    @Test
    void aPartnerGetsTheEventSignedWithItsSecretAndTheDeskRecordsTheDelivery() throws Exception {
        WebhookReceiver receiver = receiver();
        Catalogue catalogue = Desk.catalogue();
        WebhookPartner partner = Desk.createPartner(catalogue.processingIds(), receiver.url());
        Granted granted = grant(catalogue, "OPPOSITION");

        fixtures.runUntil(() -> receiver.received().size() == 1);
        Received delivery = receiver.received().get(0);
        Event event = fixtures.events(partner.id()).get(0);
        new Webhook(partner.signingSecret()).verify(delivery.body(), delivery.headers());
        assertThat(delivery.webhookId()).isEqualTo(event.id().toString());
        assertThat(delivery.header("content-type")).isEqualTo("application/json");
        JsonPath body = JsonPath.from(delivery.body());
        assertThat(body.getString("id")).isEqualTo(event.id().toString());
        assertThat(body.getString("type")).isEqualTo("opposition.set");
        assertThat(body.getString("participantCode")).isEqualTo(granted.participantCode());
        assertThat(body.getString("processingId")).isEqualTo(catalogue.processingId());
        assertThat(Instant.parse(body.getString("occurredAt"))).isBefore(clock.instant());

        assertThat(fixtures.events(partner.id())).extracting(Event::state, Event::attempts)
                .containsExactly(tuple("DELIVERED", 1));
        Desk.get(granted.requestId()).then().body("propagation[0].status", equalTo("DELIVERED"));
        asAdmin().queryParam("partner", partner.id()).get("/api/v1/admin/deliveries").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].state", equalTo("DELIVERED"))
                .body("items[0].deliveredAt", notNullValue())
                .body("items[0].nextAttemptAt", nullValue());
        asAdmin().get("/api/v1/admin/deliveries/" + event.id() + "/attempts").then().statusCode(200)
                .body("attempts.size()", equalTo(1))
                .body("attempts[0].statusCode", equalTo(200))
                .body("attempts[0].response", equalTo("ok"));
    }

    @Test
    void duringASecretRotationEitherSecretVerifiesThenOnlyTheNewOne() throws Exception {
        WebhookReceiver receiver = receiver();
        Catalogue catalogue = Desk.catalogue();
        WebhookPartner partner = Desk.createPartner(catalogue.processingIds(), receiver.url());
        String rotated = asAdmin().post("/api/v1/admin/partners/" + partner.id() + "/secret-rotations").then()
                .statusCode(200).extract().path("signingSecret");

        grant(catalogue, "OPPOSITION");
        fixtures.runUntil(() -> receiver.received().size() == 1);
        Received overlap = receiver.received().get(0);
        assertThat(overlap.header("webhook-signature").split(" ")).hasSize(2);
        new Webhook(partner.signingSecret()).verify(overlap.body(), overlap.headers());
        new Webhook(rotated).verify(overlap.body(), overlap.headers());

        fixtures.sql("UPDATE partners SET previous_secret_expires_at = now() - interval '1 second' WHERE id = ?1",
                partner.id());
        grant(catalogue, "OPPOSITION");
        fixtures.runUntil(() -> receiver.received().size() == 2);
        Received after = receiver.received().get(1);
        new Webhook(rotated).verify(after.body(), after.headers());
        assertThatThrownBy(() -> new Webhook(partner.signingSecret()).verify(after.body(), after.headers()))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void aReceiverThatFailsThreeTimesGetsTheEventOnTheFourthWithTheSameWebhookId() {
        WebhookReceiver receiver = receiver(500, 503, 500);
        Catalogue catalogue = Desk.catalogue();
        WebhookPartner partner = Desk.createPartner(catalogue.processingIds(), receiver.url());
        grant(catalogue, "ERASURE");

        fixtures.runUntil(() -> receiver.received().size() == 1);
        assertThat(fixtures.events(partner.id())).extracting(Event::state, Event::attempts, Event::lastError)
                .containsExactly(tuple("PENDING", 1, "HTTP 500"));
        // The first retry is due 5 s later, ±20 %.
        String next = asAdmin().queryParam("partner", partner.id()).get("/api/v1/admin/deliveries").then()
                .statusCode(200).extract().path("items[0].nextAttemptAt");
        Duration wait = Duration.between(clock.instant(), OffsetDateTime.parse(next).toInstant());
        assertThat(wait).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(6));
        for (int sent = 2; sent <= 4; sent++) {
            int expected = sent;
            fixtures.makeDue(partner.id());
            fixtures.runUntil(() -> receiver.received().size() == expected);
        }

        UUID eventId = fixtures.events(partner.id()).get(0).id();
        assertThat(receiver.received()).extracting(Received::webhookId).containsOnly(eventId.toString()).hasSize(4);
        assertThat(receiver.received()).extracting(Received::answeredWith).containsExactly(500, 503, 500, 200);
        assertThat(fixtures.events(partner.id())).extracting(Event::state, Event::attempts, Event::lastError)
                .containsExactly(tuple("DELIVERED", 4, null));
        JsonPath log = asAdmin().get("/api/v1/admin/deliveries/" + eventId + "/attempts").then().statusCode(200)
                .extract().jsonPath();
        assertThat(log.getList("attempts.statusCode", Integer.class)).containsExactly(500, 503, 500, 200);
        assertThat(log.getString("attempts[0].response")).isEqualTo("Internal error; please write to <address>");
    }

    @Test
    void aReceiverDownForTheWholeTestKeepsTheEventPendingThenItFailsWhenTheRetryWindowEnds() {
        Catalogue catalogue = Desk.catalogue();
        WebhookPartner partner = Desk.createPartner(catalogue.processingIds(), WebhookReceiver.downUrl());
        Granted granted = grant(catalogue, "OPPOSITION");

        fixtures.runUntil(() -> fixtures.events(partner.id()).get(0).attempts() == 1);
        fixtures.makeDue(partner.id());
        fixtures.runUntil(() -> fixtures.events(partner.id()).get(0).attempts() == 2);
        assertThat(fixtures.events(partner.id())).extracting(Event::state, Event::lastError)
                .containsExactly(tuple("PENDING", "connection refused or unreachable"));
        asAdmin().queryParam("state", "PENDING").queryParam("partner", partner.id()).get("/api/v1/admin/deliveries")
                .then().statusCode(200)
                .body("items[0].attempts", equalTo(2))
                .body("items[0].nextAttemptAt", notNullValue());

        // Three days after the decision, the next failure gives up.
        failForGood(partner.id());
        assertThat(fixtures.events(partner.id())).extracting(Event::state, Event::attempts)
                .containsExactly(tuple("DEAD", 3));
        asAdmin().queryParam("state", "FAILED").queryParam("partner", partner.id()).get("/api/v1/admin/deliveries")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].failedAt", notNullValue())
                .body("items[0].nextAttemptAt", nullValue())
                .body("items[0].lastError", equalTo("connection refused or unreachable"));
        Desk.get(granted.requestId()).then().body("propagation[0].status", equalTo("FAILED"));
    }

    @Test
    void aFailedEventHoldsBackLaterOnesForItsSubjectUntilAnAdminReplaysIt() {
        Catalogue catalogue = Desk.catalogue();
        WebhookPartner partner = Desk.createPartner(catalogue.processingIds(), WebhookReceiver.downUrl());
        Granted granted = grant(catalogue, "OPPOSITION");
        fixtures.runUntil(() -> fixtures.events(partner.id()).get(0).attempts() == 1);
        failForGood(partner.id());
        done(granted.requestId(), Map.of("action", "WITHDRAW", "reason", "The person changed their mind."));
        WebhookReceiver receiver = receiver();
        asAdmin().body(Map.of("name", "Entrepôt réparé", "processingIds", catalogue.processingIds(), "webhookUrl",
                receiver.url())).put("/api/v1/admin/partners/" + partner.id()).then().statusCode(200);

        dispatcher.runOnce();
        dispatcher.runOnce();
        assertThat(receiver.received()).isEmpty();
        List<Event> events = fixtures.events(partner.id());
        assertThat(events).extracting(Event::type, Event::state, Event::attempts)
                .containsExactly(tuple("opposition.set", "DEAD", 2), tuple("opposition.lifted", "PENDING", 0));

        UUID failed = events.get(0).id();
        asAdmin().post("/api/v1/admin/deliveries/" + failed + "/replay").then().statusCode(200)
                .body("state", equalTo("PENDING"))
                .body("attempts", equalTo(2))
                .body("failedAt", nullValue());
        asAdmin().post("/api/v1/admin/deliveries/" + failed + "/replay").then().statusCode(409);
        fixtures.runUntil(() -> receiver.accepted().size() == 2);
        assertThat(receiver.accepted()).extracting(Received::webhookId)
                .containsExactly(failed.toString(), events.get(1).id().toString());
        assertThat(fixtures.audit(failed.toString())).containsExactly("test-admin DELIVERY_REPLAYED");
    }

    @Test
    void aGoneEndpointIsDisabledAndGetsNothingMoreUntilAnAdminReenablesIt() {
        WebhookReceiver receiver = receiver(410);
        Catalogue catalogue = Desk.catalogue();
        WebhookPartner partner = Desk.createPartner(catalogue.processingIds(), receiver.url());
        grant(catalogue, "OPPOSITION");
        grant(catalogue, "LIMITATION");

        fixtures.runUntil(() -> receiver.received().size() == 1);
        fixtures.makeDue(partner.id());
        dispatcher.runOnce();
        dispatcher.runOnce();
        assertThat(receiver.received()).hasSize(1);
        assertThat(fixtures.events(partner.id())).extracting(Event::state).containsOnly("PENDING");
        asAdmin().get("/api/v1/admin/partners/" + partner.id()).then().statusCode(200)
                .body("webhookDisabledAt", notNullValue())
                .body("webhookDisabledReason", equalTo("The endpoint answered 410 Gone."));

        asAdmin().post("/api/v1/admin/partners/" + partner.id() + "/webhook-reenable").then().statusCode(200)
                .body("webhookDisabledAt", nullValue());
        asAdmin().post("/api/v1/admin/partners/" + partner.id() + "/webhook-reenable").then().statusCode(409);
        fixtures.runUntil(() -> receiver.accepted().size() == 2);
        List<Event> events = fixtures.events(partner.id());
        assertThat(receiver.accepted()).extracting(Received::webhookId)
                .containsExactly(events.get(0).id().toString(), events.get(1).id().toString());
        assertThat(events).extracting(Event::state).containsOnly("DELIVERED");
        assertThat(fixtures.audit(partner.id())).endsWith("system PARTNER_WEBHOOK_DISABLED",
                "test-admin PARTNER_WEBHOOK_REENABLED");
    }

    @Test
    void aLiftWaitsForTheFlagItLiftsWhileOtherSubjectsGoAhead() {
        WebhookReceiver receiver = receiver(500);
        Catalogue catalogue = Desk.catalogue();
        WebhookPartner partner = Desk.createPartner(catalogue.processingIds(), receiver.url());
        Granted first = grant(catalogue, "OPPOSITION");
        done(first.requestId(), Map.of("action", "WITHDRAW", "reason", "The person changed their mind."));
        Granted other = grant(catalogue, "OPPOSITION");

        fixtures.runUntil(() -> receiver.received().size() == 2);
        dispatcher.runOnce();
        assertThat(receiver.received()).extracting(r -> JsonPath.from(r.body()).getString("participantCode"),
                Received::answeredWith).containsExactly(tuple(first.participantCode(), 500),
                        tuple(other.participantCode(), 200));
        assertThat(fixtures.events(partner.id())).extracting(Event::type, Event::state, Event::attempts)
                .containsExactly(tuple("opposition.set", "PENDING", 1), tuple("opposition.lifted", "PENDING", 0),
                        tuple("opposition.set", "DELIVERED", 1));

        fixtures.makeDue(partner.id());
        fixtures.runUntil(() -> receiver.accepted().size() == 3);
        assertThat(receiver.accepted()).extracting(r -> JsonPath.from(r.body()).getString("type"))
                .containsExactly("opposition.set", "opposition.set", "opposition.lifted");
    }

    @Test
    void aDeliveryWhoseWorkerDiedIsSentAgainWithTheSameIdOnceItsLeaseExpires() {
        WebhookReceiver receiver = receiver();
        Catalogue catalogue = Desk.catalogue();
        WebhookPartner partner = Desk.createPartner(catalogue.processingIds(), receiver.url());
        grant(catalogue, "RECTIFICATION");
        UUID eventId = fixtures.events(partner.id()).get(0).id();
        fixtures.sql("UPDATE partner_events SET claimed_by = 'webhook-crashed', attempts = 1, "
                + "claimed_until = now() + interval '1 minute' WHERE id = ?1", eventId);

        dispatcher.runOnce();
        assertThat(receiver.received()).isEmpty();
        fixtures.sql("UPDATE partner_events SET claimed_until = now() - interval '1 second' WHERE id = ?1", eventId);
        fixtures.runUntil(() -> receiver.received().size() == 1);
        assertThat(receiver.received().get(0).webhookId()).isEqualTo(eventId.toString());
        assertThat(fixtures.events(partner.id())).extracting(Event::state, Event::attempts)
                .containsExactly(tuple("DELIVERED", 2));
    }

    @Test
    void twoDispatchersRunningTogetherNeverSendTheSameEventTwice() throws Exception {
        WebhookReceiver receiver = receiver();
        Catalogue catalogue = Desk.catalogue();
        List<String> partners = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            partners.add(Desk.createPartner(catalogue.processingIds(), receiver.url()).id());
        }
        for (int i = 0; i < 8; i++) {
            grant(catalogue, "OPPOSITION");
        }
        Set<String> expected = partners.stream().flatMap(id -> fixtures.events(id).stream())
                .map(event -> event.id().toString()).collect(Collectors.toSet());
        assertThat(expected).hasSize(24);

        WebhookDispatcher otherReplica = new WebhookDispatcher(store, sender, partnerEvents, partnerWebhooks, clock,
                config);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (WebhookDispatcher replica : List.of(dispatcher, otherReplica)) {
                runs.add(threads.submit(() -> {
                    start.await();
                    int attempted = 0;
                    for (int run = 0; run < 30 && receiver.received().size() < expected.size(); run++) {
                        attempted += replica.runOnce();
                    }
                    return attempted;
                }));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        Map<String, Long> sends = receiver.received().stream()
                .collect(Collectors.groupingBy(Received::webhookId, Collectors.counting()));
        assertThat(sends.keySet()).isEqualTo(expected);
        assertThat(sends.values()).containsOnly(1L);
        assertThat(partners.stream().flatMap(id -> fixtures.events(id).stream()))
                .extracting(Event::state, Event::attempts).containsOnly(tuple("DELIVERED", 1));
    }

    @Test
    void noWebhookOfAnyTypeCarriesWhatIdentifiesThePerson() {
        WebhookReceiver receiver = receiver();
        Catalogue catalogue = Desk.catalogue();
        Desk.createPartner(catalogue.processingIds(), receiver.url());
        Granted opposition = grant(catalogue, "OPPOSITION");
        done(opposition.requestId(), Map.of("action", "WITHDRAW", "reason", "The person changed their mind."));
        Granted restriction = grant(catalogue, "LIMITATION");
        done(restriction.requestId(), Map.of("action", "NOTIFY_LIFT"));
        done(restriction.requestId(), Map.of("action", "LIFT"));
        grant(catalogue, "ERASURE");
        grant(catalogue, "RECTIFICATION");

        fixtures.runUntil(() -> receiver.accepted().size() == 6);
        assertThat(receiver.accepted()).extracting(r -> JsonPath.from(r.body()).getString("type"))
                .containsExactlyInAnyOrder("opposition.set", "opposition.lifted", "restriction.set",
                        "restriction.lifted", "erasure.ordered", "rectification.notified");
        for (Received delivery : receiver.accepted()) {
            assertThat(delivery.body()).doesNotContain("Camille", "Martin", "patient.example", "Lilas", "Lyon",
                    "oncologique", "changed their mind");
            Map<String, Object> fields = JsonPath.from(delivery.body()).getMap("$");
            assertThat(fields).containsOnlyKeys("version", "id", "type", "occurredAt", "controllerId", "processingId",
                    "studyId", "participantCode", "requestReference");
        }
    }

    /** Moves the partner's events three days back and runs them once more: the failure that gives up. */
    private void failForGood(String partnerId) {
        fixtures.sql("UPDATE partner_events SET created_at = created_at - interval '3 days', next_attempt_at = now() "
                + "WHERE partner_id = ?1", partnerId);
        fixtures.runUntil(() -> fixtures.events(partnerId).get(0).state().equals("DEAD"));
    }
}
