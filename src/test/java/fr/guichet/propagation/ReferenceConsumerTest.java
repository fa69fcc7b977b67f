package fr.guichet.propagation;

import static fr.guichet.testsupport.Desk.done;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.propagation.ReferenceConsumer.Flag;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.Desk.Catalogue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The reference consumer of docs/partners.md, run against the desk over HTTP, keeps an exact copy of the flags. */
@QuarkusTest
class ReferenceConsumerTest {

    @TestHTTPResource("/")
    URI desk;
    @Inject
    EntityManager entityManager;

    /**
     * A warehouse that joins after decisions were made: the snapshot gives it the flags already in force, the feed
     * every change after that, and it acknowledges every event addressed to it.
     */
    @Test
    void aNewPartnerLoadsTheSnapshotFollowsTheFeedAndHoldsExactlyTheDesksFlags() throws Exception {
        Catalogue catalogue = twoProcessings();
        String opposed = Warehouses.grant(catalogue, "OPPOSITION");
        String restricted = Warehouses.grant(catalogue, "LIMITATION");
        String changedMind = Warehouses.grant(catalogue, "OPPOSITION");
        done(changedMind, Map.of("action", "WITHDRAW"));
        Warehouses.grant(catalogue, "ERASURE");

        Warehouses warehouse = new Warehouses(catalogue, Desk.createPartner(catalogue.processingIds()));
        ReferenceConsumer consumer = new ReferenceConsumer(desk, warehouse.token());
        consumer.loadSnapshot();
        assertThat(consumer.flags()).hasSize(4).isEqualTo(flagsInForce(catalogue));
        assertThat(consumer.catchUp()).isZero();

        done(opposed, Map.of("action", "WITHDRAW"));
        String later = warehouse.grant("OPPOSITION");
        done(restricted, Map.of("action", "NOTIFY_LIFT"));
        done(restricted, Map.of("action", "LIFT"));
        warehouse.grant("RECTIFICATION");
        warehouse.grant("LIMITATION");
        done(later, Map.of("action", "RESPOND"));

        // Two processings: each decision or lift is two events.
        assertThat(consumer.catchUp()).isEqualTo(10);
        assertThat(consumer.flags()).hasSize(4).isEqualTo(flagsInForce(catalogue));
        assertThat(unacknowledged(warehouse)).as("events the consumer applied but did not acknowledge").isZero();
        done(later, Map.of("action", "CLOSE"));
    }

    /** Two processings fed by one study, so that one decision sets two flags. */
    private static Catalogue twoProcessings() {
        String controllerId = Desk.createController("Europe/Paris", "METROPOLITAN");
        List<String> rights = List.of("ACCESS", "RECTIFICATION", "ERASURE", "LIMITATION", "OPPOSITION");
        List<String> processings = List.of(Desk.createProcessing(controllerId, "PUBLIC_TASK", rights, null, false),
                Desk.createProcessing(controllerId, "PUBLIC_TASK", rights, null, false));
        return new Catalogue(controllerId, processings, Desk.createStudy(processings));
    }

    private Set<Flag> flagsInForce(Catalogue catalogue) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT type, processing_id, study_id, participant_code FROM flags "
                        + "WHERE lifted_at IS NULL AND processing_id IN (?1)")
                .setParameter(1, catalogue.processingIds().stream().map(UUID::fromString).toList())
                .getResultList());
        Set<Flag> flags = new HashSet<>();
        rows.forEach(row -> flags.add(new Flag((String) row[0], row[1].toString(), row[2].toString(),
                (String) row[3])));
        return flags;
    }

    private long unacknowledged(Warehouses warehouse) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM partner_events WHERE partner_id = ?1 AND acknowledged_at IS NULL")
                .setParameter(1, warehouse.partnerId()).getSingleResult()).longValue());
    }
}
