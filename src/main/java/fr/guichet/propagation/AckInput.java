package fr.guichet.propagation;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The events a partner has applied. */
public record AckInput(@NotNull @Size(min = 1, max = Acknowledgements.MAX_IDS) List<@NotNull UUID> eventIds) {
}
