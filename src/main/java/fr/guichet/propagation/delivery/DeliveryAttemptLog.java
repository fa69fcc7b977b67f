package fr.guichet.propagation.delivery;

import java.util.List;
import java.util.UUID;

/** Every delivery attempt of one event, oldest first. */
public record DeliveryAttemptLog(UUID eventId, List<DeliveryAttemptView> attempts) {
}
