package fr.guichet.propagation;

import java.util.UUID;

/** Whom an event is about, as the partner knows them: only pseudonymous codes, never a name. */
public record EventSubject(UUID controllerId, UUID processingId, UUID studyId, String participantCode) {
}
