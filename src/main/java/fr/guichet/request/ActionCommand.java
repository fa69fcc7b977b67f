package fr.guichet.request;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One action on a request. {@code at} records when it happened outside the desk (a letter posted that day);
 * the other fields belong to particular actions (see openapi.yaml).
 */
public record ActionCommand(
        @NotNull Action action,
        OffsetDateTime at,
        @Size(max = 5000) String reason,
        ExtensionReason reasonCode,
        @Size(max = 5000) String reasonText,
        Outcome outcome,
        LegalGround legalGround,
        @Size(max = 20000) String reasoning,
        @Size(max = 1000) String citation,
        @Size(max = 50) List<@NotNull UUID> processingIds,
        UUID studyId,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String participantCode,
        Boolean identityVerified) {
}
