package fr.guichet.desk.staff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The e-mail addresses of desk staff, learnt from their tokens ({@link StaffEmailFilter}), so that the desk can
 * write to a request's assignee, who is known only by a token subject. Staff addresses, not patient data, but never
 * logged all the same.
 */
@ApplicationScoped
public class StaffDirectory {

    private final EntityManager entityManager;
    private final Clock clock;
    /**
     * The address last written per subject on this replica, only to skip rewriting an unchanged row on every call:
     * a cache, the table stays the truth (a replica that misses it writes once more, harmlessly).
     */
    private final ConcurrentMap<String, String> written = new ConcurrentHashMap<>();

    StaffDirectory(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The address of the staff member with this token subject, if a token of theirs ever stated one. */
    public Optional<String> email(String subject) {
        @SuppressWarnings("unchecked")
        List<String> found = entityManager.createNativeQuery("SELECT email FROM desk_staff WHERE subject = :subject",
                String.class).setParameter("subject", subject).getResultList();
        return found.stream().findFirst();
    }

    /** Remembers a subject's address when it is new or changed, in its own transaction. */
    void remember(String subject, String email) {
        if (email.equals(written.get(subject))) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO desk_staff (subject, email, seen_at) VALUES (:subject, :email, :now)
                ON CONFLICT (subject) DO UPDATE SET email = EXCLUDED.email, seen_at = EXCLUDED.seen_at
                WHERE desk_staff.email <> EXCLUDED.email""")
                .setParameter("subject", subject)
                .setParameter("email", email)
                .setParameter("now", clock.instant())
                .executeUpdate());
        written.put(subject, email);
    }
}
