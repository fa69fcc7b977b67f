package fr.guichet.request;

import java.time.Clock;
import java.time.Instant;
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
        Instant now = clock.instant();
        if (filing.receivedAt().isAfter(now)) {
            throw DomainException.ruleViolation("receivedAt", "must not be in the future");
        }
        List<ProcessingView> scope = scopes.processings(filing.processingIds());
        checkParties(filing);
        scopes.checkStudy(filing.studyId(), blankToNull(filing.participantCode()), scope);
        checkRight(filing, scope);
        ControllerView controller = catalog.controller(scope.get(0).controllerId());

        Request request = new Request();
        request.id = UUID.randomUUID();
        request.reference = references.unused(RequestDeadlines.localDate(filing.receivedAt(), controller));
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

    /** A request with its deadlines as of now; identities only for readers allowed to see them. */
    public RequestView get(UUID id, boolean withIdentity) {
        Request request = find(id);
        return views.of(request, RequestViews.history(request), catalog.controller(request.controllerId),
                withIdentity);
    }

    /** Whether the desk holds any request at all (dev-mode demo data is loaded only into an empty desk). */
    public boolean anyFiled() {
        return Request.count() > 0;
    }

    static Request find(UUID id) {
        return Request.<Request>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("request", id));
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
