package fr.guichet.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ProcessingView(UUID id, UUID controllerId, String name, String description, LegalBasis legalBasis,
        String legalReference, List<Right> rights, boolean oppositionRequiresReason, Instant createdAt,
        Instant updatedAt) {

    static ProcessingView of(Processing p) {
        return new ProcessingView(p.id, p.controller.id, p.name, p.description, p.legalBasis, p.legalReference,
                List.copyOf(p.rights()), p.oppositionRequiresReason, p.createdAt, p.updatedAt);
    }
}
