package fr.guichet.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import fr.guichet.audit.AccessTrace;
import fr.guichet.catalog.CatalogDirectory;
import fr.guichet.catalog.ControllerView;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.security.ControllerFilter;
import fr.guichet.platform.security.StaffScope;
import fr.guichet.platform.web.Cursor;
import fr.guichet.platform.web.Page;
import fr.guichet.platform.web.PageRequest;
import fr.guichet.request.deadline.Deadlines;

/**
 * The letters requesters without an e-mail address are owed: the list staff print from, oldest first, and each
 * letter's words as they were when its step was recorded, with the addressee for the envelope.
 */
@ApplicationScoped
public class PostalLetters {

    /** A cursor of {@link #toPrint}: the owed instant, request and history entry of the page's last letter. */
    public static final int CURSOR_ARITY = 3;

    /** A letter still to post, as the list shows it. */
    public record Owed(UUID requestId, String reference, int seq, String template, UUID controllerId,
            Instant owedAt) {
    }

    /**
     * A letter to print: what it says, and to whom it goes (the requester's name and postal address, as they gave
     * them).
     */
    public record Printable(RequesterNotice notice, String addresseeName, String addresseeAddress, Instant owedAt,
            LocalDate postedOn) {
    }

    private final EntityManager entityManager;
    private final CatalogDirectory catalog;
    private final RequestDeadlines deadlines;
    private final LetterBook letters;
    private final IdentityVault vault;
    private final AccessTrace trace;

    PostalLetters(EntityManager entityManager, CatalogDirectory catalog, RequestDeadlines deadlines,
            LetterBook letters, IdentityVault vault, AccessTrace trace) {
        this.entityManager = entityManager;
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.letters = letters;
        this.vault = vault;
        this.trace = trace;
    }

    /** The letters of the scope still to post, oldest first: one statement, on the partial index of V18. */
    public Page<Owed> toPrint(StaffScope scope, PageRequest page) {
        ControllerFilter controllers = scope.filter();
        Optional<Owed> after = page.after().map(PostalLetters::position);
        Query query = entityManager.createNativeQuery(toPrintSql(controllers, after.isPresent()), Object[].class)
                .setParameter("limit", page.limit() + 1);
        if (controllers.restricted()) {
            query.setParameter("controllers", controllers.parameter());
        }
        after.ifPresent(last -> query.setParameter("owedAt", last.owedAt()).setParameter("requestId",
                last.requestId()).setParameter("seq", last.seq()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return Page.of(rows, page.limit(), row -> new Owed((UUID) row[0], (String) row[1],
                ((Number) row[2]).intValue(), (String) row[3], (UUID) row[4],
                (Instant) row[5]), row -> Cursor.encode(row[5].toString(), row[0].toString(), row[2].toString()));
    }

    /** The statement of {@link #toPrint}, with its parameters named (the plan test explains it). */
    static String toPrintSql(ControllerFilter controllers, boolean after) {
        return """
                SELECT l.request_id, r.reference, l.seq, l.template, l.controller_id, l.owed_at
                FROM postal_letters l JOIN requests r ON r.id = l.request_id
                WHERE l.posted_on IS NULL""" + controllers.condition("l.controller_id", ":controllers")
                + (after ? " AND (l.owed_at, l.request_id, l.seq) > (:owedAt, :requestId, :seq)" : "")
                + " ORDER BY l.owed_at, l.request_id, l.seq LIMIT :limit";
    }

    /**
     * The letter owed at history entry {@code seq}, worded as it was when the step was recorded (its dates included),
     * addressed to the requester. Shows the requester's identity, so the view is traced for {@code actor}.
     */
    public Printable printable(UUID requestId, int seq, StaffScope scope, String actor) {
        Request request = RequestService.find(requestId, scope);
        PostalLetter letter = find(requestId, seq);
        ControllerView controller = catalog.controller(request.controllerId);
        List<HistoryEntry> recorded = RequestViews.history(request).stream().filter(entry -> entry.key.seq <= seq)
                .toList();
        Deadlines then = deadlines.asRecorded(request.receivedAt, recorded, controller);
        RequestIdentity identity = vault.open(request.id, request.identity);
        trace.record(actor, AccessTrace.Kind.IDENTITY_VIEWED,
                Optional.of(new AccessTrace.Seen(request.id, request.reference, request.controllerId)),
                Optional.empty());
        return new Printable(letters.notice(request, recorded, letter.step, controller, then),
                identity.requesterFullName(), identity.requesterPostalAddress(), letter.owedAt, letter.postedOn);
    }

    static PostalLetter find(UUID requestId, int seq) {
        PostalLetter letter = PostalLetter.findById(new HistoryEntry.Key(requestId, seq));
        if (letter == null) {
            throw DomainException.notFound("letter owed by post", requestId + "/" + seq);
        }
        return letter;
    }

    private static Owed position(List<String> keys) {
        try {
            return new Owed(UUID.fromString(keys.get(1)), null, Integer.parseInt(keys.get(2)), null, null,
                    Instant.parse(keys.get(0)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new Cursor.InvalidCursorException();
        }
    }
}
