package fr.guichet.platform.web;

import java.util.List;
import java.util.Optional;

import fr.guichet.platform.error.DomainException;

/** A parsed {@code cursor} + {@code limit} pair of a list endpoint. */
public record PageRequest(Optional<List<String>> after, int limit) {

    /**
     * Parses the raw query parameters (kept as strings so that a bad value answers 400, not the 404 JAX-RS
     * gives to unconvertible query parameters).
     */
    public static PageRequest of(String cursor, String limit, int cursorArity) {
        int size = Page.DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                size = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size < 1 || size > Page.MAX_LIMIT) {
                throw DomainException.invalidInput("limit", "must be an integer from 1 to " + Page.MAX_LIMIT);
            }
        }
        Optional<List<String>> keys = cursor == null || cursor.isBlank() ? Optional.empty()
                : Optional.of(Cursor.decode(cursor.trim(), cursorArity));
        return new PageRequest(keys, size);
    }
}
