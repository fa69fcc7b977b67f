package fr.guichet.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An internal note on a request, for desk staff only. */
public record NoteInput(@NotBlank @Size(max = 10000) String text) {
}
