package fr.guichet.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.platform.security.ControllerFilter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The register is one statement whose period filter is served by requests_receipt_date, in that index's order
 * (no sort), with partner events counted through partner_events_request. The test database is small, so
 * sequential scans are switched off: the plan shows what the index can serve, as on a large table.
 */
@QuarkusTest
class RegisterQueryPlanTest {

    @Inject
    EntityManager entityManager;

    @Test
    void thePeriodFilterWalksTheReceiptDateIndexInOrder() {
        RegisterFilter filter = new RegisterFilter(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"),
                ControllerFilter.EVERY, Optional.empty());
        String plan = QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
            @SuppressWarnings("unchecked")
            List<String> lines = entityManager.createNativeQuery("EXPLAIN " + RegisterQuery.sql(filter)
                    .replace(":now", "now()").replace(":from", "DATE '2026-03-01'")
                    .replace(":to", "DATE '2026-03-31'")).getResultList();
            return String.join("\n", lines);
        });
        assertThat(plan).contains("requests_receipt_date").contains("Index Cond: ((receipt_date >= ")
                .contains("partner_events_request").doesNotContain("Sort");
    }
}
