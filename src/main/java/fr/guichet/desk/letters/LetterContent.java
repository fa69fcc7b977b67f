package fr.guichet.desk.letters;

import java.util.List;

/** A letter in words, before it is laid out as text and as HTML by the same two templates. */
public record LetterContent(String language, String subject, String greeting, List<String> paragraphs,
        String remediesIntro, List<String> remedies, String linkLabel, String link, String linkValidity,
        String reference, String signature, String noContent) {

    public LetterContent {
        paragraphs = List.copyOf(paragraphs);
        remedies = List.copyOf(remedies);
    }
}
