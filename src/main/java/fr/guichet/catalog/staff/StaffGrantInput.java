package fr.guichet.catalog.staff;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The controllers a staff member answers for: every one ({@code allControllers}), or the listed ones. */
public record StaffGrantInput(@NotNull @Size(max = 500) List<@NotNull UUID> controllerIds,
        @NotNull Boolean allControllers) {
}
