package fr.guichet.propagation.delivery;

import java.util.Arrays;
import java.util.stream.Collectors;

import fr.guichet.platform.error.DomainException;

/**
 * Where a webhook delivery stands, as admins see it. FAILED is what the outbox calls DEAD: retries ran out and
 * only a replay sends the event again (the word the desk's propagation record uses too).
 */
public enum DeliveryState {
    PENDING("PENDING"),
    DELIVERED("DELIVERED"),
    FAILED("DEAD");

    private final String column;

    DeliveryState(String column) {
        this.column = column;
    }

    /** The value of {@code partner_events.delivery_state}. */
    String column() {
        return column;
    }

    static DeliveryState ofColumn(String column) {
        return Arrays.stream(values()).filter(state -> state.column.equals(column)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown delivery state in the database: " + column));
    }

    /** The {@code state} query parameter; null or blank means any state. */
    public static DeliveryState parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(values()).filter(state -> state.name().equals(value.trim())).findFirst()
                .orElseThrow(() -> DomainException.invalidInput("state", "must be one of " + Arrays.stream(values())
                        .map(Enum::name).collect(Collectors.joining(", "))));
    }
}
