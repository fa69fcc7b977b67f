package fr.guichet.request;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

/**
 * The flags in force at a feed position, for the partner snapshot. A flag records the transactions that set and
 * lifted it ({@code set_tx}, {@code lifted_tx}, V4 migration), the same ids that order partner events, so "in force
 * at position {@code boundary}" means: set by a transaction before {@code boundary}, and not lifted by one.
 */
@ApplicationScoped
public class FlagSnapshots {

    private static final int FETCH_SIZE = 500;

    /**
     * Two index-served halves: flags still in force (partial index flags_in_force_by_processing) and the few lifted
     * at or after the boundary (flags_lifted_tx, V5). A lift that has not committed yet is seen as not lifted.
     */
    private static final String IN_FORCE_AT = """
            SELECT f.type, f.processing_id, f.study_id, f.participant_code, f.set_at, r.reference
            FROM flags f JOIN requests r ON r.id = f.set_by_request_id
            WHERE f.processing_id IN (:processings) AND f.set_tx < :boundary AND f.lifted_at IS NULL
            UNION ALL
            SELECT f.type, f.processing_id, f.study_id, f.participant_code, f.set_at, r.reference
            FROM flags f JOIN requests r ON r.id = f.set_by_request_id
            WHERE f.processing_id IN (:processings) AND f.set_tx < :boundary AND f.lifted_tx >= :boundary""";

    private final EntityManager entityManager;

    FlagSnapshots(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Streams, in no particular order, the flags on these processings that were in force at {@code boundary} (a
     * transaction id). The caller's transaction decides what is visible: every transaction before the boundary
     * must have ended before it began, as with {@code pg_snapshot_xmin} of its snapshot.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public void forEachInForce(Collection<UUID> processingIds, long boundary, Consumer<FlagRecord> sink) {
        if (processingIds.isEmpty()) {
            return;
        }
        NativeQuery<Object[]> query = entityManager.createNativeQuery(IN_FORCE_AT).unwrap(NativeQuery.class)
                .addScalar("type", String.class)
                .addScalar("processing_id", UUID.class)
                .addScalar("study_id", UUID.class)
                .addScalar("participant_code", String.class)
                .addScalar("set_at", Instant.class)
                .addScalar("reference", String.class)
                .setParameter("processings", processingIds)
                .setParameter("boundary", boundary)
                .setReadOnly(true)
                .setFetchSize(FETCH_SIZE);
        try (Stream<Object[]> rows = query.getResultStream()) {
            rows.map(row -> new FlagRecord(FlagType.valueOf((String) row[0]), (UUID) row[1], (UUID) row[2],
                    (String) row[3], (Instant) row[4], (String) row[5])).forEach(sink);
        }
    }
}
