package fr.guichet.propagation.delivery;

import static fr.guichet.testsupport.Desk.done;
import static fr.guichet.testsupport.Desk.file;
import static fr.guichet.testsupport.Desk.filing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import fr.guichet.testsupport.Desk.Catalogue;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Drives webhook delivery in tests: real decisions through the API, the outbox as stored, dispatcher runs. */
final class DeliveryFixtures {

    /** A partner event as stored, with its delivery columns. */
    record Event(UUID id, String type, String state, int attempts, String participantCode, String lastError) {
    }

    /** A granted request and the participant code its events carry. */
    record Granted(String requestId, String participantCode) {
    }

    private final EntityManager entityManager;
    private final WebhookDispatcher dispatcher;

    DeliveryFixtures(EntityManager entityManager, WebhookDispatcher dispatcher) {
        this.entityManager = entityManager;
        this.dispatcher = dispatcher;
    }

    /** Files a request about {@code right} for a new participant and grants it: one event per partner. */
    static Granted grant(Catalogue catalogue, String right) {
        Map<String, Object> body = filing(catalogue, right, "2026-03-10T09:30:00+01:00");
        String id = file(body);
        done(id, Map.of("action", "START"));
        done(id, Map.of("action", "DECIDE", "outcome", "GRANTED"));
        return new Granted(id, (String) body.get("participantCode"));
    }

    /** The partner's events in feed order. */
    @SuppressWarnings("unchecked")
    List<Event> events(String partnerId) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                SELECT id, type, delivery_state, attempts, participant_code, last_error FROM partner_events
                WHERE partner_id = ?1 ORDER BY tx_id, seq""").setParameter(1, partnerId).getResultList());
        return rows.stream().map(row -> new Event((UUID) row[0], (String) row[1], (String) row[2],
                ((Number) row[3]).intValue(), (String) row[4], (String) row[5])).toList();
    }

    /** Lets time pass: the partner's pending events become due now instead of at their retry time. */
    void makeDue(String partnerId) {
        sql("UPDATE partner_events SET next_attempt_at = now() WHERE partner_id = ?1 AND delivery_state = 'PENDING'",
                partnerId);
    }

    void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            Query query = entityManager.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    /** Audit entries about one record, oldest first, as "actor action". */
    @SuppressWarnings("unchecked")
    List<String> audit(String entityId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT actor || ' ' || action FROM audit_log WHERE entity_id = ?1 ORDER BY seq")
                .setParameter(1, entityId).getResultList());
    }

    /**
     * Runs the dispatcher until {@code done}, a few times at most: events of other tests may take a batch's
     * places, so one run is not always enough.
     */
    void runUntil(BooleanSupplier done) {
        for (int run = 0; run < 20 && !done.getAsBoolean(); run++) {
            dispatcher.runOnce();
        }
        assertThat(done.getAsBoolean()).as("delivery reached the expected state").isTrue();
    }
}
