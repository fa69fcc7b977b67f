package fr.guichet.catalog;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an admin sends to create or replace a processing. */
public record ProcessingInput(
        @NotNull UUID controllerId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @NotNull LegalBasis legalBasis,
        @Size(max = 500) String legalReference,
        @NotEmpty Set<@NotNull Right> rights,
        boolean oppositionRequiresReason) {
}
