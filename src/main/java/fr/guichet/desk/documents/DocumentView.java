package fr.guichet.desk.documents;

import java.time.Instant;
import java.util.UUID;

/** A response document without its content; {@code sha256} is of the content as delivered (hex). */
public record DocumentView(UUID id, UUID requestId, String fileName, String mediaType, long size, String sha256,
        String attachedBy, Instant attachedAt) {
}
