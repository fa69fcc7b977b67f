package fr.guichet.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.guichet.platform.mail.MailAddress;

/** Who files and how to reach them. */
public record RequesterInput(
        @NotNull RequesterRole role,
        @NotBlank @Size(max = 200) String fullName,
        @MailAddress @Size(max = 254) String email,
        @Size(max = 1000) String postalAddress) {
}
