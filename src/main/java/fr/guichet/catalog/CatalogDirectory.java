package fr.guichet.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.security.ControllerFilter;

/** What other features read from the catalogue, in a few queries, without touching its entities. */
@ApplicationScoped
public class CatalogDirectory {

    private final EntityManager entityManager;

    CatalogDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The processings with these ids, in id order; 422 naming any id that is not a processing. */
    public List<ProcessingView> processings(Collection<UUID> ids) {
        List<ProcessingView> found = entityManager.createQuery(
                "select p from Processing p join fetch p.controller where p.id in :ids order by p.id", Processing.class)
                .setParameter("ids", ids).getResultStream().map(ProcessingView::of).toList();
        Set<UUID> known = found.stream().map(ProcessingView::id).collect(Collectors.toSet());
        List<String> unknown = ids.stream().filter(id -> !known.contains(id)).map(UUID::toString).sorted().toList();
        if (!unknown.isEmpty()) {
            throw DomainException.ruleViolation("processingIds", "unknown processing(s): " + String.join(", ", unknown));
        }
        return found;
    }

    public ControllerView controller(UUID id) {
        Controller controller = Controller.findById(id);
        if (controller == null) {
            throw DomainException.notFound("controller", id);
        }
        return ControllerView.of(controller);
    }

    /** The controllers with these ids, in one query; ids that are not controllers are absent from the map. */
    public Map<UUID, ControllerView> controllers(Collection<UUID> ids) {
        return entityManager.createQuery("select c from Controller c where c.id in :ids", Controller.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(controller -> controller.id, ControllerView::of));
    }

    public Optional<StudyView> study(UUID id) {
        return Study.<Study>findByIdOptional(id).map(StudyView::of);
    }

    /** The studies that feed any of these processings, by name. */
    public List<StudyView> studiesFeeding(Collection<UUID> processingIds) {
        if (processingIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select distinct s from Study s left join fetch s.processingIds
                where s.id in (select f.id from Study f join f.processingIds p where p in :ids)
                order by s.name""", Study.class)
                .setParameter("ids", processingIds).getResultList().stream().map(StudyView::of).toList();
    }

    /** The processings a partner serves; empty when no partner has this id (say, a token's unknown subject). */
    public Optional<Set<UUID>> processingsServedBy(String partnerId) {
        return Partner.<Partner>findByIdOptional(partnerId).map(partner -> Set.copyOf(partner.processingIds));
    }

    /** For each processing, the ids of the partners that receive it (sorted, so events are written in one order). */
    public Map<UUID, List<String>> partnersServing(Collection<UUID> processingIds) {
        Map<UUID, List<String>> partners = new TreeMap<>();
        processingIds.forEach(id -> partners.put(id, new ArrayList<>()));
        entityManager.createQuery("select p.id, pp from Partner p join p.processingIds pp where pp in :ids "
                + "order by p.id", Object[].class)
                .setParameter("ids", processingIds).getResultStream()
                .forEach(row -> partners.get((UUID) row[1]).add((String) row[0]));
        return partners;
    }

    /** The controllers a listing may show (a staff member's grant), by name: what a page offers to choose from. */
    public List<ControllerView> controllersIn(ControllerFilter scope) {
        var query = entityManager.createQuery("select c from Controller c"
                + (scope.restricted() ? " where c.id in :ids" : "") + " order by c.name, c.id", Controller.class);
        if (scope.restricted()) {
            query.setParameter("ids", scope.only().orElseThrow());
        }
        return scope.restricted() && scope.only().orElseThrow().isEmpty() ? List.of()
                : query.getResultStream().map(ControllerView::of).toList();
    }

    /** The processings of those controllers, by controller name then name. */
    public List<ProcessingView> processingsIn(ControllerFilter scope) {
        if (scope.restricted() && scope.only().orElseThrow().isEmpty()) {
            return List.of();
        }
        var query = entityManager.createQuery("select p from Processing p join fetch p.controller c"
                + (scope.restricted() ? " where c.id in :ids" : "") + " order by c.name, p.name, p.id",
                Processing.class);
        if (scope.restricted()) {
            query.setParameter("ids", scope.only().orElseThrow());
        }
        return query.getResultStream().map(ProcessingView::of).toList();
    }
}
