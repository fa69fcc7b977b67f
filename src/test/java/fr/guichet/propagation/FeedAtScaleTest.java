package fr.guichet.propagation;

import static fr.guichet.propagation.Warehouses.FEED;
import static fr.guichet.propagation.Warehouses.FLAGS;
import static fr.guichet.propagation.Warehouses.NDJSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Desk;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The feed at volume: tens of thousands of events over several partners. Its query walks the partner_events_feed
 * index from the cursor (no scan of the table, no sort), and both streams go out in chunks as they are read.
 */
@QuarkusTest
class FeedAtScaleTest {

    private static final int EVENTS_PER_PARTNER = 10_000;
    private static final int FLAG_COUNT = 2_000;

    @Inject
    EntityManager entityManager;

    /** Seeded once for the class (RestAssured only knows the test port once a test runs). */
    private static Warehouses warehouse;

    @BeforeEach
    void seedOnce() {
        if (warehouse != null) {
            return;
        }
        warehouse = Warehouses.create();
        List<String> partners = List.of(warehouse.partnerId(), Desk.createPartner(warehouse.catalogue().processingIds()),
                Desk.createPartner(warehouse.catalogue().processingIds()));
        String requestId = Desk.file(Desk.filing(warehouse.catalogue(), "OPPOSITION", "2026-03-10T09:30:00+01:00"));
        Desk.Catalogue catalogue = warehouse.catalogue();
        QuarkusTransaction.requiringNew().run(() -> {
            // Marked delivered: seeded volume, not work for a webhook worker.
            entityManager.createNativeQuery("""
                    INSERT INTO partner_events (id, partner_id, type, occurred_at, controller_id, processing_id, study_id,
                                                participant_code, request_id, request_reference, created_at,
                                                delivery_state, delivered_at)
                    SELECT gen_random_uuid(), partner, 'erasure.ordered', now(), ?1, ?2, ?3, 'BULK-' || n, ?4,
                           'GCH-2026-BULK00', now(), 'DELIVERED', now()
                    FROM generate_series(1, ?5) AS n CROSS JOIN unnest(?6) AS partner""")
                    .setParameter(1, UUID.fromString(catalogue.controllerId()))
                    .setParameter(2, UUID.fromString(catalogue.processingId()))
                    .setParameter(3, UUID.fromString(catalogue.studyId()))
                    .setParameter(4, UUID.fromString(requestId))
                    .setParameter(5, EVENTS_PER_PARTNER)
                    .setParameter(6, partners.toArray(String[]::new))
                    .executeUpdate();
            entityManager.createNativeQuery("""
                    INSERT INTO flags (id, type, controller_id, processing_id, study_id, participant_code,
                                       set_by_request_id, set_at)
                    SELECT gen_random_uuid(), 'OPPOSITION', ?1, ?2, ?3, 'BULK-' || n, ?4, now()
                    FROM generate_series(1, ?5) AS n""")
                    .setParameter(1, UUID.fromString(catalogue.controllerId()))
                    .setParameter(2, UUID.fromString(catalogue.processingId()))
                    .setParameter(3, UUID.fromString(catalogue.studyId()))
                    .setParameter(4, UUID.fromString(requestId))
                    .setParameter(5, FLAG_COUNT)
                    .executeUpdate();
        });
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("ANALYZE partner_events, flags")
                .executeUpdate());
    }

    /** The JSON page and each batch of the NDJSON stream run this one query. */
    @Test
    void aFeedPageWalksTheFeedIndexFromTheCursorWithoutScanningOrSorting() {
        Object[] middle = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "SELECT tx_id, seq FROM partner_events WHERE partner_id = ?1 ORDER BY tx_id, seq OFFSET ?2 LIMIT 1")
                .setParameter(1, warehouse.partnerId()).setParameter(2, EVENTS_PER_PARTNER / 2).getSingleResult());
        assertWalksTheFeedIndex(explain(FeedCursor.BEGINNING, PartnerFeed.STREAM_BATCH));
        assertWalksTheFeedIndex(explain(new FeedCursor(((Number) middle[0]).longValue(),
                ((Number) middle[1]).longValue()), PartnerFeed.DEFAULT_LIMIT));
    }

    private static void assertWalksTheFeedIndex(String plan) {
        assertThat(plan).as(plan).contains("Index Scan using partner_events_feed on partner_events")
                .containsPattern("Index Cond: .*partner_id = .*ROW\\(tx_id, seq\\) > ROW\\(.*tx_id < ")
                .doesNotContain("Seq Scan").doesNotContain("Sort").doesNotContain("Bitmap");
    }

    @Test
    void theNdjsonFeedStreamsEveryEventInChunks() throws Exception {
        ExtractableResponse<Response> stream = warehouse.asPartner().accept(NDJSON).get(FEED).then().statusCode(200)
                .extract();
        assertThat(stream.header("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(stream.header("Content-Length")).isNull();
        assertThat(stream.asString().lines().count()).isEqualTo(EVENTS_PER_PARTNER);
    }

    @Test
    void theSnapshotStreamsEveryFlagInChunksInBothFormats() {
        ExtractableResponse<Response> ndjson = warehouse.asPartner().accept(NDJSON).get(FLAGS).then().statusCode(200)
                .extract();
        assertThat(ndjson.header("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(ndjson.asString().lines().count()).isEqualTo(1 + FLAG_COUNT);
        ExtractableResponse<Response> csv = warehouse.asPartner().accept("text/csv").get(FLAGS).then().statusCode(200)
                .extract();
        assertThat(csv.header("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(csv.asString().lines().count()).isEqualTo(1 + FLAG_COUNT);
    }

    private String explain(FeedCursor after, int limit) {
        @SuppressWarnings("unchecked")
        List<String> lines = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("EXPLAIN (ANALYZE, COSTS OFF) " + PartnerFeed.PAGE)
                .setParameter("partner", warehouse.partnerId()).setParameter("tx", after.txId())
                .setParameter("seq", after.seq()).setParameter("limit", limit).getResultList());
        return lines.stream().collect(Collectors.joining("\n"));
    }
}
