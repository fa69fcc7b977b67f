package fr.guichet.platform.error;

/** One field-level problem: the JSON path of the field (or parameter name) and what is wrong with it. */
public record Violation(String field, String message) {
}
