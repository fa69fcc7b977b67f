package fr.guichet.catalog;

import java.util.List;
import java.util.UUID;

/** A processing as the public catalogue shows it: enough to pick it and the rights it admits. */
public record PublicProcessingView(UUID id, UUID controllerId, String controllerName, String name,
        String description, LegalBasis legalBasis, String legalReference, List<Right> rights,
        boolean oppositionRequiresReason) {

    static PublicProcessingView of(Processing p) {
        return new PublicProcessingView(p.id, p.controller.id, p.controller.name, p.name, p.description,
                p.legalBasis, p.legalReference, List.copyOf(p.rights()), p.oppositionRequiresReason);
    }
}
