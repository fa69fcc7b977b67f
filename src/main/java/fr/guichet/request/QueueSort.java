package fr.guichet.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.web.Cursor;

/**
 * The queue's orders, each with a unique tiebreaker (the id) so that keyset pages neither skip nor repeat a row.
 * A cursor names its order: one issued for another order is refused rather than misread.
 */
public enum QueueSort {
    /** The effective deadline as projected at the last action, soonest first: the work to do next. */
    DEADLINE("deadline", "r.effective_due", true, row -> row.effectiveDue().toString()),
    /** Newest receipt first: what just came in. */
    RECEIVED("received", "r.received_at", false, row -> row.receivedAt().toString()),
    /** Most recent action first: what colleagues just worked on. */
    ACTIVITY("activity", "r.last_activity_at", false, row -> row.lastActivityAt().toString());

    /** A cursor holds the order's name, the row's sort key and its id. */
    public static final int CURSOR_KEYS = 3;

    private final String parameter;
    private final String column;
    private final boolean ascending;
    private final Function<QueueRow, String> keyOf;

    QueueSort(String parameter, String column, boolean ascending, Function<QueueRow, String> keyOf) {
        this.parameter = parameter;
        this.column = column;
        this.ascending = ascending;
        this.keyOf = keyOf;
    }

    /** The {@code sort} query parameter; absent means by deadline. */
    static QueueSort parse(String value) {
        if (value == null || value.isBlank()) {
            return DEADLINE;
        }
        return Arrays.stream(values()).filter(sort -> sort.parameter.equals(value.trim())).findFirst()
                .orElseThrow(() -> DomainException.invalidInput("sort", "must be one of " + Arrays.stream(values())
                        .map(sort -> sort.parameter).collect(Collectors.joining(", "))));
    }

    String orderBy() {
        String direction = ascending ? "" : " DESC";
        return "ORDER BY " + column + direction + ", r.id" + direction;
    }

    /** Rows strictly after the cursor's row in this order; a row comparison, which the indexes serve as a range. */
    String after() {
        return "(" + column + ", r.id) " + (ascending ? ">" : "<") + " (?, ?)";
    }

    String cursorOf(QueueRow row) {
        return Cursor.encode(parameter, keyOf.apply(row), row.id().toString());
    }

    /** The JDBC values of a cursor's sort key and id, for {@link #after()}. */
    List<Object> keys(List<String> cursor) {
        if (!parameter.equals(cursor.get(0))) {
            throw new Cursor.InvalidCursorException();
        }
        try {
            Object key = this == DEADLINE ? LocalDate.parse(cursor.get(1))
                    : Instant.parse(cursor.get(1)).atOffset(ZoneOffset.UTC);
            return List.of(key, UUID.fromString(cursor.get(2)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new Cursor.InvalidCursorException();
        }
    }
}
