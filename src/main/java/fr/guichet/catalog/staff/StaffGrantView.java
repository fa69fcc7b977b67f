package fr.guichet.catalog.staff;

import java.util.List;
import java.util.UUID;

/** A staff member's grant, by identity provider subject; no grant recorded reads as none (deny by default). */
public record StaffGrantView(String subject, boolean allControllers, List<UUID> controllerIds) {
}
