package fr.guichet.propagation;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.catalog.CatalogDirectory;
import fr.guichet.platform.security.CurrentActor;
import io.quarkus.security.ForbiddenException;

/** Which partner is calling: the token's subject, which must be a registered partner (403 otherwise). */
@ApplicationScoped
class PartnerAccess {

    private final CurrentActor actor;
    private final CatalogDirectory catalog;

    PartnerAccess(CurrentActor actor, CatalogDirectory catalog) {
        this.actor = actor;
        this.catalog = catalog;
    }

    String callingPartner() {
        String subject = actor.subject();
        if (catalog.processingsServedBy(subject).isEmpty()) {
            throw new ForbiddenException();
        }
        return subject;
    }
}
