package fr.guichet.catalog;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an admin sends to replace a partner's settings; the id and the signing secret do not change here. */
public record PartnerUpdate(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 500) Set<@NotNull UUID> processingIds,
        @Size(max = 2000) String webhookUrl) {
}
