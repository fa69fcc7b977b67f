package fr.guichet.propagation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.stream.ReadOnlyStreams;

/**
 * A partner's events in the feed's total order, {@code (tx_id, seq)}. Only <em>released</em> events are read:
 * those whose transaction is older than every transaction still running ({@link #RELEASE_BOUNDARY}). A
 * transaction that commits late therefore cannot land behind a position a poller already passed: its events stay
 * invisible until every older transaction has ended, and then they come after that position (V4 migration).
 */
@ApplicationScoped
class PartnerFeed {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final int STREAM_BATCH = 500;

    /** The oldest transaction still running: every transaction with a smaller id has ended, committed or not. */
    static final String RELEASE_BOUNDARY = "pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

    /**
     * The boundary is a sub-select, computed once per statement, so that it is an index condition. With the limit,
     * PostgreSQL walks partner_events_feed in order from the cursor (FeedAtScaleTest shows the plan).
     */
    static final String PAGE = """
            SELECT id, type, occurred_at, controller_id, processing_id, study_id, participant_code, request_reference,
                   tx_id, seq
            FROM partner_events
            WHERE partner_id = :partner AND (tx_id, seq) > (:tx, :seq)
              AND tx_id < (SELECT %s)
            ORDER BY tx_id, seq
            LIMIT :limit""".formatted(RELEASE_BOUNDARY);

    private final EntityManager entityManager;
    private final ReadOnlyStreams streams;

    PartnerFeed(EntityManager entityManager, ReadOnlyStreams streams) {
        this.entityManager = entityManager;
        this.streams = streams;
    }

    /** Parses the {@code limit} parameter: 1 to {@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} when absent. */
    static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range number
        }
        throw DomainException.invalidInput("limit", "must be an integer from 1 to " + MAX_LIMIT);
    }

    /** At most {@code limit} released events after {@code after}. */
    @Transactional
    FeedPage page(String partnerId, FeedCursor after, int limit) {
        List<Row> rows = rows(partnerId, after, limit);
        String next = rows.isEmpty() ? after.encode() : rows.get(rows.size() - 1).position().encode();
        return new FeedPage(rows.stream().map(Row::event).toList(), next);
    }

    /**
     * Every released event after {@code after}, in batches of one repeatable-read snapshot: constant memory, and
     * each batch an ordered index walk. One query over all of a partner's events would have PostgreSQL sort them
     * all before sending the first.
     */
    void stream(String partnerId, FeedCursor after, Consumer<FeedLine> sink) {
        streams.repeatableRead(() -> {
            FeedCursor position = after;
            List<Row> batch;
            do {
                batch = rows(partnerId, position, STREAM_BATCH);
                batch.forEach(row -> sink.accept(new FeedLine(row.position().encode(), row.event())));
                position = batch.isEmpty() ? position : batch.get(batch.size() - 1).position();
            } while (batch.size() == STREAM_BATCH);
        });
    }

    private record Row(FeedCursor position, PartnerEventPayload event) {
    }

    @SuppressWarnings("unchecked")
    private List<Row> rows(String partnerId, FeedCursor after, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery(PAGE).unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("type", String.class)
                .addScalar("occurred_at", Instant.class)
                .addScalar("controller_id", UUID.class)
                .addScalar("processing_id", UUID.class)
                .addScalar("study_id", UUID.class)
                .addScalar("participant_code", String.class)
                .addScalar("request_reference", String.class)
                .addScalar("tx_id", Long.class)
                .addScalar("seq", Long.class)
                .setParameter("partner", partnerId)
                .setParameter("tx", after.txId())
                .setParameter("seq", after.seq())
                .setParameter("limit", limit)
                .setReadOnly(true)
                .getResultList();
        return rows.stream().map(PartnerFeed::row).toList();
    }

    private static Row row(Object[] row) {
        PartnerEventPayload event = new PartnerEventPayload(PartnerEventPayload.VERSION, (UUID) row[0],
                PartnerEventType.ofWireName((String) row[1]), (Instant) row[2], (UUID) row[3], (UUID) row[4],
                (UUID) row[5], (String) row[6], (String) row[7]);
        return new Row(new FeedCursor((Long) row[8], (Long) row[9]), event);
    }
}
