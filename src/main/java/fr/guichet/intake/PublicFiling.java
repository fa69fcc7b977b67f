package fr.guichet.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.guichet.catalog.Right;
import fr.guichet.request.Channel;
import fr.guichet.request.Filing;
import fr.guichet.request.RequesterInput;
import fr.guichet.request.SubjectInput;

/**
 * A request filed on the public form or through the public API. {@code website} is a honeypot: a field people
 * never see (hidden on the form, absent from API clients), which only robots fill in.
 */
public record PublicFiling(
        @NotEmpty @Size(max = 50) List<@NotNull UUID> processingIds,
        @NotNull Right right,
        @NotNull @Valid RequesterInput requester,
        @Valid SubjectInput subject,
        UUID studyId,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String participantCode,
        @Size(max = 10000) String details,
        @Size(max = 5000) String reason,
        @NotNull @Pattern(regexp = "fr|en") String language,
        @Size(max = 200) String website) {

    /** The filing the desk records once the address is confirmed: received on the web when it was submitted. */
    Filing toFiling(Instant submittedAt) {
        return new Filing(processingIds, right, requester, subject, studyId, participantCode, details, reason,
                language, Channel.WEB, submittedAt, true);
    }

    boolean honeypotFilled() {
        return website != null && !website.isBlank();
    }

    /** What is sealed while the filing waits: everything but the honeypot. */
    PublicFiling withoutHoneypot() {
        return new PublicFiling(processingIds, right, requester, subject, studyId, participantCode, details, reason,
                language, null);
    }
}
