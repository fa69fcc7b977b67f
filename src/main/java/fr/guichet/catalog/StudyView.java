package fr.guichet.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record StudyView(UUID id, String name, String code, List<UUID> processingIds, Instant createdAt,
        Instant updatedAt) {

    static StudyView of(Study s) {
        return new StudyView(s.id, s.name, s.code, s.processingIds.stream().sorted().toList(), s.createdAt,
                s.updatedAt);
    }
}
