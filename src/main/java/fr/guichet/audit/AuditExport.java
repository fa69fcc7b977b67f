package fr.guichet.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

import fr.guichet.platform.security.ControllerFilter;
import fr.guichet.platform.stream.ReadOnlyStreams;
import fr.guichet.platform.web.DateRange;

/**
 * The audit log of a period for offline verification: the unbroken run of entries in {@code seq} order from the
 * first entry recorded on or after {@code from} (00:00 UTC) to the last one recorded before the day after
 * {@code to}. Both ends are found on audit_log_recorded_at; the run itself is read on the primary key. A run
 * without gaps is what lets an auditor check every link, and chain one export to the next; because replicas'
 * clocks may differ slightly, an entry at either end may carry a recorded_at just outside the period.
 *
 * <p>A reader granted only some controllers gets the entries of that run that concern them: each line still carries
 * its own {@code prevHash} and {@code hash}, so every entry is checked alone and every link between consecutive
 * {@code seq}s; the whole chain is checked by {@code GET /api/v1/audit/verify}.
 */
@ApplicationScoped
class AuditExport {

    private static final int FETCH_SIZE = 1000;
    private static final HexFormat HEX = HexFormat.of();

    private static final String RUN = """
            WITH bounds AS (
                SELECT (SELECT seq FROM audit_log WHERE recorded_at >= :start
                        ORDER BY recorded_at, seq LIMIT 1) AS first_seq,
                       (SELECT seq FROM audit_log WHERE recorded_at < :end
                        ORDER BY recorded_at DESC, seq DESC LIMIT 1) AS last_seq)
            SELECT a.seq, a.occurred_at, a.recorded_at, a.actor, a.action, a.entity_type, a.entity_id,
                   a.details::text AS details, a.prev_hash, a.hash
            FROM bounds b JOIN audit_log a ON a.seq BETWEEN b.first_seq AND b.last_seq
            %s
            ORDER BY a.seq""";

    /**
     * For a reader granted only some controllers: the entries about their requests, their controllers and the partner
     * events of their requests. Reads the requests' and partner events' controller (docs/architecture.md lists this
     * read); the CASE keeps the uuid cast away from entries whose entity id is not a uuid.
     */
    private static final String WITHIN_CONTROLLERS = """
            WHERE (a.entity_type = 'request' AND EXISTS (SELECT 1 FROM requests r
                       WHERE r.id = CASE WHEN a.entity_type = 'request' THEN CAST(a.entity_id AS uuid) END
                         AND r.controller_id = ANY(CAST(:controllers AS uuid[]))))
               OR (a.entity_type = 'controller' AND a.entity_id = ANY(CAST(:controllers AS text[])))
               OR (a.entity_type = 'partner-event' AND EXISTS (SELECT 1 FROM partner_events e
                       WHERE e.id = CASE WHEN a.entity_type = 'partner-event' THEN CAST(a.entity_id AS uuid) END
                         AND e.controller_id = ANY(CAST(:controllers AS uuid[]))))""";

    private final EntityManager entityManager;
    private final ReadOnlyStreams streams;

    AuditExport(EntityManager entityManager, ReadOnlyStreams streams) {
        this.entityManager = entityManager;
        this.streams = streams;
    }

    @SuppressWarnings("unchecked")
    void forEach(DateRange period, ControllerFilter controllers, Consumer<AuditExportLine> sink) {
        streams.repeatableRead(() -> {
            NativeQuery<Object[]> query = AuditRows.typed(entityManager.createNativeQuery(
                    RUN.formatted(controllers.restricted() ? WITHIN_CONTROLLERS : "")).unwrap(NativeQuery.class));
            if (controllers.restricted()) {
                query.setParameter("controllers", controllers.arrayParameter());
            }
            query.setParameter("start", startOf(period.from()))
                    .setParameter("end", startOf(period.to().plusDays(1)))
                    .setReadOnly(true)
                    .setFetchSize(FETCH_SIZE);
            try (Stream<Object[]> rows = query.getResultStream()) {
                rows.map(AuditExport::line).forEach(sink);
            }
        });
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static AuditExportLine line(Object[] row) {
        return new AuditExportLine((Long) row[0], AuditChain.instant((Instant) row[1]),
                AuditChain.instant((Instant) row[2]), (String) row[3], (String) row[4], (String) row[5],
                (String) row[6], AuditRows.details((String) row[7]), HEX.formatHex((byte[]) row[8]),
                HEX.formatHex((byte[]) row[9]));
    }

}
