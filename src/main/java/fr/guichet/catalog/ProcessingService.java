package fr.guichet.catalog;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.guichet.audit.AuditEntry;
import fr.guichet.audit.AuditLog;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.security.CurrentActor;
import fr.guichet.platform.web.Page;
import fr.guichet.platform.web.PageRequest;

/** Processings: what each one is for, on which legal basis, and which rights it admits. */
@ApplicationScoped
public class ProcessingService {

    private final EntityManager entityManager;
    private final Clock clock;
    private final ControllerService controllers;
    private final AuditLog auditLog;
    private final CurrentActor actor;

    ProcessingService(EntityManager entityManager, Clock clock, ControllerService controllers, AuditLog auditLog,
            CurrentActor actor) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.controllers = controllers;
        this.auditLog = auditLog;
        this.actor = actor;
    }

    @Transactional
    public ProcessingView create(ProcessingInput input) {
        Processing processing = new Processing();
        processing.id = UUID.randomUUID();
        processing.controller = controllerOf(input);
        apply(processing, input);
        processing.createdAt = processing.updatedAt;
        processing.persistAndFlush();
        audit("PROCESSING_CREATED", processing);
        return ProcessingView.of(processing);
    }

    @Transactional
    public ProcessingView update(UUID id, ProcessingInput input) {
        Processing processing = find(id);
        if (!processing.controller.id.equals(input.controllerId())) {
            // Its requests' deadlines were counted in this controller's zone and calendar.
            throw DomainException.ruleViolation("controllerId", "a processing cannot move to another controller");
        }
        apply(processing, input);
        entityManager.flush();
        audit("PROCESSING_UPDATED", processing);
        return ProcessingView.of(processing);
    }

    public ProcessingView get(UUID id) {
        return ProcessingView.of(find(id));
    }

    public Page<ProcessingView> list(PageRequest request) {
        return ByName.page(entityManager, Processing.class, "join fetch e.controller", request, UUID::fromString,
                p -> p.name, p -> p.id, ProcessingView::of);
    }

    /** The public catalogue: every processing with its controller and admitted rights. */
    public Page<PublicProcessingView> listPublic(PageRequest request) {
        return ByName.page(entityManager, Processing.class, "join fetch e.controller", request, UUID::fromString,
                p -> p.name, p -> p.id, PublicProcessingView::of);
    }

    /** Fails with 422 naming the ids that are not processings; used by studies and partners. */
    void ensureExist(Collection<UUID> ids) {
        Set<UUID> known = entityManager.createQuery("select p.id from Processing p where p.id in :ids", UUID.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toSet());
        List<String> unknown = ids.stream().filter(id -> !known.contains(id)).map(UUID::toString).sorted().toList();
        if (!unknown.isEmpty()) {
            throw DomainException.ruleViolation("processingIds", "unknown processing(s): " + String.join(", ", unknown));
        }
    }

    private Processing find(UUID id) {
        return Processing.<Processing>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("processing", id));
    }

    private Controller controllerOf(ProcessingInput input) {
        Controller controller = Controller.findById(input.controllerId());
        if (controller == null) {
            throw DomainException.ruleViolation("controllerId", "no controller has this id");
        }
        return controller;
    }

    private void apply(Processing processing, ProcessingInput input) {
        Set<Right> excluded = EnumSet.copyOf(input.legalBasis().excludedRights());
        excluded.retainAll(input.rights());
        if (!excluded.isEmpty()) {
            throw DomainException.ruleViolation("rights", "a " + input.legalBasis() + " processing cannot admit "
                    + excluded.stream().map(Right::name).collect(Collectors.joining(", "))
                    + " (GDPR Art. 17(3)(b), 20(1)(a), 21(1))");
        }
        String name = input.name().trim();
        if (Processing.count("controller.id = ?1 and name = ?2 and id <> ?3", processing.controller.id, name,
                processing.id) > 0) {
            throw DomainException.conflict("This controller already has a processing named '" + name + "'.");
        }
        processing.name = name;
        processing.description = blankToNull(input.description());
        processing.legalBasis = input.legalBasis();
        processing.legalReference = blankToNull(input.legalReference());
        processing.setRights(EnumSet.copyOf(input.rights()));
        processing.oppositionRequiresReason = input.oppositionRequiresReason();
        processing.updatedAt = clock.instant();
    }

    /** What decides which requests the processing admits; names and descriptions are left out. */
    private void audit(String action, Processing processing) {
        auditLog.append(new AuditEntry(actor.subject(), action, "processing", processing.id.toString(),
                processing.updatedAt, Map.of("controllerId", processing.controller.id.toString(),
                        "legalBasis", processing.legalBasis.name(), "rights", AuditEntry.listed(processing.rights()),
                        "oppositionRequiresReason", String.valueOf(processing.oppositionRequiresReason))));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
