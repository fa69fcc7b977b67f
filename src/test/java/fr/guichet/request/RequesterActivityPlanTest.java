package fr.guichet.request;

import static org.assertj.core.api.Assertions.assertThat;


import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Plans;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The arrivals job reads the person's own steps from request history every minute: through V15's partial index,
 * from an instant and a keyset position, so its cost follows the recent steps, not the whole history. The planner is
 * steered away from what it rightly prefers on a small test database (as in ReminderScanPlanTest); were the event
 * list of the scan and of the index to differ, the plan would fall back on what was switched off.
 */
@QuarkusTest
class RequesterActivityPlanTest {

    @Inject
    EntityManager entityManager;
    @Inject
    UserTransaction transaction;

    @Test
    void theStepsScanWalksTheRequesterStepsIndexInRecordingOrder() throws Exception {
        String plan = Plans.explain(entityManager, transaction,
                String.format(RequesterActivity.SCAN, RequesterActivity.ACTOR, RequesterActivity.EVENTS,
                RequesterActivity.AFTER)
                .replace(":from", "TIMESTAMPTZ '2026-03-10T09:00:00Z'")
                .replace(":afterAt", "TIMESTAMPTZ '2026-03-10T09:00:00Z'")
                .replace(":afterRequest", "CAST('00000000-0000-0000-0000-000000000000' AS uuid)")
                .replace(":afterSeq", "0").replace(":limit", "100"));
        assertThat(plan).as(plan).contains("using request_history_requester_steps on request_history")
                .doesNotContain("Seq Scan on request_history").doesNotContain("Sort");
    }
}
