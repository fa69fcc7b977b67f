package fr.guichet.request;

import static fr.guichet.testsupport.Desk.act;
import static fr.guichet.testsupport.Desk.done;
import static fr.guichet.testsupport.Desk.file;
import static fr.guichet.testsupport.Desk.filing;
import static fr.guichet.testsupport.Desk.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.Desk.Catalogue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What granted decisions leave behind: flags in force, their lifts, orders, and one event per partner. */
@QuarkusTest
class DecisionEffectsApiTest {

    private static final Map<String, Object> GRANT = Map.of("action", "DECIDE", "outcome", "GRANTED");

    @Inject
    EntityManager entityManager;

    /** Two processings of one controller, one study feeding both; two partners on the first, one on the second. */
    private static Catalogue twoWarehouses() {
        String controllerId = Desk.createController("Europe/Paris", "METROPOLITAN");
        List<String> rights = List.of("ACCESS", "RECTIFICATION", "ERASURE", "LIMITATION", "OPPOSITION");
        String first = Desk.createProcessing(controllerId, "PUBLIC_TASK", rights, null, false);
        String second = Desk.createProcessing(controllerId, "PUBLIC_TASK", rights, null, false);
        Desk.createPartner(List.of(first));
        Desk.createPartner(List.of(first, second));
        return new Catalogue(controllerId, List.of(first, second), Desk.createStudy(List.of(first, second)));
    }

