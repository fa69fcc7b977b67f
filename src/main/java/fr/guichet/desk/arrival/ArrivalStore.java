package fr.guichet.desk.arrival;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

import fr.guichet.propagation.delivery.FailedDeliveries;
import fr.guichet.request.RequesterActivity;

/**
 * The arrivals job's own tables (V15), in the caller's transaction. The facts themselves are read through the
 * owning features' services ({@link RequesterActivity}, {@link FailedDeliveries}).
 */
@ApplicationScoped
class ArrivalStore {

    /** The sources read, as desk_arrival_cursors names them. */
    enum Source {
        REQUESTER_STEPS, FAILED_DELIVERIES
    }

    /** A recorded arrival: codes and the reference only, never identity or content. */
    record Arrival(UUID id, ArrivalKind kind, UUID requestId, String reference, UUID controllerId, String partnerId,
            Instant noticedAt) {
    }

    /** An arrival still to tell one recipient about. */
    record Unsent(Arrival arrival, String recipient) {
    }

    /** A recipient with arrivals to hear of: the oldest one's instant and their previous digest's, if any. */
    record Waiting(String recipient, Instant oldestNoticedAt, Instant previousDigest) {
    }

    private static final String ARRIVAL_COLUMNS = "a.id, a.kind, a.request_id, a.request_reference, a.controller_id, "
            + "a.partner_id, a.noticed_at";

    private final EntityManager entityManager;

    ArrivalStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Takes the arrivals job's lock until the transaction ends, or answers false at once if another replica holds
     * it. The two-int form lives in its own key space, apart from Flyway's single-bigint lock.
     */
    boolean tryLock() {
        return (Boolean) entityManager.createNativeQuery(
                "SELECT pg_try_advisory_xact_lock(hashtext('guichet'), hashtext('desk-arrivals'))").getSingleResult();
    }

    Optional<Instant> readTo(Source source) {
        @SuppressWarnings("unchecked")
        List<Instant> found = entityManager.createNativeQuery(
                "SELECT read_to FROM desk_arrival_cursors WHERE source = :source", Instant.class)
                .setParameter("source", source.name()).getResultList();
        return found.stream().findFirst();
    }

    /** Moves the source's cursor forward to {@code readTo}, never back. */
    void advance(Source source, Instant readTo) {
        entityManager.createNativeQuery("""
                INSERT INTO desk_arrival_cursors (source, read_to) VALUES (:source, :readTo)
                ON CONFLICT (source) DO UPDATE SET read_to = greatest(desk_arrival_cursors.read_to, EXCLUDED.read_to)""")
                .setParameter("source", source.name()).setParameter("readTo", readTo).executeUpdate();
    }

    /**
     * Records the person's step unless it was already; true when this call recorded it. Of two transactions
     * inserting the same fact, the second waits for the first and then inserts nothing.
     */
    boolean recordStep(UUID id, ArrivalKind kind, RequesterActivity.Step step, Instant now) {
        return entityManager.createNativeQuery("""
                INSERT INTO desk_arrivals (id, kind, request_id, request_reference, controller_id, history_seq,
                                           occurred_at, noticed_at)
                VALUES (:id, :kind, :request, :reference, :controller, :seq, :occurred, :now)
                ON CONFLICT DO NOTHING""")
                .setParameter("id", id).setParameter("kind", kind.name())
                .setParameter("request", step.requestId()).setParameter("reference", step.reference())
                .setParameter("controller", step.controllerId()).setParameter("seq", step.seq())
                .setParameter("occurred", step.recordedAt()).setParameter("now", now)
                .executeUpdate() == 1;
    }

