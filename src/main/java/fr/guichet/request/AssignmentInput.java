package fr.guichet.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The staff member who takes a request: the {@code sub} of their token, as the queue's "assignee" filter uses. */
public record AssignmentInput(@NotBlank @Size(max = 255) @Pattern(regexp = "\\S+") String assignee) {
}
