package fr.guichet.catalog.staff;

import java.util.regex.Pattern;

import fr.guichet.platform.error.DomainException;

/** An identity provider subject as a path segment: printable, without spaces, at most 255 characters. */
final class StaffSubjects {

    private static final Pattern SUBJECT = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private StaffSubjects() {
    }

    static String checked(String subject) {
        if (subject == null || !SUBJECT.matcher(subject).matches()) {
            throw DomainException.invalidInput("subject",
                    "must be the identity provider's subject (sub): 1 to 255 printable characters, no spaces");
        }
        return subject;
    }
}
