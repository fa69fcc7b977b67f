package fr.guichet.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

import fr.guichet.catalog.Right;

/**
 * The register of requests, read from the deadline projection (V7) in one statement: the period filter walks
 * requests_receipt_date in its (receipt_date, id) order, so no sort, and each request's partner events are
 * counted through partner_events_request in the same statement.
 */
@ApplicationScoped
public class RegisterQuery {

    private static final int FETCH_SIZE = 1000;

    private static final String SELECT = """
            SELECT r.reference, r.requested_right, r.channel, r.requester_role, r.receipt_date, r.response_due,
                   r.extended_due, r.effective_due, r.status, r.outcome, r.legal_ground, r.paused, r.paused_days,
                   (r.responded_at AT TIME ZONE c.time_zone)::date AS response_date,
                   (CAST(:now AS timestamptz) AT TIME ZONE c.time_zone)::date AS today,
                   e.acknowledged, e.total, e.last_acknowledged_at
            FROM requests r
            JOIN controllers c ON c.id = r.controller_id
            CROSS JOIN LATERAL (
                SELECT count(*) FILTER (WHERE pe.acknowledged_at IS NOT NULL OR pe.exempt_at IS NOT NULL)
                           AS acknowledged,
                       count(*) AS total, max(pe.acknowledged_at) AS last_acknowledged_at
                FROM partner_events pe WHERE pe.request_id = r.id) e
            WHERE r.receipt_date BETWEEN :from AND :to
            """;
    private static final String BY_PROCESSING = """
              AND EXISTS (SELECT 1 FROM request_processings rp
                          WHERE rp.request_id = r.id AND rp.processing_id = :processing)
            """;
    private static final String ORDER = "ORDER BY r.receipt_date, r.id";

    private final EntityManager entityManager;
    private final Clock clock;

    RegisterQuery(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Streams the rows in receipt order, a fetch at a time through a server-side cursor: the caller's
     * transaction must be open (and read-only, ideally) for as long as the stream runs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public void forEach(RegisterFilter filter, Consumer<RegisterRow> sink) {
        NativeQuery<Object[]> query = entityManager.createNativeQuery(sql(filter)).unwrap(NativeQuery.class);
        scalars(query)
                .setParameter("now", clock.instant())
                .setParameter("from", filter.from())
                .setParameter("to", filter.to())
                .setReadOnly(true)
                .setFetchSize(FETCH_SIZE);
        if (filter.controllers().restricted()) {
            query.setParameter("controllers", filter.controllers().parameter());
        }
        filter.processingId().ifPresent(id -> query.setParameter("processing", id));
        try (Stream<Object[]> rows = query.getResultStream()) {
            rows.map(RegisterQuery::row).forEach(sink);
        }
    }

    static String sql(RegisterFilter filter) {
        return SELECT + filter.controllers().condition("r.controller_id", ":controllers") + "\n"
                + (filter.processingId().isPresent() ? BY_PROCESSING : "") + ORDER;
    }

    private static NativeQuery<Object[]> scalars(NativeQuery<Object[]> query) {
        for (String text : new String[] { "reference", "requested_right", "channel", "requester_role", "status",
                "outcome", "legal_ground" }) {
            query.addScalar(text, String.class);
        }
        for (String date : new String[] { "receipt_date", "response_due", "extended_due", "effective_due",
                "response_date", "today" }) {
            query.addScalar(date, LocalDate.class);
        }
        return query.addScalar("paused", Boolean.class)
                .addScalar("paused_days", Integer.class)
                .addScalar("acknowledged", Long.class)
                .addScalar("total", Long.class)
                .addScalar("last_acknowledged_at", Instant.class);
    }

    /** Columns in the order {@link #scalars} declares them. */
    private static RegisterRow row(Object[] row) {
        RequestStatus status = RequestStatus.valueOf((String) row[4]);
        LocalDate receiptDate = (LocalDate) row[7];
        LocalDate effectiveDue = (LocalDate) row[10];
        LocalDate responseDate = (LocalDate) row[11];
        Integer daysTaken = responseDate == null ? null : (int) ChronoUnit.DAYS.between(receiptDate, responseDate);
        return new RegisterRow((String) row[0], Right.valueOf((String) row[1]), Channel.valueOf((String) row[2]),
                RequesterRole.valueOf((String) row[3]), receiptDate, (LocalDate) row[8], (LocalDate) row[9],
                effectiveDue, status, row[5] == null ? null : Outcome.valueOf((String) row[5]),
                row[6] == null ? null : LegalGround.valueOf((String) row[6]), responseDate, daysTaken,
                Timeliness.of(status, responseDate, effectiveDue, (Boolean) row[13], (LocalDate) row[12]),
                (Integer) row[14], ((Long) row[15]).intValue(), ((Long) row[16]).intValue(), (Instant) row[17]);
    }
}
