package fr.guichet.report;

import static fr.guichet.testsupport.Desk.asCompliance;
import static fr.guichet.testsupport.Desk.done;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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

/** Acknowledgement delays per partner and the events left unacknowledged past the SLA. */
@QuarkusTest
class PropagationKpisApiTest {

    private static final Instant MAY_4 = Instant.parse("2026-05-04T08:00:00Z");

    @Inject
    EntityManager entityManager;

    @Test
    void hoursToAcknowledgeAndLateEventsPerPartner() {
        Desk.Catalogue catalogue = Desk.catalogue();
        String first = Desk.createPartner(catalogue.processingIds());
        String second = Desk.createPartner(catalogue.processingIds());
        List<String> requests = List.of(grantedOpposition(catalogue), grantedOpposition(catalogue),
                grantedOpposition(catalogue), grantedOpposition(catalogue));

        // The first partner acknowledged all four, 2, 4, 10 and 20 hours after the events of 4 May.
        int[] hours = { 2, 4, 10, 20 };
        for (int i = 0; i < 4; i++) {
            setTimes(eventOf(requests.get(i), first), MAY_4, MAY_4.plusSeconds(hours[i] * 3600L));
        }
        // The second: one acknowledged (through the API, then timed at one hour), one exempt, one of 4 May
        // never acknowledged (late), and one of today (not late yet).
        UUID acknowledged = eventOf(requests.get(0), second);
        Api.as(Tokens.of(second, "partner")).body(Map.of("eventIds", List.of(acknowledged)))
                .post("/api/v1/partner/acks").then().statusCode(200);
        setTimes(acknowledged, MAY_4, MAY_4.plusSeconds(3600));
        UUID exempt = eventOf(requests.get(1), second);
        setTimes(exempt, MAY_4, null);
        sql("UPDATE partner_events SET exempt_at = now(), exempted_by = 'test-admin', "
                + "exemption_justification = 'Entrepôt fermé' WHERE id = ?1", exempt);
        setTimes(eventOf(requests.get(2), second), MAY_4, null);

        JsonPath summary = asCompliance().queryParams(Map.of("from", "2026-05-01", "to", "2026-12-31",
                "controller", catalogue.controllerId())).get("/api/v1/reports/summary").then().statusCode(200)
                .extract().jsonPath();

        String a = "propagation.find { it.partnerId == '" + first + "' }";
        String b = "propagation.find { it.partnerId == '" + second + "' }";
        assertThat(summary.getList("propagation")).hasSize(2);
        assertPartner(summary, a, 4, 4, 0, 0, 7.0, 18.5);
        assertPartner(summary, b, 4, 1, 1, 1, 1.0, 1.0);
    }

    private static void assertPartner(JsonPath json, String path, long events, long acknowledged, long exempt,
            long late, double median, double p95) {
        assertThat(json.getLong(path + ".events")).isEqualTo(events);
        assertThat(json.getLong(path + ".acknowledged")).isEqualTo(acknowledged);
        assertThat(json.getLong(path + ".exempt")).isEqualTo(exempt);
        assertThat(json.getLong(path + ".unacknowledgedPastSla")).isEqualTo(late);
        assertThat(json.getDouble(path + ".medianHoursToAcknowledge")).isEqualTo(median);
        assertThat(json.getDouble(path + ".p95HoursToAcknowledge")).isEqualTo(p95);
    }

    private static String grantedOpposition(Desk.Catalogue catalogue) {
        String request = Desk.file(Desk.filing(catalogue, "OPPOSITION", "2026-05-04T09:00:00+02:00"));
        done(request, Map.of("action", "START"));
        done(request, Map.of("action", "DECIDE", "outcome", "GRANTED"));
        return request;
    }

    private static UUID eventOf(String request, String partnerId) {
        List<Map<String, Object>> propagation = Desk.get(request).then().statusCode(200).extract()
                .path("propagation");
        return propagation.stream().filter(event -> partnerId.equals(event.get("partnerId")))
                .map(event -> UUID.fromString((String) event.get("eventId"))).findFirst().orElseThrow();
    }

    private void setTimes(UUID event, Instant occurredAt, Instant acknowledgedAt) {
        sql("UPDATE partner_events SET occurred_at = ?1 WHERE id = ?2", occurredAt, event);
        if (acknowledgedAt != null) {
            sql("UPDATE partner_events SET acknowledged_at = ?1 WHERE id = ?2", acknowledgedAt, event);
        }
    }

    private void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = entityManager.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }
}
