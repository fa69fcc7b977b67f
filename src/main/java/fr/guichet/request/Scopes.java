package fr.guichet.request;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.catalog.CatalogDirectory;
import fr.guichet.catalog.ProcessingView;
import fr.guichet.catalog.StudyView;
import fr.guichet.platform.error.DomainException;

/** The rules on what a request may be about: processings of one controller, a study feeding them. */
@ApplicationScoped
class Scopes {

    private final CatalogDirectory catalog;

    Scopes(CatalogDirectory catalog) {
        this.catalog = catalog;
    }

    /** The processings, which must all belong to one controller: its zone and calendar set the deadlines. */
    List<ProcessingView> processings(Collection<UUID> ids) {
        List<ProcessingView> scope = catalog.processings(ids);
        if (scope.stream().map(ProcessingView::controllerId).distinct().count() > 1) {
            throw DomainException.ruleViolation("processingIds",
                    "the processings of one request must belong to one controller; file one request per controller");
        }
        return scope;
    }

    /** A participant code only means something within a study, and the study must feed the request's scope. */
    void checkStudy(UUID studyId, String participantCode, List<ProcessingView> scope) {
        if (participantCode != null && studyId == null) {
            throw DomainException.ruleViolation(Refusal.CODE_NEEDS_STUDY, "studyId",
                    "a participant code needs the study that issued it");
        }
        if (studyId == null) {
            return;
        }
        StudyView study = catalog.study(studyId)
                .orElseThrow(() -> DomainException.ruleViolation(Refusal.UNKNOWN_STUDY, "studyId",
                        "no study has this id"));
        if (scope.stream().noneMatch(p -> study.processingIds().contains(p.id()))) {
            throw DomainException.ruleViolation(Refusal.STUDY_NOT_IN_SCOPE, "studyId",
                    "this study feeds none of the request's processings");
        }
    }
}
