package fr.guichet.propagation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why informing this partner would take disproportionate effort (Art. 19). */
public record ExemptionInput(@NotBlank @Size(max = 2000) String justification) {
}
