package fr.guichet.request;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

/**
 * What people did themselves on the web, read back from request history for those who must hear of it: a confirmed
 * web filing, an answer to the desk's question, a withdrawal. History is never rewritten, so these are durable facts.
 */
@ApplicationScoped
public class RequesterActivity {

    /** The actor the history records for what the person does themself on the web. */
    public static final String ACTOR = "requester";

    /** A step the person took, with the request's reference and controller: codes only, never identity or content. */
    public record Step(UUID requestId, int seq, String event, Instant recordedAt, String reference,
            UUID controllerId) {

        public boolean filed() {
            return HistoryEntry.FILED.equals(event);
        }

        public boolean answered() {
            return Action.INFORMATION_RECEIVED.name().equals(event);
        }

        public boolean withdrew() {
            return Action.WITHDRAW.name().equals(event);
        }
    }

    /** A keyset position in {@link #since}'s order. */
    public record Position(Instant recordedAt, UUID requestId, int seq) {
    }

    /** The events read; V15's partial index request_history_requester_steps lists the same (a plan test checks). */
    static final String EVENTS = "'" + HistoryEntry.FILED + "', '" + Action.INFORMATION_RECEIVED + "', '"
            + Action.WITHDRAW + "'";

    static final String SCAN = """
            SELECT h.request_id, h.seq, h.event, h.recorded_at, r.reference, r.controller_id
            FROM request_history h JOIN requests r ON r.id = h.request_id
            WHERE h.actor = '%s' AND h.event IN (%s) AND h.recorded_at >= :from %s
            ORDER BY h.recorded_at, h.request_id, h.seq
            LIMIT :limit""";
    static final String AFTER = "AND (h.recorded_at, h.request_id, h.seq) > (:afterAt, :afterRequest, :afterSeq)";

    private final EntityManager entityManager;

    RequesterActivity(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The person's steps recorded at or after {@code from}, in recording order, after {@code after} when given. */
    @SuppressWarnings("unchecked")
    public List<Step> since(Instant from, Position after, int limit) {
        NativeQuery<Object[]> query = entityManager.createNativeQuery(
                String.format(SCAN, ACTOR, EVENTS, after == null ? "" : AFTER)).unwrap(NativeQuery.class)
                .addScalar("request_id", UUID.class)
                .addScalar("seq", Integer.class)
                .addScalar("event", String.class)
                .addScalar("recorded_at", Instant.class)
                .addScalar("reference", String.class)
                .addScalar("controller_id", UUID.class);
        query.setParameter("from", from).setParameter("limit", limit);
        if (after != null) {
            query.setParameter("afterAt", after.recordedAt()).setParameter("afterRequest", after.requestId())
                    .setParameter("afterSeq", after.seq());
        }
        return query.getResultList().stream().map(row -> new Step((UUID) row[0], (Integer) row[1],
                (String) row[2], (Instant) row[3], (String) row[4], (UUID) row[5])).toList();
    }
}
