package fr.guichet.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The person the request is about, when someone else files for them. */
public record SubjectInput(@NotBlank @Size(max = 200) String fullName) {
}
