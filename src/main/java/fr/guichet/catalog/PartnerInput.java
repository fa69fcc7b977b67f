package fr.guichet.catalog;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin sends to register a partner; its id becomes the subject of the partner's tokens. */
public record PartnerInput(
        @NotBlank @Pattern(regexp = PartnerInput.ID_PATTERN, message = "must be 2-63 lower-case letters, digits or '-'")
        String id,
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 500) Set<@NotNull UUID> processingIds,
        @Size(max = 2000) String webhookUrl) {

    static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{1,62}";
}
