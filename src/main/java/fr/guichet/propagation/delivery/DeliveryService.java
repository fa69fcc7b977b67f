package fr.guichet.propagation.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import fr.guichet.audit.AuditEntry;
import fr.guichet.audit.AuditLog;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.security.CurrentActor;
import fr.guichet.platform.web.Cursor;
import fr.guichet.platform.web.Page;
import fr.guichet.platform.web.PageRequest;

/** What admins see of webhook delivery and the one thing they do to it: replay a failed event. */
@ApplicationScoped
public class DeliveryService {

    private final EntityManager entityManager;
    private final Clock clock;
    private final AuditLog auditLog;
    private final CurrentActor actor;

    DeliveryService(EntityManager entityManager, Clock clock, AuditLog auditLog, CurrentActor actor) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.auditLog = auditLog;
        this.actor = actor;
    }

    /** Deliveries in feed order, optionally of one state and one partner; the cursor is the feed position. */
    @SuppressWarnings("unchecked")
    public Page<DeliveryView> list(DeliveryState state, String partnerId, PageRequest request) {
        String partner = partnerId == null || partnerId.isBlank() ? null : partnerId.trim();
        List<String> conditions = new ArrayList<>(List.of("TRUE"));
        if (state != null) {
            conditions.add("delivery_state = :state");
        }
        if (partner != null) {
            conditions.add("partner_id = :partner");
        }
        request.after().ifPresent(keys -> conditions.add("(tx_id, seq) > (:tx, :seq)"));
        Query query = entityManager.createNativeQuery("SELECT " + DeliveryView.COLUMNS + ", tx_id, seq FROM "
                + "partner_events WHERE " + String.join(" AND ", conditions) + " ORDER BY tx_id, seq LIMIT :limit");
        if (state != null) {
            query.setParameter("state", state.column());
        }
        if (partner != null) {
            query.setParameter("partner", partner);
        }
        request.after().ifPresent(keys -> query.setParameter("tx", position(keys.get(0)))
                .setParameter("seq", position(keys.get(1))));
        List<Object[]> rows = query.setParameter("limit", request.limit() + 1).getResultList();
        return Page.of(rows, request.limit(), DeliveryView::of,
                row -> Cursor.encode(row[11].toString(), row[12].toString()));
    }

    /**
     * Sends a failed event again now, its attempts kept. Its retry window, counted from its creation, has passed:
     * if this attempt fails too, the event fails again at once, so replay once the endpoint is fixed.
     */
    @Transactional
    public DeliveryView replay(UUID eventId) {
        Instant now = clock.instant();
        int replayed = entityManager.createNativeQuery("""
                UPDATE partner_events SET delivery_state = 'PENDING', dead_at = NULL, next_attempt_at = :now
                WHERE id = :id AND delivery_state = 'DEAD'""")
                .setParameter("now", now).setParameter("id", eventId).executeUpdate();
        DeliveryView delivery = get(eventId);
        if (replayed == 0) {
            throw DomainException.conflict("Only a FAILED delivery can be replayed; this one is " + delivery.state()
                    + ".");
        }
        auditLog.append(new AuditEntry(actor.subject(), "DELIVERY_REPLAYED", "partner-event", eventId.toString(), now,
                Map.of("partnerId", delivery.partnerId(), "attempts", Integer.toString(delivery.attempts()))));
        return delivery;
    }

    /** Every attempt at delivering one event, oldest first. */
    public DeliveryAttemptLog attempts(UUID eventId) {
        get(eventId);
        return new DeliveryAttemptLog(eventId, DeliveryAttempt.<DeliveryAttempt>find(
                "eventId = ?1 order by attemptedAt, id", eventId).stream().map(DeliveryAttemptView::of).toList());
    }

    private DeliveryView get(UUID eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT " + DeliveryView.COLUMNS
                + " FROM partner_events WHERE id = :id").setParameter("id", eventId).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("partner event", eventId);
        }
        return DeliveryView.of(rows.get(0));
    }

    private static long position(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new Cursor.InvalidCursorException();
        }
    }
}
