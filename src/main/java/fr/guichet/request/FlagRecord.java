package fr.guichet.request;

import java.time.Instant;
import java.util.UUID;

/** A flag in force as partners see it: the subject's pseudonymous codes, since when, and the request that set it. */
public record FlagRecord(FlagType type, UUID processingId, UUID studyId, String participantCode, Instant since,
        String setByRequestReference) {
}
