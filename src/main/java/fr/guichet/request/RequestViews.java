package fr.guichet.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.catalog.ControllerView;
import fr.guichet.platform.mail.MailOutbox;
import fr.guichet.propagation.PartnerEvents;
import fr.guichet.propagation.PropagationView;
import fr.guichet.request.deadline.Deadlines;

/** Builds what staff see of a request: its state, deadlines recomputed now, history, flags and propagation. */
@ApplicationScoped
class RequestViews {

    /** The history detail holding the person's answer to a request for information, sealed at rest. */
    static final String ANSWER = "answer";

    /** What the person sees of each event they may see, by event; every other event and key stays internal. */
    private static final Map<String, List<String>> REQUESTER_DETAILS = Map.of(
            HistoryEntry.FILED, List.of(),
            Action.REQUEST_IDENTITY.name(), List.of("reason"),
            Action.REQUEST_CLARIFICATION.name(), List.of("reason"),
            Action.INFORMATION_RECEIVED.name(), List.of(ANSWER),
            Action.EXTEND.name(), List.of("reasonCode", "reasonText"),
            Action.RESPOND.name(), List.of(),
            Action.CLOSE.name(), List.of("reason"),
            Action.WITHDRAW.name(), List.of(),
            Action.NOTIFY_LIFT.name(), List.of(),
            Action.LIFT.name(), List.of());
    /** The decision reaches the person with the response (RESPOND), not when staff record it. */
    private static final List<String> DECISION_DETAILS = List.of("outcome", "legalGround", "citation", "reasoning");

    /**
     * The texts of an action that the requester will read on their status page, by field: the question of a request
     * for information, the reasons of an extension or a lapse, and the decision's reasons (shown with the answer).
     */
    static Map<String, String> requesterReads(ActionCommand command) {
        List<String> fields = command.action() == Action.DECIDE ? DECISION_DETAILS
                : REQUESTER_DETAILS.getOrDefault(command.action().name(), List.of());
        Map<String, String> texts = new LinkedHashMap<>();
        for (String field : fields) {
            String text = switch (field) {
                case "reason" -> command.reason();
                case "reasonText" -> command.reasonText();
                case "reasoning" -> command.reasoning();
                case "citation" -> command.citation();
                default -> null;
            };
            if (text != null && !text.isBlank()) {
                texts.put(field, text.strip());
            }
        }
        return texts;
    }

    private final RequestDeadlines deadlines;
    private final FlagBook flags;
    private final PartnerEvents events;
    private final IdentityVault vault;
    private final MailOutbox mails;

    RequestViews(RequestDeadlines deadlines, FlagBook flags, PartnerEvents events, IdentityVault vault,
            MailOutbox mails) {
        this.deadlines = deadlines;
        this.flags = flags;
        this.events = events;
        this.vault = vault;
        this.mails = mails;
    }

    static List<HistoryEntry> history(Request request) {
        return HistoryEntry.list("key.requestId = ?1 order by key.seq", request.id);
    }

    /** The facts the transition table's guards look at. */
    Transitions.Facts facts(Request request) {
        FlagType type = FlagType.setBy(request.right);
        List<Flag> inForce = flags.inForce(request, type);
        return new Transitions.Facts(request.status, request.right, request.extended, inForce.size(),
                !inForce.isEmpty() && inForce.stream().allMatch(flag -> flag.liftNoticeAt != null),
                events.unsettled(request.id));
    }

    RequestView of(Request request, List<HistoryEntry> history, ControllerView controller, boolean withIdentity) {
        List<PropagationView> propagation = events.forRequest(request.id);
        RequestIdentity identity = withIdentity ? vault.open(request.id, request.identity) : null;
        RequestView.Requester requester = identity == null
                ? new RequestView.Requester(request.requesterRole, null, null, null)
                : new RequestView.Requester(request.requesterRole, identity.requesterFullName(),
                        identity.requesterEmail(), identity.requesterPostalAddress());
        RequestView.Subject subject = identity == null || identity.subjectFullName() == null ? null
                : new RequestView.Subject(identity.subjectFullName());
        return new RequestView(request.id, request.reference, request.controllerId, request.right,
                request.processingIds.stream().sorted().toList(), request.studyId, request.participantCode,
                request.channel, request.receivedAt, request.language, requester, subject,
                identity == null ? null : identity.details(), identity == null ? null : identity.reason(),
                request.status, request.outcome, request.legalGround, request.extended, request.assignee,
                Transitions.allowed(facts(request)), deadlines.compute(request, history, controller),
                history.stream().map(entry -> of(request, entry, withIdentity)).toList(), letters(history),
                flags.history(request).stream().map(RequestViews::of).toList(), propagation,
                propagationSla(propagation, controller), request.createdAt, request.lastActivityAt);
    }

    private RequestView.PropagationSla propagationSla(List<PropagationView> propagation, ControllerView controller) {
        return propagation.stream().filter(event -> !event.status().settled())
                .map(event -> deadlines.acknowledgementDue(event.occurredAt(), controller))
                .min(Comparator.naturalOrder())
                .map(due -> new RequestView.PropagationSla(due, deadlines.today(controller).isAfter(due)))
                .orElse(new RequestView.PropagationSla(null, false));
    }