    @Test
    void aGrantedOppositionPutsFlagsInForceAndTellsEveryPartnerOnceThenChangingOnesMindLiftsThem() {
        Catalogue catalogue = twoWarehouses();
        String id = file(filing(catalogue, "OPPOSITION", "2026-03-10T09:30:00+01:00"));
        done(id, Map.of("action", "START", "at", "2026-03-11T09:00:00+01:00"));
        JsonPath decided = act(id, Map.of("action", "DECIDE", "outcome", "GRANTED", "at",
                "2026-03-12T10:00:00+01:00")).then().statusCode(200)
                .body("flags", hasSize(2))
                .body("flags[0].type", equalTo("OPPOSITION"))
                .body("flags[0].setAt", equalTo("2026-03-12T09:00:00Z"))
                .body("propagation", hasSize(3))
                .body("history[2].details.flagsSet", equalTo("2"))
                .body("history[2].details.partnerEvents", equalTo("3"))
                // Decided on Thursday 12 March: acknowledgements were due two working days later, Monday 16.
                .body("propagationSla.due", equalTo("2026-03-16"))
                .body("propagationSla.overdue", equalTo(true))
                .extract().jsonPath();
        assertThat(decided.getList("propagation.type", String.class)).containsOnly("opposition.set");
        assertThat(decided.getList("propagation.status", String.class)).containsOnly("PENDING");
        assertThat(decided.getList("allowedActions", String.class)).containsExactly("EXTEND", "RESPOND", "WITHDRAW");

        // The outbox carries codes and the reference, nothing that identifies the person.
        String reference = decided.getString("reference");
        String code = decided.getString("participantCode");
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select participant_code, request_reference, row_to_json(e)::text from partner_events e "
                        + "where request_reference = ?1", Object[].class).setParameter(1, reference).getResultList());
        assertThat(rows).hasSize(3).allSatisfy(row -> {
            assertThat(row[0]).isEqualTo(code);
            assertThat((String) row[2]).doesNotContain("Camille", "Martin", "patient.example", "Lilas");
        });

        done(id, Map.of("action", "RESPOND"));
        // "Changer d'avis": the request stays answered; the opposition ends and partners are told.
        JsonPath withdrawn = act(id, Map.of("action", "WITHDRAW", "reason", "The person changed their mind."))
                .then().statusCode(200)
                .body("status", equalTo("ANSWERED"))
                .body("flags[0].liftedAt", notNullValue())
                .body("flags[1].liftedAt", notNullValue())
                .body("propagation", hasSize(6))
                .extract().jsonPath();
        assertThat(withdrawn.getList("propagation.type", String.class)).containsOnly("opposition.set",
                "opposition.lifted");
        // Until every partner acknowledged (or was exempted), the file stays open.
        assertThat(withdrawn.getList("allowedActions", String.class)).isEmpty();
        act(id, "CLOSE").then().statusCode(409).body("detail", containsString("6 partner event(s)"));
        act(id, "WITHDRAW").then().statusCode(409);
    }

    @Test
    void aSecondOppositionForTheSameSubjectFindsTheFlagAlreadyInForceAndSendsNothingNew() {
        Catalogue catalogue = twoWarehouses();
        Map<String, Object> body = filing(catalogue, "OPPOSITION", "2026-03-10T09:30:00+01:00");
        String first = file(body);
        String second = file(body);
        for (String id : List.of(first, second)) {
            done(id, Map.of("action", "START"));
        }
        done(first, GRANT);
        act(second, GRANT).then().statusCode(200)
                .body("history[2].details.flagsAlreadyInForce", equalTo("2"))
                .body("propagation", hasSize(0));
    }

    @Test
    void aRestrictionIsLiftedOnlyAfterThePersonWasTold() {
        Catalogue catalogue = twoWarehouses();
        String id = file(filing(catalogue, "LIMITATION", "2026-03-10T09:30:00+01:00"));
        done(id, Map.of("action", "START"));
        act(id, GRANT).then().statusCode(200).body("flags[0].type", equalTo("RESTRICTION"));
        act(id, "LIFT").then().statusCode(409)
                .body("detail", containsString("Art. 18(3)"))
                .body("allowedActions", equalTo(List.of("EXTEND", "RESPOND", "NOTIFY_LIFT")));
        done(id, Map.of("action", "NOTIFY_LIFT"));
        JsonPath lifted = act(id, "LIFT").then().statusCode(200)
                .body("flags[0].liftNoticeAt", notNullValue())
                .body("flags[0].liftedAt", notNullValue())
                .extract().jsonPath();
        assertThat(lifted.getList("propagation.type", String.class)).containsExactlyInAnyOrder("restriction.set",
                "restriction.set", "restriction.set", "restriction.lifted", "restriction.lifted",
                "restriction.lifted");
        act(id, "LIFT").then().statusCode(409);
    }

    @Test
    void aGrantedErasureIsOrderedToEveryPartnerWithoutAFlag() {
        Catalogue catalogue = twoWarehouses();
        String id = file(filing(catalogue, "ERASURE", "2026-03-10T09:30:00+01:00"));
        done(id, Map.of("action", "START"));
        JsonPath decided = act(id, Map.of("action", "DECIDE", "outcome", "PARTIALLY_GRANTED", "legalGround",
                "ART_17_3_D", "reasoning", "Erased from the first warehouse; the second keeps them for the study.",
                "processingIds", List.of(catalogue.processingIds().get(0)))).then().statusCode(200)
                .body("flags", hasSize(0))
                .extract().jsonPath();
        assertThat(decided.getList("propagation.type", String.class)).containsOnly("erasure.ordered").hasSize(2);
        assertThat(decided.getList("propagation.processingId", String.class))
                .containsOnly(catalogue.processingIds().get(0));
    }

    @Test
    void aGrantNeedsTheParticipantCodeThatPartnersKnowAndStaffCanGiveItWithTheDecision() {
        Catalogue catalogue = twoWarehouses();
        Map<String, Object> body = filing(catalogue, "RECTIFICATION", "2026-03-10T09:30:00+01:00");
        body.remove("participantCode");
        body.remove("studyId");
        String id = file(body);
        done(id, Map.of("action", "START"));
        act(id, GRANT).then().statusCode(422).body("violations[0].field", equalTo("participantCode"));
        get(id).then().body("status", equalTo("IN_PROGRESS")).body("propagation", hasSize(0));
        JsonPath decided = act(id, Map.of("action", "DECIDE", "outcome", "GRANTED", "studyId", catalogue.studyId(),
                "participantCode", "WS-000123")).then().statusCode(200)
                .body("participantCode", equalTo("WS-000123"))
                .extract().jsonPath();
        assertThat(decided.getList("propagation.type", String.class)).containsOnly("rectification.notified")
                .hasSize(3);
    }
}
