package fr.guichet.propagation;

import static fr.guichet.propagation.Warehouses.FEED;
import static fr.guichet.propagation.Warehouses.FLAGS;
import static fr.guichet.propagation.Warehouses.NDJSON;
import static fr.guichet.testsupport.Desk.done;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Desk;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Legal rules §4: partners get the pseudonymous codes they already hold, never who the person is. Every event type
 * is produced through the desk from a filing that names, addresses and describes the person (Desk.filing).
 */
@QuarkusTest
class PayloadPrivacyTest {

    private static final Set<String> EVENT_FIELDS = Set.of("version", "id", "type", "occurredAt", "controllerId",
            "processingId", "studyId", "participantCode", "requestReference");
    /** Pieces of Desk.filing's requester name, e-mail, postal address and free text. */
    private static final List<String> IDENTITY = List.of("Camille", "Martin", "camille.martin", "patient.example",
            "Lilas", "69008", "Lyon", "suivi oncologique", "Je ne souhaite");

    @Test
    void noEventTypeCarriesTheFilingsIdentityOrAnyUndocumentedField() {
        Warehouses warehouse = Warehouses.create();
        String opposition = warehouse.grant("OPPOSITION");
        done(opposition, Map.of("action", "WITHDRAW"));
        String restriction = warehouse.grant("LIMITATION");
        done(restriction, Map.of("action", "NOTIFY_LIFT"));
        warehouse.grant("LIMITATION");
        done(restriction, Map.of("action", "LIFT"));
        warehouse.grant("ERASURE");
        warehouse.grant("RECTIFICATION");
        assertThat(Desk.get(opposition).then().extract().jsonPath().getString("requester.fullName"))
                .isEqualTo("Camille Martin");

        List<Map<String, Object>> events = warehouse.feedAfter(null);
        assertThat(events).extracting(event -> event.get("type")).containsExactlyInAnyOrder("opposition.set",
                "opposition.lifted", "restriction.set", "restriction.set", "restriction.lifted", "erasure.ordered",
                "rectification.notified");
        assertThat(events).allSatisfy(event -> assertThat(event.keySet()).isEqualTo(EVENT_FIELDS));

        String page = warehouse.asPartner().queryParam("limit", 1000).get(FEED).then().statusCode(200).extract()
                .asString();
        String stream = warehouse.asPartner().accept(NDJSON).get(FEED).then().statusCode(200).extract().asString();
        String snapshot = warehouse.asPartner().accept(NDJSON).get(FLAGS).then().statusCode(200).extract()
                .asString();
        String csv = warehouse.asPartner().accept("text/csv").get(FLAGS).then().statusCode(200).extract().asString();
        for (String body : List.of(page, stream, snapshot, csv)) {
            assertThat(body).isNotBlank();
            IDENTITY.forEach(piece -> assertThat(body).doesNotContainIgnoringCase(piece));
        }
        assertThat(stream.lines()).hasSize(7);
    }
}
