package fr.guichet.desk.staff;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import fr.guichet.platform.security.ControllerFilter;
import fr.guichet.platform.security.StaffGrants;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The staff directory: names and e-mail addresses of desk staff as the identity provider states them in their ID
 * token at sign-in (or in the bearer token of an API-only user), learnt by {@link StaffEmailFilter}, so that the desk
 * can offer colleagues by name and write to a request's assignee, who is known only by a token subject. Staff addresses, not patient data, but never
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
        List<String> found = entityManager.createNativeQuery(
                "SELECT email FROM desk_staff WHERE subject = :subject AND email IS NOT NULL",
                String.class).setParameter("subject", subject).getResultList();
        return found.stream().findFirst();
    }

    /** Remembers a subject's address and display name when new or changed, in its own transaction. */
    void remember(String subject, String email, String displayName) {
        String entry = email + "\n" + displayName;
        if (entry.equals(written.get(subject))) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO desk_staff (subject, email, display_name, seen_at) VALUES (:subject, :email, :name, :now)
                ON CONFLICT (subject) DO UPDATE SET email = EXCLUDED.email, display_name = EXCLUDED.display_name,
                    seen_at = EXCLUDED.seen_at
                WHERE desk_staff.email IS DISTINCT FROM EXCLUDED.email
                   OR desk_staff.display_name IS DISTINCT FROM EXCLUDED.display_name""")
                .setParameter("subject", subject)
                .setParameter("email", email)
                .setParameter("name", displayName)
                .setParameter("now", clock.instant())
                .executeUpdate());
        written.put(subject, entry);
    }

    /** A colleague as the directory knows them: the subject, and the name to show (the subject when none). */
    public record Colleague(String subject, String name) {
    }

    /**
     * The colleagues who answer for one of these controllers, by name (their e-mail address when the identity provider
     * gave no name): whom a request of theirs may be given to. A desk's staff, tens of people (bounded all the same).
     */
    public List<Colleague> colleaguesFor(Collection<UUID> controllers) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT s.subject, coalesce(s.display_name, s.email, s.subject) AS name FROM desk_staff s
                WHERE %s
                ORDER BY lower(coalesce(s.display_name, s.email, s.subject)), s.subject LIMIT 500"""
                .formatted(StaffGrants.answersForAnyOf("s.subject")))
                .setParameter("controllers", new ControllerFilter(Optional.of(Set.copyOf(controllers)))
                        .arrayParameter())
                .getResultList();
        return rows.stream().map(row -> new Colleague((String) row[0], (String) row[1])).toList();
    }

    /**
     * The staff who answer for this controller (the grants' one rule, as for {@link #colleaguesFor}) and whose address
     * the desk knows, by subject: whom news of the controller's requests can reach.
     */
    public List<String> addressableFor(UUID controller) {
        @SuppressWarnings("unchecked")
        List<String> subjects = entityManager.createNativeQuery("""
                SELECT s.subject FROM desk_staff s WHERE s.email IS NOT NULL AND %s ORDER BY s.subject LIMIT 500"""
                .formatted(StaffGrants.answersForAnyOf("s.subject")), String.class)
                .setParameter("controllers", new ControllerFilter(Optional.of(Set.of(controller))).arrayParameter())
                .getResultList();
        return subjects;
    }

    /** The names to show for these subjects, in one query; a subject the directory lacks is shown as itself. */
    public Map<String, String> names(Collection<String> subjects) {
        Map<String, String> names = new HashMap<>();
        subjects.forEach(subject -> names.put(subject, subject));
        if (subjects.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT subject, display_name FROM desk_staff WHERE subject IN (:subjects) AND display_name IS NOT NULL")
                .setParameter("subjects", subjects).getResultList();
        rows.forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /** The staff member's name as the identity provider states it, if they ever signed in or called the API. */
    public Optional<String> displayName(String subject) {
        @SuppressWarnings("unchecked")
        List<String> found = entityManager.createNativeQuery(
                "SELECT display_name FROM desk_staff WHERE subject = :subject AND display_name IS NOT NULL",
                String.class).setParameter("subject", subject).getResultList();
        return found.stream().findFirst();
    }
}
