package fr.guichet.propagation;

import static fr.guichet.propagation.Warehouses.ACKS;
import static fr.guichet.testsupport.Desk.act;
import static fr.guichet.testsupport.Desk.asDpo;
import static fr.guichet.testsupport.Desk.done;
import static fr.guichet.testsupport.Desk.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Api;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Art. 19 proof: partners acknowledge what they applied, staff exempt what cannot be told, then the file closes. */
@QuarkusTest
class AcknowledgementApiTest {

    @Inject
    EntityManager entityManager;

    @Test
    void acknowledgingIsIdempotentAndKeepsTheFirstTimeAndEveryCallIsAudited() {
        Warehouses warehouse = Warehouses.create();
        String first = warehouse.grant("OPPOSITION");
        String second = warehouse.grant("ERASURE");
        List<String> ids = warehouse.feedAfter(null).stream().map(event -> (String) event.get("id")).toList();

        ack(warehouse, List.of(ids.get(0), ids.get(1), ids.get(0))).then().statusCode(200)
                .body("acknowledged", equalTo(2)).body("alreadyAcknowledged", equalTo(0));
        String acknowledgedAt = get(first).then().body("propagation[0].status", equalTo("ACKNOWLEDGED"))
                .extract().path("propagation[0].acknowledgedAt");
        ack(warehouse, ids).then().statusCode(200)
                .body("acknowledged", equalTo(0)).body("alreadyAcknowledged", equalTo(2));
        get(first).then().body("propagation[0].acknowledgedAt", equalTo(acknowledgedAt));
        get(second).then().body("propagation[0].status", equalTo("ACKNOWLEDGED"));

        List<Object[]> audit = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT actor, details->>'acknowledged', details->>'eventIds' FROM audit_log "
                        + "WHERE action = 'PARTNER_EVENTS_ACKNOWLEDGED' AND entity_id = ?1 ORDER BY seq", Object[].class)
                .setParameter(1, warehouse.partnerId()).getResultList());
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0)[0]).isEqualTo(warehouse.partnerId());
        assertThat(audit.get(0)[1]).isEqualTo("2");
        assertThat((String) audit.get(0)[2]).contains(ids.get(0), ids.get(1));
        assertThat(audit.get(1)[1]).isEqualTo("0");
    }

    @Test
    void oneIdThatIsNotThePartnersRefusesTheWholeCallAndRecordsNothing() {
        Warehouses warehouse = Warehouses.create();
        String request = warehouse.grant("OPPOSITION");
        String own = (String) warehouse.feedAfter(null).get(0).get("id");
        String stranger = UUID.randomUUID().toString();

        ack(warehouse, List.of(own, stranger)).then().statusCode(422)
                .body("violations[0].field", equalTo("eventIds"))
                .body("detail", containsString(stranger))
                .body("detail", not(containsString(own)));
        get(request).then().body("propagation[0].status", equalTo("PENDING"));
    }

    @Test
    void theListMustHoldOneToAThousandEventIds() {
        Warehouses warehouse = Warehouses.create();
        ack(warehouse, List.of()).then().statusCode(400).body("violations[0].field", equalTo("eventIds"));
        List<String> tooMany = Collections.nCopies(1001, UUID.randomUUID().toString());
        ack(warehouse, tooMany).then().statusCode(400).body("violations[0].field", equalTo("eventIds"));
        ack(warehouse, List.of("not-a-uuid")).then().statusCode(400);
        warehouse.asPartner().body(Map.of()).post(ACKS).then().statusCode(400);
    }

    @Test
    void aRequestClosesOnceEveryPartnerAcknowledgedOrWasExempted() {
        Warehouses warehouse = Warehouses.create();
        String other = Desk.createPartner(warehouse.catalogue().processingIds());
        String request = warehouse.grant("OPPOSITION");
        done(request, Map.of("action", "RESPOND"));
        act(request, "CLOSE").then().statusCode(409).body("detail", containsString("2 partner event(s)"));

        ack(warehouse, List.of((String) warehouse.feedAfter(null).get(0).get("id"))).then().statusCode(200);
        act(request, "CLOSE").then().statusCode(409).body("detail", containsString("1 partner event(s)"));

        String otherEvent = get(request).then().extract().jsonPath()
                .getString("propagation.find { it.partnerId == '" + other + "' }.eventId");
        exempt(otherEvent, Map.of("justification", "The partner's warehouse was decommissioned in 2025."))
                .then().statusCode(200)
                .body("status", equalTo("EXEMPT"))
                .body("exemptionJustification", equalTo("The partner's warehouse was decommissioned in 2025."));
        act(request, "CLOSE").then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void anExemptionNeedsAJustificationHappensOnceAndNeverOverridesAnAcknowledgement() {
        Warehouses warehouse = Warehouses.create();
        warehouse.grant("OPPOSITION");
        warehouse.grant("ERASURE");
        List<String> ids = warehouse.feedAfter(null).stream().map(event -> (String) event.get("id")).toList();

        exempt(ids.get(0), Map.of()).then().statusCode(400).body("violations[0].field", equalTo("justification"));
        exempt(ids.get(0), Map.of("justification", "  ")).then().statusCode(400);
        exempt(UUID.randomUUID().toString(), Map.of("justification", "x")).then().statusCode(404);

        JsonPath exempted = Api.asAdmin().body(Map.of("justification", "Disproportionate effort."))
                .post("/api/v1/admin/partner-events/" + ids.get(0) + "/exemption").then().statusCode(200)
                .extract().jsonPath();
        assertThat(exempted.getString("exemptAt")).isNotNull();
        exempt(ids.get(0), Map.of("justification", "Again.")).then().statusCode(409);

        ack(warehouse, List.of(ids.get(1))).then().statusCode(200);
        exempt(ids.get(1), Map.of("justification", "Too late.")).then().statusCode(409)
                .body("detail", containsString("acknowledged"));

        List<Object[]> audit = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT actor, details::text FROM audit_log WHERE action = 'PARTNER_EVENT_EXEMPTED' AND entity_id = ?1",
                Object[].class).setParameter(1, ids.get(0)).getResultList());
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0)[0]).isEqualTo("test-admin");
        assertThat((String) audit.get(0)[1]).contains(warehouse.partnerId()).doesNotContain("Disproportionate");
    }

    @Test
    void onlyStaffOfTheRequestsControllerMayExemptItsEvents() {
        Warehouses warehouse = Warehouses.create();
        warehouse.grant("OPPOSITION");
        String event = (String) warehouse.feedAfter(null).get(0).get("id");
        String elsewhere = Desk.createController("Europe/Paris", "METROPOLITAN");
        String centreDpo = "exempting-dpo-" + UUID.randomUUID();
        String token = Tokens.ungranted(centreDpo, "dpo");
        Tokens.grant(centreDpo, elsewhere);

        Api.as(token).body(Map.of("justification", "The warehouse was decommissioned."))
                .post("/api/v1/admin/partner-events/" + event + "/exemption").then().statusCode(404);
        exempt(event, Map.of("justification", "The warehouse was decommissioned.")).then().statusCode(200);
    }

    static Response ack(Warehouses warehouse, List<String> eventIds) {
        return warehouse.asPartner().body(Map.of("eventIds", eventIds)).post(ACKS);
    }

    private static Response exempt(String eventId, Map<String, Object> body) {
        return asDpo().body(body).post("/api/v1/admin/partner-events/" + eventId + "/exemption");
    }
}
