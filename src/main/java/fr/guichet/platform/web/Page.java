package fr.guichet.platform.web;

import java.util.List;
import java.util.function.Function;

/** One page of a keyset-paginated list: the items and the cursor of the next page (null on the last). */
public record Page<T>(List<T> items, String next) {

    /** Default and maximum page sizes of every list endpoint. */
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /**
     * Builds a page from {@code limit + 1} fetched rows: the extra row only tells that another page exists.
     */
    public static <R, T> Page<T> of(List<R> fetched, int limit, Function<R, T> view, Function<R, String> cursorOf) {
        boolean more = fetched.size() > limit;
        List<R> rows = more ? fetched.subList(0, limit) : fetched;
        return new Page<>(rows.stream().map(view).toList(), more ? cursorOf.apply(rows.get(rows.size() - 1)) : null);
    }
}
