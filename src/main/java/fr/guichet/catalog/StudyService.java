package fr.guichet.catalog;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.guichet.audit.AuditEntry;
import fr.guichet.audit.AuditLog;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.security.CurrentActor;
import fr.guichet.platform.web.Page;
import fr.guichet.platform.web.PageRequest;

/** Studies: the research studies that feed processings. */
@ApplicationScoped
public class StudyService {

    private final EntityManager entityManager;
    private final Clock clock;
    private final ProcessingService processings;
    private final AuditLog auditLog;
    private final CurrentActor actor;

    StudyService(EntityManager entityManager, Clock clock, ProcessingService processings, AuditLog auditLog,
            CurrentActor actor) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.processings = processings;
        this.auditLog = auditLog;
        this.actor = actor;
    }

    @Transactional
    public StudyView create(StudyInput input) {
        Study study = new Study();
        study.id = UUID.randomUUID();
        apply(study, input);
        study.createdAt = study.updatedAt;
        study.persistAndFlush();
        audit("STUDY_CREATED", study);
        return StudyView.of(study);
    }

    @Transactional
    public StudyView update(UUID id, StudyInput input) {
        Study study = find(id);
        apply(study, input);
        entityManager.flush();
        audit("STUDY_UPDATED", study);
        return StudyView.of(study);
    }

    public StudyView get(UUID id) {
        return StudyView.of(find(id));
    }

    public Page<StudyView> list(PageRequest request) {
        return ByName.page(entityManager, Study.class, "", request, UUID::fromString, s -> s.name, s -> s.id,
                StudyView::of);
    }

    private Study find(UUID id) {
        return Study.<Study>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("study", id));
    }

    private void audit(String action, Study study) {
        auditLog.append(new AuditEntry(actor.subject(), action, "study", study.id.toString(), study.updatedAt,
                Map.of("code", study.code, "processingIds", AuditEntry.listed(study.processingIds))));
    }

    private void apply(Study study, StudyInput input) {
        String code = input.code().trim();
        if (Study.count("code = ?1 and id <> ?2", code, study.id) > 0) {
            throw DomainException.conflict("A study with code '" + code + "' already exists.");
        }
        processings.ensureExist(input.processingIds());
        study.name = input.name().trim();
        study.code = code;
        study.processingIds.clear();
        study.processingIds.addAll(input.processingIds());
        study.updatedAt = clock.instant();
    }
}