    /** As {@link #recordStep}, for a delivery that failed for good. */
    boolean recordFailure(UUID id, FailedDeliveries.Failure failure, Instant now) {
        return entityManager.createNativeQuery("""
                INSERT INTO desk_arrivals (id, kind, request_id, request_reference, controller_id, partner_event_id,
                                           partner_id, failed_at, occurred_at, noticed_at)
                VALUES (:id, :kind, :request, :reference, :controller, :event, :partner, :failed, :failed, :now)
                ON CONFLICT DO NOTHING""")
                .setParameter("id", id).setParameter("kind", ArrivalKind.DELIVERY_FAILED.name())
                .setParameter("request", failure.requestId()).setParameter("reference", failure.requestReference())
                .setParameter("controller", failure.controllerId()).setParameter("event", failure.eventId())
                .setParameter("partner", failure.partnerId()).setParameter("failed", failure.failedAt())
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    void addNotice(UUID arrivalId, String recipient) {
        entityManager.createNativeQuery("""
                INSERT INTO desk_arrival_notices (arrival_id, recipient) VALUES (:arrival, :recipient)
                ON CONFLICT DO NOTHING""")
                .setParameter("arrival", arrivalId).setParameter("recipient", recipient).executeUpdate();
    }

    /** Notices still to send, oldest arrival first, through desk_arrival_notices_unsent. */
    @SuppressWarnings("unchecked")
    List<Unsent> unsent(int limit) {
        List<Object[]> rows = arrivalScalars(entityManager.createNativeQuery("""
                SELECT %s, n.recipient FROM desk_arrival_notices n JOIN desk_arrivals a ON a.id = n.arrival_id
                WHERE n.mail_id IS NULL
                ORDER BY a.noticed_at, a.id, n.recipient
                LIMIT :limit""".formatted(ARRIVAL_COLUMNS)).unwrap(NativeQuery.class))
                .addScalar("recipient", String.class)
                .setParameter("limit", limit).getResultList();
        return rows.stream().map(row -> new Unsent(arrival(row), (String) row[7])).toList();
    }

    /** Recipients with notices still to send, in recipient order after {@code after}, with their digest times. */
    @SuppressWarnings("unchecked")
    List<Waiting> waiting(String after, int limit) {
        NativeQuery<Object[]> query = entityManager.createNativeQuery("""
                SELECT n.recipient, min(a.noticed_at) AS oldest, d.sent_at
                FROM desk_arrival_notices n
                JOIN desk_arrivals a ON a.id = n.arrival_id
                LEFT JOIN desk_arrival_digests d ON d.recipient = n.recipient
                WHERE n.mail_id IS NULL %s
                GROUP BY n.recipient, d.sent_at
                ORDER BY n.recipient
                LIMIT :limit""".formatted(after == null ? "" : "AND n.recipient > :after"))
                .unwrap(NativeQuery.class)
                .addScalar("recipient", String.class)
                .addScalar("oldest", Instant.class)
                .addScalar("sent_at", Instant.class);
        query.setParameter("limit", limit);
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.getResultList().stream()
                .map(row -> new Waiting((String) row[0], (Instant) row[1], (Instant) row[2])).toList();
    }

    /** Everything one recipient has still to hear of, oldest first: the content of their digest. */
    @SuppressWarnings("unchecked")
    List<Arrival> unsentFor(String recipient) {
        List<Object[]> rows = arrivalScalars(entityManager.createNativeQuery("""
                SELECT %s FROM desk_arrival_notices n JOIN desk_arrivals a ON a.id = n.arrival_id
                WHERE n.mail_id IS NULL AND n.recipient = :recipient
                ORDER BY a.noticed_at, a.id""".formatted(ARRIVAL_COLUMNS)).unwrap(NativeQuery.class))
                .setParameter("recipient", recipient).getResultList();
        return rows.stream().map(ArrivalStore::arrival).toList();
    }

    /** Attaches the queued e-mail to the notices it told; only notices not yet sent, so a notice is sent once. */
    int markSent(List<UUID> arrivalIds, String recipient, UUID mailId) {
        return entityManager.createNativeQuery("""
                UPDATE desk_arrival_notices SET mail_id = :mail
                WHERE recipient = :recipient AND arrival_id = ANY(:arrivals) AND mail_id IS NULL""")
                .setParameter("mail", mailId).setParameter("recipient", recipient)
                .setParameter("arrivals", arrivalIds.toArray(UUID[]::new)).executeUpdate();
    }

    void digestSent(String recipient, Instant now) {
        entityManager.createNativeQuery("""
                INSERT INTO desk_arrival_digests (recipient, sent_at) VALUES (:recipient, :now)
                ON CONFLICT (recipient) DO UPDATE SET sent_at = EXCLUDED.sent_at""")
                .setParameter("recipient", recipient).setParameter("now", now).executeUpdate();
    }

    private static NativeQuery<Object[]> arrivalScalars(NativeQuery<Object[]> query) {
        return query.addScalar("id", UUID.class)
                .addScalar("kind", String.class)
                .addScalar("request_id", UUID.class)
                .addScalar("request_reference", String.class)
                .addScalar("controller_id", UUID.class)
                .addScalar("partner_id", String.class)
                .addScalar("noticed_at", Instant.class);
    }

    /** The first seven columns, in the order {@link #arrivalScalars} declares them. */
    private static Arrival arrival(Object[] row) {
        return new Arrival((UUID) row[0], ArrivalKind.valueOf((String) row[1]), (UUID) row[2], (String) row[3],
                (UUID) row[4], (String) row[5], (Instant) row[6]);
    }
}
