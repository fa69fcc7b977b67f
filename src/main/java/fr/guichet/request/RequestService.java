package fr.guichet.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.guichet.audit.AuditEntry;
import fr.guichet.audit.AuditLog;
import fr.guichet.catalog.CatalogDirectory;
import fr.guichet.catalog.ControllerView;
import fr.guichet.catalog.ProcessingView;
import fr.guichet.catalog.Right;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.security.StaffScope;
import fr.guichet.request.deadline.Deadlines;

/** Filing requests and reading them. Every later change goes through {@link RequestLifecycle}. */
@ApplicationScoped
public class RequestService {

    private final Clock clock;
    private final Scopes scopes;
    private final CatalogDirectory catalog;
    private final References references;
    private final IdentityVault vault;
    private final RequestDeadlines deadlines;
    private final RequestViews views;
    private final LetterBook letters;
    private final AuditLog audit;

    RequestService(Clock clock, Scopes scopes, CatalogDirectory catalog, References references, IdentityVault vault,
            RequestDeadlines deadlines, RequestViews views, LetterBook letters, AuditLog audit) {
        this.clock = clock;
        this.scopes = scopes;
        this.catalog = catalog;
        this.references = references;
        this.vault = vault;
        this.deadlines = deadlines;
        this.views = views;
        this.letters = letters;
        this.audit = audit;
    }

    /** Records a request received on any channel, with its history's first entry and its audit entry. */
    @Transactional
    public RequestView file(Filing filing, String actor) {
        return file(filing, actor, null);
    }

    /**
     * Records a request entered by a staff member, who may enter requests only for the controllers they answer for:
     * the processings of other controllers are unknown to them, as unknown processings are to anyone.
     */
    @Transactional
    public RequestView fileAsStaff(Filing filing, String actor, StaffScope scope) {
        List<ProcessingView> processings = scopes.processings(filing.processingIds());
        List<String> hidden = processings.stream().filter(p -> !scope.allows(p.controllerId()))
                .map(p -> p.id().toString()).sorted().toList();
        if (!hidden.isEmpty()) {
            throw DomainException.ruleViolation("processingIds", "unknown processing(s): " + String.join(", ", hidden));
        }
        return file(filing, actor, null);
    }

    /**
     * Checks a filing as {@link #file} would, without recording it, and picks the reference it will get: the public
     * form tells the person their reference before the request exists (it waits for the e-mail confirmation).
     */
    @Transactional
    public Reservation reserveReference(Filing filing) {
        ControllerView controller = checked(filing, clock.instant());
        return new Reservation(references.unused(RequestDeadlines.localDate(filing.receivedAt(), controller)),
                controller);
    }

    /** A reference promised to a filing, and the controller that will answer it. */
    public record Reservation(String reference, ControllerView controller) {
    }

    /**
     * As {@link #file(Filing, String)}, under a reference obtained from {@link #reserveReference}; the
     * {@link ReservedReferences} that held it must release it in the same transaction.
     */
    @Transactional
    public RequestView file(Filing filing, String actor, String reservedReference) {
        Instant now = clock.instant();
        ControllerView controller = checked(filing, now);

        Request request = new Request();
        request.id = UUID.randomUUID();
        request.reference = reservedReference != null ? reservedReference
                : references.unused(RequestDeadlines.localDate(filing.receivedAt(), controller));
        request.controllerId = controller.id();
        request.right = filing.right();
        request.channel = filing.channel();
        request.receivedAt = filing.receivedAt();
        request.language = filing.language();
        request.requesterRole = filing.requester().role();
        request.identity = vault.seal(request.id, identityOf(filing));
        request.requesterEmailHash = vault.emailHash(blankToNull(filing.requester().email()));
        request.studyId = filing.studyId();
        request.participantCode = blankToNull(filing.participantCode());
        request.processingIds = new HashSet<>(filing.processingIds());
        request.status = RequestStatus.RECEIVED;
        request.createdAt = now;
        request.lastActivityAt = now;

        HistoryEntry filed = new HistoryEntry();
        filed.key = new HistoryEntry.Key(request.id, 1);
        filed.event = HistoryEntry.FILED;
        filed.actor = actor;
        filed.occurredAt = filing.receivedAt();
        filed.recordedAt = now;
        filed.toStatus = RequestStatus.RECEIVED;
        filed.details = new LinkedHashMap<>(Map.of("channel", filing.channel().name()));
        List<HistoryEntry> history = List.of(filed);
        Deadlines computed = deadlines.compute(request, history, controller);
        project(request, computed);
        request.persistAndFlush();
        // Every channel gets the acknowledgement: a letter received by post is acknowledged by e-mail when possible.
        letters.write(request, history, RequesterStep.FILED, controller, computed);
        filed.persistAndFlush();
        audit.append(new AuditEntry(actor, "REQUEST_FILED", "request", request.id.toString(), filing.receivedAt(),
                Map.of("reference", request.reference, "right", request.right.name(), "channel",
                        request.channel.name(), "status", request.status.name())));
        return views.of(request, history, controller, true);
    }

    /**
     * A request of the reader's controllers with its deadlines as of now; identities only for readers allowed to see
     * them. A request of another controller is not found.
     */
    public RequestView get(UUID id, boolean withIdentity, StaffScope scope) {
        Request request = find(id, scope);
        return views.of(request, RequestViews.history(request), catalog.controller(request.controllerId),
                withIdentity);
    }

