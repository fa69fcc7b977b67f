package fr.guichet.platform.mail;

import java.util.Objects;

/**
 * A rendered e-mail ready to queue. {@code template} names the template (and its version) that produced it,
 * for the record; the feature that writes the mail renders it in the recipient's language.
 */
public record OutgoingMail(String to, String template, String subject, String text, String html) {
    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
