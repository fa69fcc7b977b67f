package fr.guichet.request;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The day staff posted a letter owed by post, in the controller's calendar. */
public record LetterPostedInput(@NotNull LocalDate postedOn) {
}
