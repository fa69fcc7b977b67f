package fr.guichet.propagation;

import static fr.guichet.propagation.Warehouses.ACKS;
import static fr.guichet.propagation.Warehouses.FEED;
import static fr.guichet.propagation.Warehouses.FLAGS;
import static fr.guichet.propagation.Warehouses.NDJSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Api;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** A partner token only ever reaches that partner's events and flags; no other token reaches them at all. */
@QuarkusTest
class PartnerIsolationTest {

    @Test
    void partnerANeverReadsOrAcknowledgesPartnerBsEventsOrFlags() {
        Warehouses a = Warehouses.create();
        Warehouses b = Warehouses.create();
        // C serves A's processing too: same decision, but each partner gets its own event.
        String c = Desk.createPartner(a.catalogue().processingIds());
        a.grant("OPPOSITION");
        b.grant("OPPOSITION");
        b.grant("LIMITATION");

        List<String> aEvents = a.feedAfter(null).stream().map(event -> (String) event.get("id")).toList();
        List<String> bEvents = b.feedAfter(null).stream().map(event -> (String) event.get("id")).toList();
        List<String> cEvents = new Warehouses(a.catalogue(), c).feedAfter(null).stream()
                .map(event -> (String) event.get("id")).toList();
        assertThat(aEvents).hasSize(1).doesNotContainAnyElementsOf(bEvents).doesNotContainAnyElementsOf(cEvents);
        String aStream = a.asPartner().accept(NDJSON).get(FEED).then().statusCode(200).extract().asString();
        bEvents.forEach(id -> assertThat(aStream).doesNotContain(id));

        String aFlags = a.asPartner().accept(NDJSON).get(FLAGS).then().statusCode(200).extract().asString();
        assertThat(aFlags).contains(a.catalogue().processingId()).doesNotContain(b.catalogue().processingId());

        // Another partner's event and an id that exists nowhere get the very same answer.
        String foreign = AcknowledgementApiTest.ack(a, List.of(bEvents.get(0))).then().statusCode(422).extract()
                .path("detail");
        UUID nowhere = UUID.randomUUID();
        String unknown = AcknowledgementApiTest.ack(a, List.of(nowhere.toString())).then().statusCode(422).extract()
                .path("detail");
        assertThat(foreign.replace(bEvents.get(0), "<id>")).isEqualTo(unknown.replace(nowhere.toString(), "<id>"));
        AcknowledgementApiTest.ack(b, bEvents).then().statusCode(200).body("acknowledged", equalTo(2));
    }

    @Test
    void aPartnerTokenWhoseSubjectIsNoPartnerIsRefused() {
        String stranger = Tokens.of("wh-nobody-" + UUID.randomUUID().toString().substring(0, 8), "partner");
        assertRefusedEverywhere(stranger);
    }

    @Test
    void staffTokensDoNotReachThePartnerApiNorPartnersTheExemptions() {
        Warehouses warehouse = Warehouses.create();
        for (String token : List.of(Tokens.dpo(), Tokens.admin(), Tokens.of("auditor", "compliance"),
                Tokens.of(warehouse.partnerId(), "dpo"))) {
            assertRefusedEverywhere(token);
        }
        warehouse.grant("OPPOSITION");
        String eventId = (String) warehouse.feedAfter(null).get(0).get("id");
        warehouse.asPartner().body(Map.of("justification", "We would rather not."))
                .post("/api/v1/admin/partner-events/" + eventId + "/exemption").then().statusCode(403);
        Api.as(Tokens.of("auditor", "compliance")).body(Map.of("justification", "No."))
                .post("/api/v1/admin/partner-events/" + eventId + "/exemption").then().statusCode(403);
    }

    private static void assertRefusedEverywhere(String token) {
        Api.as(token).get(FEED).then().statusCode(403).body("type", equalTo("urn:guichet:problem:forbidden"));
        Api.as(token).accept(NDJSON).get(FEED).then().statusCode(403);
        Api.as(token).accept(NDJSON).get(FLAGS).then().statusCode(403);
        Api.as(token).accept("text/csv").get(FLAGS).then().statusCode(403);
        Api.as(token).body(Map.of("eventIds", List.of(UUID.randomUUID()))).post(ACKS).then().statusCode(403);
    }
}
