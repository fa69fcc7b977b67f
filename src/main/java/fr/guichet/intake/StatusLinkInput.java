package fr.guichet.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.guichet.platform.mail.MailAddress;

/** A request for fresh status links, sent to this address if it filed requests that are still open. */
public record StatusLinkInput(@NotBlank @MailAddress @Size(max = 254) String email,
        @NotNull @Pattern(regexp = "fr|en") String language) {
}
