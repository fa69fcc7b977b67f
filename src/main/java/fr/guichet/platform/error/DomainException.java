package fr.guichet.platform.error;

import java.util.List;
import java.util.Optional;

/**
 * A request the domain refuses, with what the caller needs to fix it. Carries an HTTP-neutral kind; the web
 * layer turns it into problem+json.
 */
public class DomainException extends RuntimeException {

    /** Why the domain refused; each kind has a stable problem type and status. */
    public enum Kind {
        /** The named resource does not exist (or the caller may not know that it does). */
        NOT_FOUND,
        /** The request collides with the current state (duplicate key, illegal transition, stale version). */
        CONFLICT,
        /** A single-use or expiring token (a link from an e-mail) that was used, expired or never issued. */
        GONE,
        /** Well-formed, but breaks a business rule. */
        RULE_VIOLATION,
        /** A parameter or body field is malformed. */
        INVALID_INPUT
    }

    private final Kind kind;
    private final RefusalCode code;
    private final List<Violation> violations;

    /** @param code the rule that refused, for pages to translate; null when no page shows this refusal */
    public DomainException(Kind kind, RefusalCode code, String message, List<Violation> violations) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    public DomainException(Kind kind, String message, List<Violation> violations) {
        this(kind, null, message, violations);
    }

    public DomainException(Kind kind, String message) {
        this(kind, message, List.of());
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(Kind.NOT_FOUND, "No " + what + " with id " + id + ".");
    }

    public static DomainException conflict(String message) {
        return new DomainException(Kind.CONFLICT, message);
    }

    public static DomainException conflict(RefusalCode code, String message) {
        return new DomainException(Kind.CONFLICT, code, message, List.of());
    }

    public static DomainException gone(String message) {
        return new DomainException(Kind.GONE, message);
    }

    public static DomainException ruleViolation(String field, String message) {
        return new DomainException(Kind.RULE_VIOLATION, message, List.of(new Violation(field, message)));
    }

    public static DomainException ruleViolation(RefusalCode code, String field, String message) {
        return new DomainException(Kind.RULE_VIOLATION, code, message, List.of(new Violation(field, message)));
    }

    public static DomainException invalidInput(String field, String message) {
        return new DomainException(Kind.INVALID_INPUT, message, List.of(new Violation(field, message)));
    }

    public static DomainException invalidInput(RefusalCode code, String field, String message) {
        return new DomainException(Kind.INVALID_INPUT, code, message, List.of(new Violation(field, message)));
    }

    public Kind kind() {
        return kind;
    }

    /** The rule that refused, when the refusal has a stable code (the API never shows it). */
    public Optional<RefusalCode> code() {
        return Optional.ofNullable(code);
    }

    public List<Violation> violations() {
        return violations;
    }
}
