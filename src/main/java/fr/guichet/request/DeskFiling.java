package fr.guichet.request;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.guichet.catalog.Right;

/** A request received by post, e-mail, phone or in person, entered by staff with its original receipt instant. */
public record DeskFiling(
        @NotEmpty @Size(max = 50) List<@NotNull UUID> processingIds,
        @NotNull Right right,
        @NotNull @Valid RequesterInput requester,
        @Valid SubjectInput subject,
        UUID studyId,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String participantCode,
        @Size(max = 10000) String details,
        @Size(max = 5000) String reason,
        @NotNull @Pattern(regexp = "fr|en") String language,
        @NotNull Channel channel,
        @NotNull OffsetDateTime receivedAt) {

    public Filing toFiling() {
        return new Filing(processingIds, right, requester, subject, studyId, participantCode, details, reason,
                language, channel, receivedAt.toInstant(), false);
    }
}
