package fr.guichet.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The person's answer to the desk's request for identity or clarification. */
public record AnswerInput(@NotBlank @Size(max = 10000) String answer) {
}
