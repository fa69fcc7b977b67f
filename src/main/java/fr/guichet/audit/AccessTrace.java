package fr.guichet.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.guichet.platform.security.ControllerFilter;
import fr.guichet.platform.web.Cursor;
import fr.guichet.platform.web.DateRange;
import fr.guichet.platform.web.Page;
import fr.guichet.platform.web.PageRequest;

/**
 * Who looked at what: the trace that health-data law asks for, of every staff view of a requester's identity, every
 * search by e-mail and every download of a response document (table {@code access_trace}, append-only). It holds
 * ids, the request reference and the kind of access, never the identity seen nor the address searched.
 *
 * <p>A trace is written in its own transaction, before the data is shown: if it cannot be written, the data is not
 * shown either.
 */
@ApplicationScoped
public class AccessTrace {

    /** What was seen. */
    public enum Kind {
        IDENTITY_VIEWED, EMAIL_SEARCHED, DOCUMENT_DOWNLOADED
    }

    /** The request whose data was seen: its id, reference and controller. */
    public record Seen(UUID requestId, String reference, UUID controllerId) {
    }

    /** One access, as compliance reads it. */
    public record Access(Instant accessedAt, String actor, Kind kind, UUID requestId, String requestReference,
            UUID documentId) {
    }

    static final int CURSOR_KEYS = 2;

    private final EntityManager entityManager;
    private final Clock clock;

    AccessTrace(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, Kind kind, Optional<Seen> seen, Optional<UUID> documentId) {
        entityManager.createNativeQuery("""
                INSERT INTO access_trace (accessed_at, actor, kind, request_id, request_reference, controller_id,
                                          document_id)
                VALUES (:at, :actor, :kind, :request, :reference, :controller, :document)""")
                .setParameter("at", clock.instant())
                .setParameter("actor", actor)
                .setParameter("kind", kind.name())
                .setParameter("request", seen.map(Seen::requestId).orElse(null))
                .setParameter("reference", seen.map(Seen::reference).orElse(null))
                .setParameter("controller", seen.map(Seen::controllerId).orElse(null))
                .setParameter("document", documentId.orElse(null))
                .executeUpdate();
    }

    /** Records one search by e-mail: one line per request found, or one without a request when none was. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSearch(String actor, List<Seen> found) {
        if (found.isEmpty()) {
            record(actor, Kind.EMAIL_SEARCHED, Optional.empty(), Optional.empty());
        }
        for (Seen seen : found) {
            record(actor, Kind.EMAIL_SEARCHED, Optional.of(seen), Optional.empty());
        }
    }

    /**
     * The accesses of a period (by UTC day), or of one request, most recent first, within the reader's controllers.
     * Accesses tied to no request (a search that found nothing) are shown only to readers of every controller.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Access> page(Optional<DateRange> period, Optional<UUID> requestId, ControllerFilter controllers,
            PageRequest page) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, accessed_at, actor, kind, request_id, request_reference, document_id
                FROM access_trace WHERE TRUE""");
        period.ifPresent(p -> sql.append(" AND accessed_at >= :start AND accessed_at < :end"));
        requestId.ifPresent(id -> sql.append(" AND request_id = :request"));
        sql.append(controllers.condition("controller_id", ":controllers"));
        page.after().ifPresent(keys -> sql.append(" AND (accessed_at, id) < (:afterAt, :afterId)"));
        sql.append(" ORDER BY accessed_at DESC, id DESC LIMIT :limit");
        var query = entityManager.createNativeQuery(sql.toString());
        period.ifPresent(p -> query.setParameter("start", startOf(p.from()))
                .setParameter("end", startOf(p.to().plusDays(1))));
        requestId.ifPresent(id -> query.setParameter("request", id));
        if (controllers.restricted()) {
            query.setParameter("controllers", controllers.parameter());
        }
        page.after().ifPresent(keys -> {
            try {
                query.setParameter("afterAt", Instant.parse(keys.get(0)))
                        .setParameter("afterId", Long.parseLong(keys.get(1)));
            } catch (RuntimeException e) {
                throw new Cursor.InvalidCursorException();
            }
        });
        query.setParameter("limit", page.limit() + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return Page.of(rows, page.limit(), AccessTrace::access,
                row -> Cursor.encode(((Instant) row[1]).toString(), row[0].toString()));
    }

    private static Access access(Object[] row) {
        return new Access((Instant) row[1], (String) row[2], Kind.valueOf((String) row[3]), (UUID) row[4],
                (String) row[5], (UUID) row[6]);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
