package fr.guichet.desk.console;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * When each staff member last looked at the queue page ({@code desk_staff.queue_seen_at}, V14), so that the page
 * marks the requests recorded since. The staff directory's row exists from sign-in on; without it nothing is marked.
 */
@ApplicationScoped
public class QueueVisits {

    private final EntityManager entityManager;

    QueueVisits(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The staff member's previous visit; empty before the first one. */
    @Transactional
    public Optional<Instant> previous(String subject) {
        @SuppressWarnings("unchecked")
        List<Object> found = entityManager.createNativeQuery(
                "SELECT queue_seen_at FROM desk_staff WHERE subject = :subject AND queue_seen_at IS NOT NULL")
                .setParameter("subject", subject).getResultList();
        return found.stream().findFirst().map(QueueVisits::instant);
    }

    /** Records a visit, in its own transaction; never moves the mark backwards (two tabs, two replicas). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String subject, Instant at) {
        entityManager.createNativeQuery("""
                UPDATE desk_staff SET queue_seen_at = :at
                WHERE subject = :subject AND (queue_seen_at IS NULL OR queue_seen_at < :at)""")
                .setParameter("subject", subject).setParameter("at", at).executeUpdate();
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }
}
