package fr.guichet.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.guichet.catalog.Right;
import fr.guichet.propagation.PropagationView;
import fr.guichet.request.deadline.Deadlines;

/** A request as desk staff see it. Identity fields are null for readers who may not see identities. */
public record RequestView(UUID id, String reference, UUID controllerId, Right right, List<UUID> processingIds,
        UUID studyId, String participantCode, Channel channel, Instant receivedAt, String language,
        Requester requester, Subject subject, String details, String reason, RequestStatus status, Outcome outcome,
        LegalGround legalGround, boolean extended, String assignee, List<Action> allowedActions, Deadlines deadlines,
        List<History> history, List<LetterState> letters, List<FlagState> flags, List<PropagationView> propagation,
        PropagationSla propagationSla, Instant createdAt, Instant lastActivityAt) {

    /**
     * The earliest acknowledgement due date among events no partner has settled yet (null when all are settled),
     * and whether it has passed.
     */
    public record PropagationSla(LocalDate due, boolean overdue) {
    }

    public record Requester(RequesterRole role, String fullName, String email, String postalAddress) {
    }

    public record Subject(String fullName) {
    }

    public record History(int seq, String event, String actor, Instant occurredAt, Instant recordedAt,
            RequestStatus fromStatus, RequestStatus toStatus, Map<String, String> details) {
    }

    /**
     * A letter the requester was owed at a step of the history: e-mailed (queued when the step was recorded, then
     * sent or given up by the mailer), or to be posted by staff ({@code postedOn} once they record it).
     */
    public record LetterState(int seq, String template, LetterChannel by, Instant queuedAt, Instant sentAt,
            Instant failedAt, LocalDate postedOn) {
    }

    public enum LetterChannel {
        EMAIL, POST
    }

    public record FlagState(UUID id, FlagType type, UUID processingId, UUID studyId, String participantCode,
            Instant setAt, Instant liftNoticeAt, Instant liftedAt) {
    }
}
