package fr.guichet.platform.security;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Which controllers each staff member answers for (tables {@code staff_grants} and {@code staff_grant_controllers},
 * keyed by the identity provider's {@code sub}). Administrators change them through the catalogue's staff API, which
 * audits the change; every staff read and write asks {@link CallerScope}, which reads them here.
 */
@ApplicationScoped
public class StaffGrants {

    private final EntityManager entityManager;
    private final Clock clock;

    StaffGrants(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * An SQL condition, true when the staff member whose subject is in {@code subjectColumn} answers for every
     * controller or for one of those bound to {@code :controllers} (a uuid[] literal, {@link
     * ControllerFilter#arrayParameter}): the one definition of "may see these requests" for queries of other tables.
     */
    public static String answersForAnyOf(String subjectColumn) {
        return "EXISTS (SELECT 1 FROM staff_grants g WHERE g.subject = " + subjectColumn + " AND (g.all_controllers"
                + " OR EXISTS (SELECT 1 FROM staff_grant_controllers c WHERE c.subject = g.subject"
                + " AND c.controller_id = ANY(CAST(:controllers AS uuid[])))))";
    }

    /** The subject's scope; {@link StaffScope#NONE} for a subject no administrator granted anything. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffScope scopeOf(String subject) {
        return granted(subject).orElse(StaffScope.NONE);
    }

    /** The subject's grant as recorded, or empty when it was never recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffScope> granted(String subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT g.all_controllers, c.controller_id FROM staff_grants g
                LEFT JOIN staff_grant_controllers c ON c.subject = g.subject
                WHERE g.subject = :subject""").setParameter("subject", subject).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<UUID> controllers = new HashSet<>();
        for (Object[] row : rows) {
            if (row[1] != null) {
                controllers.add((UUID) row[1]);
            }
        }
        return Optional.of(new StaffScope(Boolean.TRUE.equals(rows.get(0)[0]), controllers));
    }

    /**
     * Replaces the subject's grant in the caller's transaction (the caller audits it there). The controller ids must
     * exist: the foreign key refuses others.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(String subject, StaffScope scope, String actor) {
        entityManager.createNativeQuery("""
                INSERT INTO staff_grants (subject, all_controllers, updated_at, updated_by)
                VALUES (:subject, :all, :now, :actor)
                ON CONFLICT (subject) DO UPDATE SET all_controllers = EXCLUDED.all_controllers,
                    updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by""")
                .setParameter("subject", subject).setParameter("all", scope.allControllers())
                .setParameter("now", clock.instant()).setParameter("actor", actor).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM staff_grant_controllers WHERE subject = :subject")
                .setParameter("subject", subject).executeUpdate();
        for (UUID controller : scope.controllerIds()) {
            entityManager.createNativeQuery(
                    "INSERT INTO staff_grant_controllers (subject, controller_id) VALUES (:subject, :controller)")
                    .setParameter("subject", subject).setParameter("controller", controller).executeUpdate();
        }
    }
}
