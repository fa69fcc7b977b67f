package fr.guichet.desk.reminder;

import static org.assertj.core.api.Assertions.assertThat;


import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Plans;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each reminder batch is one statement served by V10's partial indexes, from its keyset position: the job's cost
 * follows the requests still owing an answer and the events still unsettled, not every request ever filed. The
 * test database is small, so the planner is steered away from sequential scans, bitmap scans and sorts, which it
 * rightly prefers for a few rows: the plan then shows what the indexes can serve. Were an index unusable (say the
 * scan's status list no longer matched the partial index's), the plan would fall back on what was switched off.
 */
@QuarkusTest
class ReminderScanPlanTest {

    private static final String NO_ID = "CAST('00000000-0000-0000-0000-000000000000' AS uuid)";

    @Inject
    EntityManager entityManager;
    @Inject
    UserTransaction transaction;

    @Test
    void theDeadlineScanWalksTheOwingRequestsIndexInKeysetOrder() throws Exception {
        String plan = Plans.explain(entityManager, transaction,
                String.format(ReminderStore.DEADLINE_SCAN, ReminderStore.OWING,
                ReminderStore.DEADLINE_AFTER)
                .replace(":horizon", "DATE '2026-11-24'").replace(":afterTarget", "DATE '2026-01-01'")
                .replace(":afterId", NO_ID).replace(":batch", "100"));
        assertThat(plan).as(plan).contains("Index Scan using requests_owing_internal_target on requests")
                .containsPattern("Index Cond: .*ROW\\(internal_target, id\\) > ROW\\(")
                .doesNotContain("Sort").doesNotContain("Seq Scan on requests");
    }

    @Test
    void thePartnerScanReadsOnlyUnsettledEventsInRequestOrder() throws Exception {
        // Other test classes leave thousands of events unacknowledged, where a live desk has a handful: settle
        // them (and let the planner see it) in this transaction, which is rolled back.
        String plan = Plans.explain(entityManager, transaction,
                String.format(ReminderStore.PARTNER_SCAN, ReminderStore.PARTNER_AFTER)
                .replace(":after", NO_ID).replace(":batch", "100"),
                "UPDATE partner_events SET acknowledged_at = now() WHERE acknowledged_at IS NULL AND exempt_at IS NULL",
                "ANALYZE partner_events");
        assertThat(plan).as(plan).contains("using partner_events_unsettled on partner_events")
                .doesNotContain("Seq Scan on partner_events").doesNotContain("Sort");
    }
}
