package fr.guichet.platform.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which controllers' rows a query keeps: every one, or only those listed (possibly none). One SQL shape for every
 * listing, so that a staff member's grants are applied the same way by the queue, the register, the statistics, the
 * audit export and the access trace.
 */
public record ControllerFilter(Optional<Set<UUID>> only) {

    public static final ControllerFilter EVERY = new ControllerFilter(Optional.empty());

    public ControllerFilter {
        only = only.map(Set::copyOf);
    }

    public boolean restricted() {
        return only.isPresent();
    }

    /**
     * An {@code AND} condition on the column, with one parameter written as {@code placeholder} ({@code ?} for JDBC,
     * {@code :name} for JPA) that takes {@link #parameter()}; empty when every controller is kept.
     */
    public String condition(String column, String placeholder) {
        return only.isEmpty() ? "" : " AND " + predicate(column, placeholder);
    }

    /**
     * The bare predicate of {@link #condition}, for a restricted filter. One controller is an equality, so that the
     * planner walks the indexes that lead with the controller.
     */
    public String predicate(String column, String placeholder) {
        return only.orElse(Set.of()).size() == 1 ? column + " = CAST(" + placeholder + " AS uuid)"
                : column + " = ANY(CAST(" + placeholder + " AS uuid[]))";
    }

    /** The value of the placeholder of {@link #condition}: the one id, or the ids as a PostgreSQL array literal. */
    public String parameter() {
        Set<UUID> ids = only.orElse(Set.of());
        if (ids.size() == 1) {
            return ids.iterator().next().toString();
        }
        return arrayParameter();
    }

    /** The controller ids as a PostgreSQL array literal, for queries that write their own {@code ANY(...)}. */
    public String arrayParameter() {
        return only.orElse(Set.of()).stream().map(UUID::toString).sorted().collect(Collectors.joining(",", "{", "}"));
    }
}
