package fr.guichet.propagation;

import java.util.List;

import fr.guichet.platform.web.Cursor;

/**
 * A position in a partner's feed: just after the event {@code (txId, seq)}, in the feed's total order (see the V4
 * migration). Encoded opaquely and versioned, so that the encoding can change without breaking stored cursors.
 */
record FeedCursor(long txId, long seq) {

    private static final String VERSION = "f1";

    /** Before every event. */
    static final FeedCursor BEGINNING = new FeedCursor(0, 0);

    FeedCursor {
        if (txId < 0 || seq < 0) {
            throw new Cursor.InvalidCursorException();
        }
    }

    /**
     * Just before the first event of transaction {@code txId}: the feed after it holds exactly the events with
     * {@code tx_id >= txId}, because {@code seq} is an identity that starts at 1.
     */
    static FeedCursor before(long txId) {
        return new FeedCursor(txId, 0);
    }

    /** The cursor a client sent; the beginning when it sent none; 400 invalid-cursor when this desk did not issue it. */
    static FeedCursor parse(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return BEGINNING;
        }
        List<String> keys = Cursor.decode(encoded.trim(), 3);
        if (!VERSION.equals(keys.get(0))) {
            throw new Cursor.InvalidCursorException();
        }
        try {
            return new FeedCursor(Long.parseLong(keys.get(1)), Long.parseLong(keys.get(2)));
        } catch (NumberFormatException e) {
            throw new Cursor.InvalidCursorException();
        }
    }

    String encode() {
        return Cursor.encode(VERSION, Long.toString(txId), Long.toString(seq));
    }
}
