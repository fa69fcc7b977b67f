package fr.guichet.propagation;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import fr.guichet.audit.AuditEntry;
import fr.guichet.audit.AuditLog;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.security.StaffScope;

/**
 * Art. 19 exemptions: informing a recipient would involve disproportionate effort. Staff record it once, with a
 * justification; it settles the event like an acknowledgement, so the request can close.
 */
@ApplicationScoped
class Exemptions {

    private final EntityManager entityManager;
    private final AuditLog audit;
    private final Clock clock;

    Exemptions(EntityManager entityManager, AuditLog audit, Clock clock) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    PropagationView exempt(UUID eventId, String justification, String actor, StaffScope scope) {
        // Locked, so that a partner's acknowledgement arriving meanwhile waits, then finds the event settled.
        PartnerEvent event = entityManager.find(PartnerEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null || !scope.allows(event.controllerId)) {
            throw DomainException.notFound("partner event", eventId);
        }
        if (event.acknowledgedAt != null || event.exemptAt != null) {
            throw DomainException.conflict("The partner event is already "
                    + (event.acknowledgedAt != null ? "acknowledged" : "exempt") + "; nothing to exempt.");
        }
        Instant now = clock.instant();
        event.exemptAt = now;
        event.exemptedBy = actor;
        event.exemptionJustification = justification.strip();
        entityManager.flush();
        // The justification is staff's free text: it stays on the event, out of the audit log.
        audit.append(new AuditEntry(actor, "PARTNER_EVENT_EXEMPTED", "partner-event", eventId.toString(), now,
                Map.of("partnerId", event.partnerId, "requestId", event.requestId.toString())));
        return PropagationView.of(event);
    }
}
