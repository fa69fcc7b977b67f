package fr.guichet.propagation.delivery;

import static org.assertj.core.api.Assertions.assertThat;


import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Plans;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The arrivals job reads deliveries that failed for good every minute: through V15's partial index, from an instant
 * and a keyset position, whatever the number of events ever sent. The planner is steered away from what it rightly
 * prefers on a small test database (as in ReminderScanPlanTest).
 */
@QuarkusTest
class FailedDeliveriesPlanTest {

    @Inject
    EntityManager entityManager;
    @Inject
    UserTransaction transaction;

    @Test
    void theFailuresScanWalksTheFailedAtIndexInFailureOrder() throws Exception {
        String plan = Plans.explain(entityManager, transaction,
                String.format(FailedDeliveries.SCAN, DeliveryState.FAILED.column(),
                FailedDeliveries.AFTER)
                .replace(":from", "TIMESTAMPTZ '2026-03-10T09:00:00Z'")
                .replace(":afterAt", "TIMESTAMPTZ '2026-03-10T09:00:00Z'")
                .replace(":afterId", "CAST('00000000-0000-0000-0000-000000000000' AS uuid)")
                .replace(":limit", "100"));
        assertThat(plan).as(plan).contains("using partner_events_failed_at on partner_events")
                .doesNotContain("Seq Scan on partner_events").doesNotContain("Sort");
    }
}
