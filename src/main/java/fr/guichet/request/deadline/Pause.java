package fr.guichet.request.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An information request (identity or clarification, GDPR Art. 12(6)) that suspends the deadlines while the
 * person has not answered. {@code answeredOn} is null while the pause is still open.
 */
public record Pause(LocalDate requestedOn, LocalDate answeredOn) {

    public Pause {
        Objects.requireNonNull(requestedOn, "requestedOn");
        if (answeredOn != null && answeredOn.isBefore(requestedOn)) {
            throw new IllegalArgumentException(
                    "a pause cannot be answered (" + answeredOn + ") before it was requested (" + requestedOn + ")");
        }
    }

    public boolean isOpen() {
        return answeredOn == null;
    }
}
