package fr.guichet.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token of a confirmation link. */
public record ConfirmationInput(@NotBlank @Size(max = 100) String token) {
}
