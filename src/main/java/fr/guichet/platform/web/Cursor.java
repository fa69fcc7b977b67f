package fr.guichet.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset-pagination cursors: the sort key values of the last row of a page, encoded so that clients
 * pass them back unchanged and never build them.
 */
public final class Cursor {

    private static final char SEPARATOR = '\u001f';

    private Cursor() {
    }

    /** Raised for a cursor this desk did not issue; answered as 400 invalid-cursor. */
    public static class InvalidCursorException extends RuntimeException {
        public InvalidCursorException() {
            super("The cursor was not issued by this endpoint; start again without one.");
        }
    }

    public static String encode(String... keys) {
        String joined = String.join(String.valueOf(SEPARATOR), keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** The keys of a cursor, which must have exactly {@code arity} of them. */
    public static List<String> decode(String cursor, int arity) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> keys = List.of(joined.split(String.valueOf(SEPARATOR), -1));
            if (keys.size() != arity) {
                throw new InvalidCursorException();
            }
            return keys;
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
    }
}
