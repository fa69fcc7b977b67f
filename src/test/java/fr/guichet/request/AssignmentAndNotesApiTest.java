package fr.guichet.request;

import static fr.guichet.testsupport.Desk.asCompliance;
import static fr.guichet.testsupport.Desk.asDpo;
import static fr.guichet.testsupport.Desk.done;
import static fr.guichet.testsupport.Desk.file;
import static fr.guichet.testsupport.Desk.filing;
import static fr.guichet.testsupport.Desk.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Desk;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Who handles a request, and the desk's internal notes: history entries that leave the state alone. */
@QuarkusTest
class AssignmentAndNotesApiTest {

    private static final String RECEIVED_AT = "2026-03-10T09:30:00+01:00";

    @Inject
    EntityManager entityManager;

    @Test
    void assigningReassigningAndUnassigningAreRecordedWithoutTouchingStateOrDeadlines() {
        String id = file(filing(Desk.catalogue(), "ACCESS", RECEIVED_AT));
        String due = get(id).then().extract().path("deadlines.effectiveDue");

        asDpo().body(Map.of("assignee", "alice")).put(path(id)).then().statusCode(200)
                .body("assignee", equalTo("alice"))
                .body("status", equalTo("RECEIVED"))
                .body("deadlines.effectiveDue", equalTo(due))
                .body("history[1].event", equalTo("ASSIGNED"))
                .body("history[1].actor", equalTo("test-dpo"))
                .body("history[1].details.assignee", equalTo("alice"));
        // The same assignee again is not news.
        asDpo().body(Map.of("assignee", "alice")).put(path(id)).then().statusCode(200).body("history.size()",
                equalTo(2));
        asDpo().body(Map.of("assignee", "bruno")).put(path(id)).then().statusCode(200)
                .body("history[2].details", equalTo(Map.of("assignee", "bruno", "previousAssignee", "alice")));
        asDpo().delete(path(id)).then().statusCode(200)
                .body("assignee", nullValue())
                .body("history[3].event", equalTo("UNASSIGNED"))
                .body("history[3].details", equalTo(Map.of("previousAssignee", "bruno")));

        List<String> audited = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT action FROM audit_log WHERE entity_id = :id ORDER BY seq", String.class)
                .setParameter("id", id).getResultList());
        assertThat(audited).containsExactly("REQUEST_FILED", "REQUEST_ASSIGNED", "REQUEST_ASSIGNED",
                "REQUEST_UNASSIGNED");
    }

    @Test
    void aClosedFileIsAssignedToNobodyButTakesNotes() {
        String id = file(filing(Desk.catalogue(), "ACCESS", RECEIVED_AT));
        done(id, Map.of("action", "WITHDRAW"));
        asDpo().body(Map.of("assignee", "alice")).put(path(id)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("currentState", equalTo("WITHDRAWN"));
        asDpo().body(Map.of("text", "Courrier de retrait classé au dossier papier.")).post(notes(id)).then()
                .statusCode(200).body("history[-1].event", equalTo("NOTE"));
    }

    @Test
    void notesAreSealedAtRestAndShownToDpoReadersOnly() {
        String id = file(filing(Desk.catalogue(), "ACCESS", RECEIVED_AT));
        String text = "Appel de Mme Martin : elle confirme le suivi au centre de Lyon.";
        asDpo().body(Map.of("text", text)).post(notes(id)).then().statusCode(200)
                .body("history[1].event", equalTo("NOTE"))
                .body("history[1].details.note", equalTo(text))
                .body("status", equalTo("RECEIVED"));

        JsonPath compliance = asCompliance().get("/api/v1/desk/requests/" + id).then().statusCode(200).extract()
                .jsonPath();
        assertThat(compliance.getString("history[1].event")).isEqualTo("NOTE");
        assertThat(compliance.getMap("history[1].details")).isEmpty();

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "SELECT details::text FROM request_history WHERE request_id = :id AND seq = 2")
                .setParameter("id", UUID.fromString(id)).getSingleResult());
        assertThat(stored).contains("\"note\"").doesNotContain("Martin").doesNotContain("Lyon");
    }

    @Test
    void badInputIsRefusedWithAProblemAndWritesNothing() {
        String id = file(filing(Desk.catalogue(), "ACCESS", RECEIVED_AT));
        asDpo().body(Map.of("assignee", "two words")).put(path(id)).then().statusCode(400)
                .contentType("application/problem+json");
        asDpo().body(Map.of("text", "x".repeat(10_001))).post(notes(id)).then().statusCode(400);
        asDpo().body(Map.of("text", " ")).post(notes(id)).then().statusCode(400);
        asCompliance().body(Map.of("text", "lecture seule")).post(notes(id)).then().statusCode(403);
        asDpo().body(Map.of("assignee", "alice")).put(path(UUID.randomUUID().toString())).then().statusCode(404);
        get(id).then().body("history.size()", equalTo(1)).body("assignee", nullValue());
    }

    private static String path(String id) {
        return "/api/v1/desk/requests/" + id + "/assignee";
    }

    private static String notes(String id) {
        return "/api/v1/desk/requests/" + id + "/notes";
    }
}
