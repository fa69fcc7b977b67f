package fr.guichet.propagation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.guichet.audit.AuditEntry;
import fr.guichet.audit.AuditLog;
import fr.guichet.platform.error.DomainException;

/**
 * Partners acknowledge the events they applied (Art. 19 proof). Idempotent: an event's acknowledgement time is
 * set once and never moved. All or nothing: one id that is not the partner's refuses the whole call.
 */
@ApplicationScoped
class Acknowledgements {

    static final int MAX_IDS = 1000;

    private final EntityManager entityManager;
    private final AuditLog audit;
    private final Clock clock;

    Acknowledgements(EntityManager entityManager, AuditLog audit, Clock clock) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    AckResult acknowledge(String partnerId, List<UUID> eventIds) {
        Set<UUID> ids = new HashSet<>(eventIds);
        Set<UUID> unknown = new TreeSet<>(ids);
        unknown.removeAll(entityManager.createQuery(
                "select e.id from PartnerEvent e where e.partnerId = :partner and e.id in :ids", UUID.class)
                .setParameter("partner", partnerId).setParameter("ids", ids).getResultList());
        if (!unknown.isEmpty()) {
            // The same answer whether an id exists for another partner or not at all: nothing leaks across partners.
            throw DomainException.ruleViolation("eventIds", "not events of this partner: "
                    + AuditEntry.listed(unknown));
        }
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<UUID> acknowledged = entityManager.createNativeQuery("""
                UPDATE partner_events SET acknowledged_at = :now
                WHERE partner_id = :partner AND id IN (:ids) AND acknowledged_at IS NULL
                RETURNING id""", UUID.class)
                .setParameter("now", now).setParameter("partner", partnerId).setParameter("ids", ids)
                .getResultList();
        audit.append(new AuditEntry(partnerId, "PARTNER_EVENTS_ACKNOWLEDGED", "partner", partnerId, now,
                Map.of("acknowledged", Integer.toString(acknowledged.size()),
                        "alreadyAcknowledged", Integer.toString(ids.size() - acknowledged.size()),
                        "eventIds", AuditEntry.listed(acknowledged))));
        return new AckResult(acknowledged.size(), ids.size() - acknowledged.size());
    }
}
