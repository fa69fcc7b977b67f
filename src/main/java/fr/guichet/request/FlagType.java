package fr.guichet.request;

import fr.guichet.catalog.Right;

/** A standing state a granted decision puts in force for a subject. */
public enum FlagType {
    OPPOSITION, RESTRICTION;

    /** The flag a right sets when granted, or null when the right sets none. */
    public static FlagType setBy(Right right) {
        return switch (right) {
            case OPPOSITION -> OPPOSITION;
            case LIMITATION -> RESTRICTION;
            default -> null;
        };
    }
}
