package fr.guichet.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Desk;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The core promise: a poller that resumes from its cursor never misses an event, even when transactions
 * commit in another order than they wrote. Many transactions write, then linger a random while before
 * committing, so later writers often commit first; meanwhile a poller follows the feed in small pages.
 */
@QuarkusTest
class FeedOrderingTest {

    private static final int RUNS = 10;
    /** All open at once: each one holds a connection, so the pool is widened for this test. */
    private static final int TRANSACTIONS = 40;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    PartnerEvents events;
    @Inject
    EntityManager entityManager;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPollerSeesEveryEventOnceAndInOrderWhileTransactionsCommitOutOfOrder() throws Exception {
        AgroalConnectionPoolConfiguration pool = dataSource.getConfiguration().connectionPoolConfiguration();
        int poolSize = pool.maxSize();
        pool.setMaxSize(TRANSACTIONS + 20);
        ExecutorService threads = Executors.newFixedThreadPool(TRANSACTIONS + 2);
        try {
            int naiveMisses = 0;
            int total = 0;
            for (int run = 0; run < RUNS; run++) {
                Outcome outcome = run(threads);
                naiveMisses += outcome.naiveMisses();
                total += outcome.events();
            }
            assertThat(total).isGreaterThan(RUNS * 200);
            // The control: reading "seq > last" like a plain outbox poller does lose late commits.
            assertThat(naiveMisses).as("events a naive seq poller missed over all runs").isPositive();
        } finally {
            threads.shutdownNow();
            pool.setMaxSize(poolSize);
        }
    }

    private record Outcome(int events, int naiveMisses) {
    }

    private Outcome run(ExecutorService threads) throws Exception {
        Warehouses warehouse = Warehouses.create();
        String requestId = Desk.file(Desk.filing(warehouse.catalogue(), "ERASURE", "2026-03-10T09:30:00+01:00"));
        String reference = Desk.get(requestId).then().extract().path("reference");
        EventSubject subject = new EventSubject(UUID.fromString(warehouse.catalogue().controllerId()),
                UUID.fromString(warehouse.catalogue().processingId()), UUID.fromString(warehouse.catalogue().studyId()),
                "P-ORDER");
        int[] perTransaction = ThreadLocalRandom.current().ints(TRANSACTIONS, 3, 9).toArray();
        int expected = Arrays.stream(perTransaction).sum();

        AtomicBoolean writing = new AtomicBoolean(true);
        Future<List<String>> poller = threads.submit(() -> poll(warehouse, expected));
        Future<Set<UUID>> naive = threads.submit(() -> naivePoll(warehouse.partnerId(), writing));
        CyclicBarrier start = new CyclicBarrier(TRANSACTIONS);
        List<Future<?>> writers = new ArrayList<>();
        for (int count : perTransaction) {
            writers.add(threads.submit(() -> {
                start.await();
                QuarkusTransaction.requiringNew().run(() -> write(subject, warehouse.partnerId(), count,
                        UUID.fromString(requestId), reference));
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        writing.set(false);
        List<String> seen = poller.get();
        Set<UUID> naivelySeen = naive.get();

        Map<String, long[]> positions = positions(warehouse.partnerId());
        assertThat(positions).hasSize(expected);
        assertThat(seen).as("every event exactly once").hasSize(expected).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(positions.keySet());
        for (int i = 1; i < seen.size(); i++) {
            long[] before = positions.get(seen.get(i - 1));
            long[] after = positions.get(seen.get(i));
            assertThat(before[0] < after[0] || before[0] == after[0] && before[1] < after[1])
                    .as("(tx_id, seq) strictly increases along the feed").isTrue();
        }
        return new Outcome(expected, expected - naivelySeen.size());
    }

    /** Writes the events, then lingers before committing, so that commits come out of the writing order. */
    private void write(EventSubject subject, String partnerId, int count, UUID requestId, String reference) {
        for (int i = 0; i < count; i++) {
            events.publish(PartnerEventType.ERASURE_ORDERED, subject, List.of(partnerId), Instant.now(), requestId,
                    reference);
        }
        entityManager.flush();
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(51));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Follows the feed with small, varying pages until it has seen every event (or runs out of patience). */
    private static List<String> poll(Warehouses warehouse, int expected) {
        List<String> seen = new CopyOnWriteArrayList<>();
        String cursor = null;
        Instant deadline = Instant.now().plus(PATIENCE);
        while (seen.size() < expected && Instant.now().isBefore(deadline)) {
            JsonPath page = warehouse.page(cursor, ThreadLocalRandom.current().nextInt(1, 11));
            seen.addAll(page.getList("events.id", String.class));
            cursor = page.getString("next");
        }
        return seen;
    }

    /** What a plain outbox poller does: everything committed with a larger sequence number than the last seen. */
    private Set<UUID> naivePoll(String partnerId, AtomicBoolean writing) {
        Set<UUID> seen = new HashSet<>();
        long last = 0;
        boolean more = true;
        while (writing.get() || more) {
            long after = last;
            @SuppressWarnings("unchecked")
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                    "SELECT id, seq FROM partner_events WHERE partner_id = ?1 AND seq > ?2 ORDER BY seq LIMIT 5")
                    .setParameter(1, partnerId).setParameter(2, after).getResultList());
            rows.forEach(row -> seen.add((UUID) row[0]));
            last = rows.isEmpty() ? last : ((Number) rows.get(rows.size() - 1)[1]).longValue();
            more = !rows.isEmpty();
        }
        return seen;
    }

    private Map<String, long[]> positions(String partnerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT id, tx_id, seq FROM partner_events WHERE partner_id = ?1").setParameter(1, partnerId)
                .getResultList());
        Map<String, long[]> positions = new HashMap<>();
        rows.forEach(row -> positions.put(row[0].toString(),
                new long[] { ((Number) row[1]).longValue(), ((Number) row[2]).longValue() }));
        return positions;
    }
}
