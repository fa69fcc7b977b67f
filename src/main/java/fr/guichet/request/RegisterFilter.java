package fr.guichet.request;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import fr.guichet.platform.security.ControllerFilter;

/** Which requests the register lists: received from {@code from} to {@code to} inclusive, optionally narrowed. */
public record RegisterFilter(LocalDate from, LocalDate to, ControllerFilter controllers,
        Optional<UUID> processingId) {
}