    /** What identifies a request to staff: its id, reference and controller. */
    public record RequestRef(UUID id, String reference, UUID controllerId) {
    }

    /** The request's reference and controller, if it belongs to the staff member's scope (otherwise 404). */
    public RequestRef ref(UUID id, StaffScope scope) {
        Request request = find(id, scope);
        return new RequestRef(request.id, request.reference, request.controllerId);
    }

    /** The request as the person who filed it sees it (status page). */
    public RequesterView forRequester(UUID id) {
        Request request = find(id);
        return views.forRequester(request, RequestViews.history(request), catalog.controller(request.controllerId));
    }

    /** A request its filer can still follow or act on, to send them a fresh status link at the address on file. */
    public record Followable(UUID id, String reference, String email, ControllerView controller) {
    }

    /**
     * The requests filed from this exact e-mail address (found by its keyed hash) that are still open, or whose
     * opposition the person may still withdraw.
     */
    public List<Followable> followable(String email) {
        byte[] hash = vault.emailHash(blankToNull(email));
        if (hash == null) {
            return List.of();
        }
        List<Request> requests = Request.list("requesterEmailHash = ?1 order by receivedAt", hash);
        return requests.stream()
                .filter(request -> !request.status.terminal() || !views.requesterActions(request).isEmpty())
                .map(request -> new Followable(request.id, request.reference,
                        vault.open(request.id, request.identity).requesterEmail(),
                        catalog.controller(request.controllerId)))
                .toList();
    }

    /** Whether the desk holds any request at all (dev-mode demo data is loaded only into an empty desk). */
    public boolean anyFiled() {
        return Request.count() > 0;
    }

    /** Art. 99(2) GDPR: no request under it was received before the day it began to apply. */
    static final LocalDate GDPR_APPLIES = LocalDate.of(2018, 5, 25);

    /** The rules every filing meets, whatever the channel; answers the controller the request goes to. */
    private ControllerView checked(Filing filing, Instant now) {
        if (filing.receivedAt().isAfter(now)) {
            throw DomainException.ruleViolation("receivedAt", "must not be in the future");
        }
        List<ProcessingView> scope = scopes.processings(filing.processingIds());
        checkParties(filing);
        scopes.checkStudy(filing.studyId(), blankToNull(filing.participantCode()), scope);
        checkRight(filing, scope);
        ControllerView controller = catalog.controller(scope.get(0).controllerId());
        if (RequestDeadlines.localDate(filing.receivedAt(), controller).isBefore(GDPR_APPLIES)) {
            throw DomainException.invalidInput("receivedAt", "must not be before " + GDPR_APPLIES
                    + ", when the GDPR began to apply");
        }
        return controller;
    }

    static Request find(UUID id) {
        return Request.<Request>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("request", id));
    }

    /** The request, if it belongs to a controller of the staff member's scope: otherwise it does not exist for them. */
    static Request find(UUID id, StaffScope scope) {
        Request request = find(id);
        if (!scope.allows(request.controllerId)) {
            throw DomainException.notFound("request", id);
        }
        return request;
    }

    /** Refreshes the columns that let queues sort and filter by deadline; the engine's answer is the truth. */
    static void project(Request request, Deadlines computed) {
        request.receiptDate = computed.receiptDate();
        request.responseDue = computed.responseDue();
        request.extendedDue = computed.extendedDue();
        request.pausedDays = computed.pausedDays();
        request.effectiveDue = computed.effectiveDue();
        request.internalTarget = computed.internalTarget();
        request.paused = computed.paused();
    }

    private static void checkParties(Filing filing) {
        boolean self = filing.requester().role() == RequesterRole.SELF;
        if (self && filing.subject() != null) {
            throw DomainException.ruleViolation("subject", "is only for someone filing for another person");
        }
        if (!self && filing.subject() == null) {
            throw DomainException.ruleViolation("subject",
                    "a " + filing.requester().role() + " files for someone: name the person concerned");
        }
        if (blankToNull(filing.requester().email()) == null && blankToNull(filing.requester().postalAddress()) == null) {
            throw DomainException.ruleViolation("requester", "give an e-mail or a postal address for the answer");
        }
    }

    private static void checkRight(Filing filing, List<ProcessingView> scope) {
        Right right = filing.right();
        if (filing.admittedRightsOnly()) {
            scope.stream().filter(p -> !p.rights().contains(right)).findFirst().ifPresent(p -> {
                throw DomainException.ruleViolation("right", "the processing '" + p.name() + "' does not admit "
                        + right);
            });
        }
        boolean reasonRequired = right == Right.OPPOSITION
                && scope.stream().anyMatch(ProcessingView::oppositionRequiresReason);
        if (reasonRequired && blankToNull(filing.reason()) == null) {
            throw DomainException.ruleViolation("reason",
                    "an opposition to this processing must give a reason (legitimate grounds)");
        }
    }

    private static RequestIdentity identityOf(Filing filing) {
        RequesterInput requester = filing.requester();
        return new RequestIdentity(requester.fullName().trim(), blankToNull(requester.email()),
                blankToNull(requester.postalAddress()),
                filing.subject() == null ? null : filing.subject().fullName().trim(), blankToNull(filing.details()),
                blankToNull(filing.reason()));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
