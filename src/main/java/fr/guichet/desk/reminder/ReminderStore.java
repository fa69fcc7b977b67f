package fr.guichet.desk.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

import fr.guichet.catalog.Right;
import fr.guichet.request.RequestStatus;

/**
 * The reminder job's SQL, run in the caller's transaction. The scans read the request's deadline projection and the
 * partner events' settlement columns directly (as the webhook claim reads the partners' webhook columns), so that
 * each batch is one indexed statement; everything else goes through the owning features' services.
 */
@ApplicationScoped
class ReminderStore {

    /** The request fields a reminder and its audit entry carry: codes, never identity. */
    record RequestRef(UUID id, String reference, UUID controllerId, Right right, RequestStatus status,
            String assignee) {
    }

    /** A request found by a scan, and its keyset position in that scan. */
    interface Candidate<K> {
        RequestRef request();

        K position();
    }

    record DeadlinePosition(LocalDate internalTarget, UUID requestId) {
    }

    record DeadlineCandidate(RequestRef request, boolean paused, LocalDate effectiveDue, LocalDate internalTarget)
            implements Candidate<DeadlinePosition> {
        @Override
        public DeadlinePosition position() {
            return new DeadlinePosition(internalTarget, request.id());
        }
    }

    /** A request with partner events still unsettled; {@code firstOccurredAt} is the earliest such event's. */
    record PartnerCandidate(RequestRef request, Instant firstOccurredAt) implements Candidate<UUID> {
        @Override
        public UUID position() {
            return request.id();
        }
    }

    /** The statuses that owe an answer, from {@link RequestStatus#awaitsAnswer()}; V10's partial index lists them. */
    static final String OWING = Arrays.stream(RequestStatus.values()).filter(RequestStatus::awaitsAnswer)
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "));

    /**
     * Requests still owing an answer whose internal target is reached in some time zone (the effective deadline is
     * never before it), in requests_owing_internal_target order. Those already reminded as overdue for their
     * current deadline are skipped: nothing more can be due for them until the deadline moves.
     */
    static final String DEADLINE_SCAN = """
            SELECT r.id, r.reference, r.controller_id, r.requested_right, r.status, r.assignee,
                   r.paused, r.effective_due, r.internal_target
            FROM requests r
            WHERE r.status IN (%s) AND r.internal_target <= :horizon %s
              AND NOT EXISTS (SELECT 1 FROM desk_reminders d
                              WHERE d.request_id = r.id AND d.threshold = 'OVERDUE' AND d.due_date = r.effective_due)
            ORDER BY r.internal_target, r.id
            LIMIT :batch""";
    static final String DEADLINE_AFTER = "AND (r.internal_target, r.id) > (:afterTarget, :afterId)";

    /** Requests with unsettled partner events, through partner_events_unsettled in request order. */
    static final String PARTNER_SCAN = """
            SELECT r.id, r.reference, r.controller_id, r.requested_right, r.status, r.assignee, u.first_occurred_at
            FROM (SELECT e.request_id, min(e.occurred_at) AS first_occurred_at
                  FROM partner_events e
                  WHERE e.acknowledged_at IS NULL AND e.exempt_at IS NULL %s
                  GROUP BY e.request_id
                  ORDER BY e.request_id
                  LIMIT :batch) u
            JOIN requests r ON r.id = u.request_id
            ORDER BY r.id""";
    static final String PARTNER_AFTER = "AND e.request_id > :after";

    private final EntityManager entityManager;

    ReminderStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Takes the reminder job's lock until the transaction ends, or answers false at once if another replica holds
     * it. The two-int form lives in its own key space, apart from Flyway's single-bigint lock.
     */
    boolean tryLock() {
        return (Boolean) entityManager.createNativeQuery(
                "SELECT pg_try_advisory_xact_lock(hashtext('guichet'), hashtext('desk-reminders'))").getSingleResult();
    }

    @SuppressWarnings("unchecked")
    List<DeadlineCandidate> deadlineCandidates(DeadlinePosition after, LocalDate horizon, int batch) {
        NativeQuery<Object[]> query = scalars(entityManager.createNativeQuery(
                String.format(DEADLINE_SCAN, OWING, after == null ? "" : DEADLINE_AFTER)).unwrap(NativeQuery.class))
                .addScalar("paused", Boolean.class)
                .addScalar("effective_due", LocalDate.class)
                .addScalar("internal_target", LocalDate.class);
        query.setParameter("horizon", horizon).setParameter("batch", batch);
        if (after != null) {
            query.setParameter("afterTarget", after.internalTarget()).setParameter("afterId", after.requestId());
        }
        return query.getResultList().stream()
                .map(row -> new DeadlineCandidate(request(row), (Boolean) row[6], (LocalDate) row[7],
                        (LocalDate) row[8]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    List<PartnerCandidate> partnerCandidates(UUID after, int batch) {
        NativeQuery<Object[]> query = scalars(entityManager.createNativeQuery(
                String.format(PARTNER_SCAN, after == null ? "" : PARTNER_AFTER)).unwrap(NativeQuery.class))
                .addScalar("first_occurred_at", Instant.class);
        query.setParameter("batch", batch);
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.getResultList().stream().map(row -> new PartnerCandidate(request(row), (Instant) row[6]))
                .toList();
    }

    /**
     * Records a reminder unless it exists; true when this call recorded it. Of two transactions inserting the same
     * key, the second waits for the first and then inserts nothing: the database, not the job, makes it once-only.
     */
    boolean record(UUID requestId, ReminderRules.Due due, Recipient recipient, String assignee, Instant now) {
        return entityManager.createNativeQuery("""
                INSERT INTO desk_reminders (request_id, threshold, due_date, recipient, assignee, queued_at)
                VALUES (:request, :threshold, :due, :recipient, :assignee, :now)
                ON CONFLICT DO NOTHING""")
                .setParameter("request", requestId)
                .setParameter("threshold", due.threshold().name())
                .setParameter("due", due.date())
                .setParameter("recipient", recipient.name())
                .setParameter("assignee", assignee)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    void attachMail(UUID requestId, ReminderRules.Due due, UUID mailId) {
        entityManager.createNativeQuery("""
                UPDATE desk_reminders SET mail_id = :mail
                WHERE request_id = :request AND threshold = :threshold AND due_date = :due""")
                .setParameter("mail", mailId)
                .setParameter("request", requestId)
                .setParameter("threshold", due.threshold().name())
                .setParameter("due", due.date())
                .executeUpdate();
    }

    private static NativeQuery<Object[]> scalars(NativeQuery<Object[]> query) {
        return query.addScalar("id", UUID.class)
                .addScalar("reference", String.class)
                .addScalar("controller_id", UUID.class)
                .addScalar("requested_right", String.class)
                .addScalar("status", String.class)
                .addScalar("assignee", String.class);
    }

    /** The first six columns, in the order {@link #scalars} declares them. */
    private static RequestRef request(Object[] row) {
        return new RequestRef((UUID) row[0], (String) row[1], (UUID) row[2], Right.valueOf((String) row[3]),
                RequestStatus.valueOf((String) row[4]), (String) row[5]);
    }
}