    private List<RequestView.LetterState> letters(List<HistoryEntry> history) {
        List<HistoryEntry> written = history.stream().filter(entry -> entry.details.containsKey("letter")).toList();
        Map<UUID, MailOutbox.Delivery> deliveries = mails.deliveries(written.stream()
                .map(entry -> entry.details.get("letterMail")).filter(Objects::nonNull).map(UUID::fromString)
                .toList());
        Map<String, LocalDate> posted = history.stream().filter(entry -> HistoryEntry.LETTER_POSTED.equals(entry.event))
                .collect(Collectors.toMap(entry -> entry.details.get("letterSeq"),
                        entry -> LocalDate.parse(entry.details.get("postedOn"))));
        return written.stream().map(entry -> {
            String mail = entry.details.get("letterMail");
            if (mail == null) {
                return new RequestView.LetterState(entry.key.seq, entry.details.get("letter"),
                        RequestView.LetterChannel.POST, entry.recordedAt, null, null,
                        posted.get(Integer.toString(entry.key.seq)));
            }
            MailOutbox.Delivery delivery = deliveries.getOrDefault(UUID.fromString(mail),
                    new MailOutbox.Delivery(null, null));
            return new RequestView.LetterState(entry.key.seq, entry.details.get("letter"),
                    RequestView.LetterChannel.EMAIL, entry.recordedAt, delivery.sentAt(), delivery.failedAt(), null);
        }).toList();
    }

    /** What the person who filed the request sees of it on the status page. */
    RequesterView forRequester(Request request, List<HistoryEntry> history, ControllerView controller) {
        Deadlines computed = deadlines.compute(request, history, controller);
        List<RequesterView.Step> steps = new ArrayList<>();
        Map<String, String> decision = Map.of();
        for (HistoryEntry entry : history) {
            if (entry.is(Action.DECIDE)) {
                decision = entry.details;
            }
            List<String> keys = REQUESTER_DETAILS.get(entry.event);
            if (keys == null) {
                continue;
            }
            Map<String, String> details = new LinkedHashMap<>();
            for (String key : keys) {
                String value = entry.details.get(key);
                if (value != null) {
                    details.put(key, ANSWER.equals(key) ? vault.openNote(request.id, entry.key.seq, value) : value);
                }
            }
            if (entry.is(Action.RESPOND)) {
                for (String key : DECISION_DETAILS) {
                    if (decision.get(key) != null) {
                        details.put(key, decision.get(key));
                    }
                }
            }
            steps.add(new RequesterView.Step(entry.event, entry.occurredAt, entry.toStatus, details));
        }
        return new RequesterView(request.reference, request.controllerId, request.right, request.status,
                request.status == RequestStatus.ANSWERED || request.status == RequestStatus.CLOSED ? request.outcome
                        : null,
                request.language, request.receivedAt, request.extended,
                new RequesterView.Dates(computed.receiptDate(), computed.responseDue(), computed.extendedDue(),
                        computed.effectiveDue(), computed.paused()),
                steps, requesterActions(request));
    }

    /** The table decides what is possible; the person is offered the part of it that is theirs. */
    List<RequesterAction> requesterActions(Request request) {
        Transitions.Facts facts = facts(request);
        List<RequesterAction> actions = new ArrayList<>();
        if (Transitions.find(facts, Action.INFORMATION_RECEIVED).isPresent()) {
            actions.add(RequesterAction.ANSWER_INFORMATION);
        }
        // WITHDRAW withdraws a pending request, or an opposition in force after the decision: the row says which.
        Transitions.find(facts, Action.WITHDRAW).ifPresent(row -> actions.add(
                row.effect() == Transitions.Effect.LIFT_OPPOSITION ? RequesterAction.WITHDRAW_OPPOSITION
                        : RequesterAction.WITHDRAW));
        return actions;
    }

    /** Notes and the person's answers are opened for readers who see identities; others learn only that they exist. */
    private RequestView.History of(Request request, HistoryEntry entry, boolean withIdentity) {
        Map<String, String> details = entry.details;
        if (HistoryEntry.NOTE.equals(entry.event)) {
            details = withIdentity ? Map.of("note", vault.openNote(request.id, entry.key.seq, details.get("note")))
                    : Map.of();
        } else if (details != null && details.containsKey(ANSWER)) {
            details = new LinkedHashMap<>(details);
            if (withIdentity) {
                details.put(ANSWER, vault.openNote(request.id, entry.key.seq, details.get(ANSWER)));
            } else {
                details.remove(ANSWER);
            }
        }
        return new RequestView.History(entry.key.seq, entry.event, entry.actor, entry.occurredAt, entry.recordedAt,
                entry.fromStatus, entry.toStatus, details);
    }

    private static RequestView.FlagState of(Flag flag) {
        return new RequestView.FlagState(flag.id, flag.type, flag.processingId, flag.studyId, flag.participantCode,
                flag.setAt, flag.liftNoticeAt, flag.liftedAt);
    }
}
