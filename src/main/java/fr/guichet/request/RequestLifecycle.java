package fr.guichet.request;

import static fr.guichet.request.HistoryEntry.ASSIGNED;
import static fr.guichet.request.HistoryEntry.DOCUMENT_ATTACHED;
import static fr.guichet.request.HistoryEntry.LETTER_POSTED;
import static fr.guichet.request.HistoryEntry.LETTER_ATTACHED;
import static fr.guichet.request.HistoryEntry.NOTE;
import static fr.guichet.request.HistoryEntry.UNASSIGNED;
import static fr.guichet.request.RequestService.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.guichet.audit.AuditEntry;
import fr.guichet.audit.AuditLog;
import fr.guichet.catalog.CatalogDirectory;
import fr.guichet.catalog.ControllerView;
import fr.guichet.catalog.ProcessingView;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.error.StateConflictException;
import fr.guichet.platform.security.StaffScope;
import fr.guichet.request.deadline.Deadlines;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Carries out actions on requests: looks the action up in {@link Transitions}, checks it, applies its effect, and
 * writes the state change, the history entry, flags, partner events and the audit entry in one transaction.
 */
@ApplicationScoped
public class RequestLifecycle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final EntityManager entityManager;
    private final Clock clock;
    private final CatalogDirectory catalog;
    private final Scopes scopes;
    private final RequestDeadlines deadlines;
    private final FlagBook flags;
    private final RequestViews views;
    private final IdentityVault vault;
    private final LetterBook letters;
    private final AuditLog audit;
    private final LetterCapture capture;

    RequestLifecycle(EntityManager entityManager, Clock clock, CatalogDirectory catalog, Scopes scopes,
            RequestDeadlines deadlines, FlagBook flags, RequestViews views, IdentityVault vault, LetterBook letters,
            AuditLog audit, LetterCapture capture) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.catalog = catalog;
        this.scopes = scopes;
        this.deadlines = deadlines;
        this.flags = flags;
        this.views = views;
        this.vault = vault;
        this.letters = letters;
        this.audit = audit;
        this.capture = capture;
    }

    /**
     * What an action would tell the requester, without carrying it out: the action runs in a transaction of its own
     * that is rolled back, with its letters kept aside instead of sent. The same rules apply as to {@link #act}, so a
     * refused action fails here as it would there.
     */
    public ActionPreview preview(UUID id, ActionCommand command, String actor, StaffScope scope) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                capture.start();
                try {
                    carryOut(RequestService.find(id, scope), command, actor, null);
                    // Leaving by an exception is what rolls the transaction back.
                    throw new Previewed(new ActionPreview(capture.stop(), RequestViews.requesterReads(command)));
                } finally {
                    if (LetterCapture.active()) {
                        capture.stop();
                    }
                }
            });
        } catch (Previewed previewed) {
            return previewed.preview;
        }
        throw new IllegalStateException("A preview always ends by rolling its transaction back");
    }

    /** Carries a preview out of the transaction it was computed in, which its throwing rolls back. */
    private static final class Previewed extends RuntimeException {
        private final transient ActionPreview preview;

        Previewed(ActionPreview preview) {
            super(null, null, false, false);
            this.preview = preview;
        }
    }

    /**
     * @param letters        the letters the action would write (e-mailed, or owed by post when there is no address)
     * @param requesterReads the texts staff wrote that the requester will read on their status page, by field
     */
    public record ActionPreview(List<RequesterNotice> letters, Map<String, String> requesterReads) {
    }

    @Transactional
    public RequestView act(UUID id, ActionCommand command, String actor, boolean withIdentity, StaffScope scope) {
        Done done = carryOut(RequestService.find(id, scope), command, actor, null);
        return views.of(done.request(), done.history(), done.controller(), withIdentity);
    }

    /**
     * An action of the person who filed the request, from the status page: only what {@link RequestViews} offers
     * them. Answering records INFORMATION_RECEIVED with the answer sealed at rest (it may name people or
     * conditions), shown to desk staff; both withdrawals are the table's WITHDRAW.
     */
    @Transactional
    public RequesterView requesterAct(UUID id, RequesterAction action, String answer, String actor) {
        Request request = RequestService.find(id);
        List<RequesterAction> offered = views.requesterActions(request);
        if (!offered.contains(action)) {
            throw new StateConflictException(action + " is not possible for this request now.",
                    request.status.name(), offered.stream().map(RequesterAction::name).toList());
        }
        Action tableAction = action == RequesterAction.ANSWER_INFORMATION ? Action.INFORMATION_RECEIVED
                : Action.WITHDRAW;
        String text = action == RequesterAction.ANSWER_INFORMATION ? required(answer, "answer",
                "write the information the desk asked for") : null;
        ActionCommand command = new ActionCommand(tableAction, null, null, null, null, null, null, null, null, null,
                null, null, null);
        Done done = carryOut(request, command, actor, text);
        return views.forRequester(done.request(), done.history(), done.controller());
    }

    private record Done(Request request, List<HistoryEntry> history, ControllerView controller) {
    }

    /** @param answer the person's answer to a request for information, or null */
    private Done carryOut(Request request, ActionCommand command, String actor, String answer) {
        List<HistoryEntry> history = new ArrayList<>(RequestViews.history(request));
        ControllerView controller = catalog.controller(request.controllerId);
        Transitions.Row row = Transitions.resolve(views.facts(request), command.action());
        Instant now = clock.instant();
        Instant at = command.at() == null ? now : command.at().toInstant();
        checkWhen(request, history, at, now);

        Map<String, String> details = new LinkedHashMap<>();
        Decisions.Decision decision = null;
        switch (row.effect()) {
            case OPEN_PAUSE -> details.put("reason", required(command.reason(), Refusal.QUESTION_REQUIRED, "reason",
                    "say why the identity or clarification is needed (reasonable doubt, Art. 12(6))"));
            case CLOSE_PAUSE -> {
                if (Boolean.TRUE.equals(command.identityVerified())) {
                    // Keep an attestation, never the document (legal-rules.md §1, identity).
                    details.put("identityAttestation", "identity checked on "
                            + RequestDeadlines.localDate(at, controller).format(DAY) + " by " + actor);
                }
                putIfPresent(details, "reason", command.reason());
                if (answer != null) {
                    details.put(RequestViews.ANSWER, vault.sealNote(request.id, history.size() + 1, answer));
                }
            }
            case EXTEND -> extend(request, history, controller, command, at, details);
            case DECIDE -> decision = decide(request, command, at, details);
            case RESPOND -> {
                request.respondedAt = at;
                putIfPresent(details, "deliveredSha256", history.stream()
                        .filter(entry -> DOCUMENT_ATTACHED.equals(entry.event))
                        .map(entry -> entry.details.get("sha256")).collect(Collectors.joining(",")));
            }
            case CLOSE -> request.closedAt = at;
            case LAPSE -> {
                details.put("reason", required(command.reason(), Refusal.LAPSE_REASON_REQUIRED, "reason",
                        "say which information never came; the person is told the request lapsed"));
                request.outcome = Outcome.LAPSED;
                request.closedAt = at;
            }
            case WITHDRAW -> putIfPresent(details, "reason", command.reason());
            case NONE, LIFT_OPPOSITION, NOTIFY_LIFT, LIFT_RESTRICTION -> putIfPresent(details, "reason",
                    command.reason());
        }
        RequestStatus from = request.status;
        if (row.to() != null) {
            request.status = row.to();
        }
        request.lastActivityAt = now;
        // Claim the request first: of two concurrent actions, the second to reach this write gets a 409.
        entityManager.flush();

        switch (row.effect()) {
            case DECIDE -> {
                if (decision.outcome().grantsSomething()) {
                    FlagBook.Effects effects = flags.grant(request, decision.effectiveOn(), at);
                    details.put("effectiveOn", decision.effectiveOn().stream().map(UUID::toString)
                            .collect(Collectors.joining(",")));
                    putCount(details, "flagsSet", effects.flagsSet());
                    putCount(details, "flagsAlreadyInForce", effects.alreadyInForce());
                    putCount(details, "partnerEvents", effects.events());
                }
            }
            case LIFT_OPPOSITION -> putCount(details, "partnerEvents", flags.lift(request, FlagType.OPPOSITION, at));
            case LIFT_RESTRICTION -> putCount(details, "partnerEvents", flags.lift(request, FlagType.RESTRICTION, at));
            case NOTIFY_LIFT -> putCount(details, "flagsNotified", flags.noticeLift(request, at));
            default -> {
            }
        }

        HistoryEntry entry = entry(request, history.size(), command.action().name(), actor, at, now, from, details);
        history.add(entry);
        Deadlines computed = deadlines.compute(request, history, controller);
        RequestService.project(request, computed);
        // A back-dated action records something staff did outside the desk, their own letter included.
        if (row.effect().step() != null && command.at() == null) {
            letters.write(request, history, row.effect().step(), controller, computed);
        }
        entry.persist();
        entityManager.flush();
        audit.append(new AuditEntry(actor, "REQUEST_" + command.action().name(), "request", request.id.toString(),
                at, auditDetails(request, from, details)));
        return new Done(request, history, controller);
    }

    /**
     * Gives the request to a staff member (their JWT subject), or takes it back with a null assignee. Not a
     * transition: the state and deadlines do not change, but the history and the audit log record who holds it.
     */
    @Transactional
    public RequestView assign(UUID id, String assignee, String actor, StaffScope scope) {
        Request request = RequestService.find(id, scope);
        if (request.status.terminal()) {
            throw new StateConflictException(Refusal.NO_LONGER_HANDLED,
                    "A " + request.status + " request is no longer handled by anyone.",
                    request.status.name(), Transitions.allowed(views.facts(request)).stream().map(Action::name)
                            .toList());
        }
        String previous = request.assignee;
        if (Objects.equals(previous, assignee)) {
            return get(request, true);
        }
        Map<String, String> details = new LinkedHashMap<>();
        putIfPresent(details, "assignee", assignee);
        putIfPresent(details, "previousAssignee", previous);
        request.assignee = assignee;
        return record(request, assignee == null ? UNASSIGNED : ASSIGNED, details, actor);
    }

    /** An internal note: sealed at rest like the identity, shown to desk staff only, never to the requester. */
    @Transactional
    public RequestView note(UUID id, String text, String actor, StaffScope scope) {
        Request request = RequestService.find(id, scope);
        String note = required(text, Refusal.NOTE_REQUIRED, "text", "write the note");
        int seq = RequestViews.history(request).size() + 1;
        return record(request, NOTE, new LinkedHashMap<>(Map.of("note", vault.sealNote(request.id, seq, note))), actor);
    }

    /**
     * Staff posted a letter the requester was owed by post: the day goes into the history (and the audit log), and
     * the letter leaves the list of letters to print. A letter is posted once.
     */
    @Transactional
    public RequestView letterPosted(UUID id, int letterSeq, LocalDate postedOn, String actor, StaffScope scope) {
        Request request = RequestService.find(id, scope);
        PostalLetter letter = PostalLetters.find(id, letterSeq);
        if (letter.postedOn != null) {
            throw DomainException.conflict("This letter was already recorded as posted on " + letter.postedOn + ".");
        }
        ControllerView controller = catalog.controller(request.controllerId);
        if (postedOn == null) {
            throw DomainException.invalidInput("postedOn", "give the day the letter was posted");
        }
        if (postedOn.isAfter(deadlines.today(controller))) {
            throw DomainException.ruleViolation("postedOn", "must not be in the future");
        }
        LocalDate owedOn = RequestDeadlines.localDate(letter.owedAt, controller);
        if (postedOn.isBefore(owedOn)) {
            throw DomainException.ruleViolation("postedOn", "must not precede the day the letter was owed ("
                    + owedOn + ")");
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("letterSeq", Integer.toString(letterSeq));
        details.put("postedLetter", letter.template);
        details.put("postedOn", postedOn.toString());
        RequestView view = record(request, LETTER_POSTED, details, actor);
        letter.postedOn = postedOn;
        letter.postedSeq = view.history().get(view.history().size() - 1).seq();
        return view;
    }

    /**
     * Records a response document staff attached, by its id, digest and size (never a file name, which may name
     * the person). Documents are attached while the answer is prepared; RESPOND then records what was delivered.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String attachDocument(UUID id, UUID documentId, String sha256, long size, String mediaType, String actor,
            StaffScope scope) {
        Request request = RequestService.find(id, scope);
        if (request.status != RequestStatus.IN_PROGRESS && request.status != RequestStatus.DECIDED) {
            throw new StateConflictException(Refusal.DOCUMENTS_NOT_NOW,
                    "Response documents are attached while the answer is prepared "
                    + "(IN_PROGRESS or DECIDED), not in state " + request.status + ".", request.status.name(),
                    Transitions.allowed(views.facts(request)).stream().map(Action::name).toList());
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("document", documentId.toString());
        details.put("sha256", sha256);
        details.put("size", Long.toString(size));
        details.put("mediaType", mediaType);
        record(request, DOCUMENT_ATTACHED, details, actor);
        return request.reference;
    }

    /**
     * Records the scan of the letter a request came in, as {@link #attachDocument} records a response document, in
     * any state: it is what the request is, not part of the answer, so RESPOND never counts it as delivered.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String attachReceivedLetter(UUID id, UUID documentId, String sha256, long size, String mediaType,
            String actor, StaffScope scope) {
        Request request = RequestService.find(id, scope);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("document", documentId.toString());
        details.put("sha256", sha256);
        details.put("size", Long.toString(size));
        details.put("mediaType", mediaType);
        record(request, LETTER_ATTACHED, details, actor);
        return request.reference;
    }

    private RequestView record(Request request, String event, Map<String, String> details, String actor) {
        Instant now = clock.instant();
        request.lastActivityAt = now;
        // As for actions, the version check makes the second of two concurrent writers fail before its history line.
        entityManager.flush();
        List<HistoryEntry> history = new ArrayList<>(RequestViews.history(request));
        HistoryEntry entry = entry(request, history.size(), event, actor, now, now, request.status, details);
        entry.persist();
        history.add(entry);
        entityManager.flush();
        Map<String, String> audited = new LinkedHashMap<>();
        audited.put("reference", request.reference);
        putIfPresent(audited, "assignee", details.get("assignee"));
        putIfPresent(audited, "sha256", details.get("sha256"));
        putIfPresent(audited, "postedOn", details.get("postedOn"));
        audit.append(new AuditEntry(actor, "REQUEST_" + event, "request", request.id.toString(), now, audited));
        return views.of(request, history, catalog.controller(request.controllerId), true);
    }

    private RequestView get(Request request, boolean withIdentity) {
        return views.of(request, RequestViews.history(request), catalog.controller(request.controllerId),
                withIdentity);
    }

    private static HistoryEntry entry(Request request, int previousEntries, String event, String actor,
            Instant occurredAt, Instant recordedAt, RequestStatus from, Map<String, String> details) {
        HistoryEntry entry = new HistoryEntry();
        entry.key = new HistoryEntry.Key(request.id, previousEntries + 1);
        entry.event = event;
        entry.actor = actor;
        entry.occurredAt = occurredAt;
        entry.recordedAt = recordedAt;
        entry.fromStatus = from;
        entry.toStatus = request.status;
        entry.details = details;
        return entry;
    }

    /** `at` records something that happened outside the desk: after receipt and the last event, not in the future. */
    private static void checkWhen(Request request, List<HistoryEntry> history, Instant at, Instant now) {
        if (at.isAfter(now)) {
            throw DomainException.ruleViolation(Refusal.AT_IN_FUTURE, "at", "must not be in the future");
        }
        if (at.isBefore(request.receivedAt)) {
            throw DomainException.ruleViolation(Refusal.AT_BEFORE_RECEIPT, "at",
                    "must not precede the receipt of the request (" + request.receivedAt + ")");
        }
        Instant last = history.get(history.size() - 1).occurredAt;
        if (at.isBefore(last)) {
            throw DomainException.ruleViolation(Refusal.AT_BEFORE_LAST_EVENT, "at",
                    "must not precede the last recorded event (" + last + "): record events in the order they happened");
        }
    }

    private void extend(Request request, List<HistoryEntry> history, ControllerView controller,
            ActionCommand command, Instant at, Map<String, String> details) {
        if (command.reasonCode() == null) {
            throw DomainException.invalidInput(Refusal.EXTENSION_REASON_REQUIRED, "reasonCode",
                    "is required to EXTEND (COMPLEXITY or NUMBER_OF_REQUESTS)");
        }
        String reasonText = required(command.reasonText(), Refusal.EXTENSION_TEXT_REQUIRED, "reasonText",
                "the extension notice must tell the person why (Art. 12(3))");
        if (!deadlines.extensionInTime(request, history, controller, at)) {
            throw DomainException.conflict(Refusal.TOO_LATE_TO_EXTEND,
                    "Too late to extend: the extension notice was due by "
                            + deadlines.extensionNoticeDue(request, history, controller, at).format(DAY)
                            + " (Art. 12(3): within one month of receipt).");
        }
        request.extended = true;
        details.put("reasonCode", command.reasonCode().name());
        details.put("reasonText", reasonText);
    }

    private Decisions.Decision decide(Request request, ActionCommand command, Instant at,
            Map<String, String> details) {
        List<ProcessingView> scope = scopes.processings(request.processingIds);
        completeSubject(request, command, scope);
        Decisions.Decision decision = Decisions.decide(request.right, scope, command);
        request.outcome = decision.outcome();
        request.legalGround = decision.legalGround();
        details.put("outcome", decision.outcome().name());
        if (decision.legalGround() != null) {
            details.put("legalGround", decision.legalGround().name());
            details.put("citation", decision.citation());
        }
        putIfPresent(details, "reasoning", decision.reasoning());
        return decision;
    }

    /** Staff may learn the study and participant code (from the study team) only when deciding. */
    private void completeSubject(Request request, ActionCommand command, List<ProcessingView> scope) {
        String code = blankToNull(command.participantCode());
        if (command.studyId() == null && code == null) {
            return;
        }
        if (request.participantCode != null && !(Objects.equals(request.studyId, command.studyId())
                && request.participantCode.equals(code))) {
            throw DomainException.ruleViolation(Refusal.PARTICIPANT_ALREADY_KNOWN, "participantCode",
                    "this request already names its study and participant code");
        }
        scopes.checkStudy(command.studyId(), code, scope);
        request.studyId = command.studyId();
        request.participantCode = code;
    }

    /** Only codes and states: free texts may hold health or identity data and stay in the request's history. */
    private static Map<String, String> auditDetails(Request request, RequestStatus from, Map<String, String> details) {
        Map<String, String> audited = new LinkedHashMap<>();
        audited.put("reference", request.reference);
        audited.put("fromStatus", from.name());
        audited.put("toStatus", request.status.name());
        for (String key : List.of("outcome", "legalGround", "reasonCode", "flagsSet", "partnerEvents")) {
            putIfPresent(audited, key, details.get(key));
        }
        return audited;
    }

    /** The status page's own check: the person reads the API's message through their page, not the console's. */
    private static String required(String text, String field, String why) {
        return required(text, null, field, why);
    }

    private static String required(String text, Refusal code, String field, String why) {
        String value = blankToNull(text);
        if (value == null) {
            throw DomainException.invalidInput(code, field, "is required: " + why);
        }
        return value;
    }

    private static void putIfPresent(Map<String, String> details, String key, String value) {
        if (value != null && !value.isBlank()) {
            details.put(key, value.trim());
        }
    }

    private static void putCount(Map<String, String> details, String key, int count) {
        if (count > 0) {
            details.put(key, Integer.toString(count));
        }
    }
}
