package fr.guichet.platform.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The controllers (establishments) a staff member answers for, as an administrator granted them: every controller,
 * or a list. Deny by default: a staff member with no grant has the empty scope and sees no request.
 */
public record StaffScope(boolean allControllers, Set<UUID> controllerIds) {

    public static final StaffScope NONE = new StaffScope(false, Set.of());
    public static final StaffScope ALL = new StaffScope(true, Set.of());

    public StaffScope {
        controllerIds = allControllers ? Set.of() : Set.copyOf(controllerIds);
    }

    public boolean allows(UUID controllerId) {
        return allControllers || controllerIds.contains(controllerId);
    }

    public boolean isEmpty() {
        return !allControllers && controllerIds.isEmpty();
    }

    /** The controllers a listing may show: this scope, narrowed to one controller when the caller asks for one. */
    public ControllerFilter narrowedTo(Optional<UUID> wanted) {
        if (wanted.isPresent()) {
            return new ControllerFilter(Optional.of(allows(wanted.get()) ? Set.of(wanted.get()) : Set.of()));
        }
        return allControllers ? ControllerFilter.EVERY : new ControllerFilter(Optional.of(controllerIds));
    }

    public ControllerFilter filter() {
        return narrowedTo(Optional.empty());
    }
}
