package fr.guichet.desk.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import fr.guichet.catalog.CatalogDirectory;
import fr.guichet.catalog.ControllerView;
import fr.guichet.desk.staff.StaffDirectory;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.security.CallerScope;
import fr.guichet.platform.security.CurrentActor;
import fr.guichet.platform.security.Roles;
import fr.guichet.platform.security.StaffScope;
import fr.guichet.platform.web.Cursor;
import fr.guichet.platform.web.Page;
import fr.guichet.platform.web.PageRequest;
import fr.guichet.platform.web.staff.StaffCsrf;
import fr.guichet.platform.web.staff.StaffPages;
import fr.guichet.request.QueueFilter;
import fr.guichet.request.QueueLine;
import fr.guichet.request.QueueService;
import fr.guichet.request.QueueSort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The DPO's queue as a page: the same filters, orders and keyset pages as {@code GET /api/v1/desk/requests}, read
 * through the same {@link QueueService} (so a search by e-mail is refused and traced the same way), in words. A
 * plain GET form, so that a filtered queue is a bookmark and works without script. A malformed value comes back
 * as the form with the error beside its field, never as a problem document.
 */
@Path("/desk/requests")
public class QueuePageResource {

    /** The instant of the visit that "new" counts from, carried by the page's own links and form. */
    static final String SINCE = "since";

    @CheckedTemplate(basePath = "desk")
    static class Templates {
        static native TemplateInstance queue(QueueForm form, List<QueueTable.Count> counts,
                List<QueueTable.Line> lines, boolean listed, String since, String nextUrl, String pageError,
                Bulk bulk, String otherLanguageUrl, boolean signedIn);
    }

    /**
     * What a DPO may do with ticked requests at once (an opposition wave brings hundreds of identical ones): the form's
     * token, the colleagues to assign to, and what the last bulk step did.
     */
    record Bulk(String csrf, List<RequestPage.Option> colleagues, String notice) {
    }

    private final QueueService queue;
    private final CatalogDirectory catalog;
    private final QueueVisits visits;
    private final CallerScope scope;
    private final CurrentActor actor;
    private final SecurityIdentity identity;
    private final Clock clock;

    private final StaffDirectory staff;
    private final StaffCsrf csrf;

    QueuePageResource(QueueService queue, CatalogDirectory catalog, QueueVisits visits, CallerScope scope,
            CurrentActor actor, SecurityIdentity identity, Clock clock, StaffDirectory staff, StaffCsrf csrf) {
        this.staff = staff;
        this.csrf = csrf;
        this.queue = queue;
        this.catalog = catalog;
        this.visits = visits;
        this.scope = scope;
        this.actor = actor;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ Roles.DPO, Roles.COMPLIANCE })
    public Response page(@QueryParam("lang") String lang, @Context HttpHeaders headers, @Context UriInfo uri) {
        String language = StaffPages.language(lang, headers);
        QueueMessages words = MessageBundles.get(QueueMessages.class, Localized.Literal.of(language));
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        String me = actor.subject();
        StaffScope granted = scope.get();
        Instant now = clock.instant();
        Optional<Instant> previous = since(parameters.getFirst(SINCE)).or(() -> visits.previous(me));
        QueueForm form = QueueForm.of(parameters, catalog.controllersIn(granted.filter()),
                catalog.processingsIn(granted.filter()), words, Vocabulary.of(language));
        QueueTable table = new QueueTable(words, Vocabulary.of(language), language);
        List<QueueTable.Count> counts = table.counts(queue.riskCounts(granted));
        // What a bulk step did is said once, not carried into the links.
        String query = query(parameters, Map.of(BulkActionsResource.DONE, "", BulkActionsResource.SKIPPED, ""));
        String self = "/desk/requests" + (query.isEmpty() ? "" : "?" + query);
        String since = previous.map(Instant::toString).orElse("");

        Response.Status status = Response.Status.OK;
        String pageError = null;
        Page<QueueLine> page = new Page<>(List.of(), null);
        try {
            QueueFilter filter = QueueFilter.parse(parameters, me);
            page = queue.page(filter, granted, PageRequest.of(parameters.getFirst("cursor"),
                    parameters.getFirst("limit"), QueueSort.CURSOR_KEYS), me, identity.hasRole(Roles.DPO));
        } catch (DomainException e) {
            status = Response.Status.BAD_REQUEST;
            e.violations().stream().findFirst().ifPresent(v -> form.fail(v.field(), message(v.field(), form, words)));
            if (e.violations().isEmpty() || !QueueForm.FIELDS.contains(e.violations().get(0).field())) {
                pageError = words.invalidChoice();
            }
        } catch (Cursor.InvalidCursorException e) {
            status = Response.Status.BAD_REQUEST;
            pageError = words.invalidCursor();
        } catch (ForbiddenException e) {
            status = Response.Status.FORBIDDEN;
            form.fail("q", words.emailRefused());
        }
        boolean listed = status == Response.Status.OK;
        String nextUrl = page.next() == null ? null : "/desk/requests?" + query(parameters, Map.of("cursor",
                page.next(), SINCE, since, BulkActionsResource.DONE, "", BulkActionsResource.SKIPPED, ""));
        Response response = StaffPages.html(status, Templates.queue(form,
                counts, page.items().stream().map(line -> table.line(line, previous)).toList(), listed, since,
                nextUrl, pageError, bulk(parameters, words), StaffPages.otherLanguageUrl(self, language), true),
                language);
        if (listed) {
            visits.record(me, now);
        }
        return response;
    }

    /** The bulk form for a DPO (none for readers), saying what the last bulk step did. */
    private Bulk bulk(MultivaluedMap<String, String> parameters, QueueMessages words) {
        if (!identity.hasRole(Roles.DPO)) {
            return null;
        }
        String done = parameters.getFirst(BulkActionsResource.DONE);
        String skipped = parameters.getFirst(BulkActionsResource.SKIPPED);
        String notice = done == null || !done.matches("\\d{1,3}") || skipped == null || !skipped.matches("\\d{1,3}")
                ? null : "0".equals(done) && "0".equals(skipped) ? words.bulkNothing() : words.bulkDone(done, skipped);
        List<UUID> controllers = catalog.controllersIn(scope.get().filter()).stream().map(ControllerView::id).toList();
        return new Bulk(csrf.token(actor.subject()), staff.colleaguesFor(controllers).stream()
                .map(colleague -> new RequestPage.Option(colleague.subject(), colleague.name())).toList(), notice);
    }

    /** The localized message for a refused field; a date field refused for its order rather than its form. */
    private static String message(String field, QueueForm form, QueueMessages words) {
        return switch (field) {
            case "q" -> words.invalidSearch();
            case "receivedFrom", "dueBefore" -> words.invalidDate();
            case "receivedTo" -> isDate(form.value(field)) ? words.invalidRange() : words.invalidDate();
            default -> words.invalidChoice();
        };
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value.trim());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Optional<Instant> since(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(Instant.parse(value.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // only a display aid: a mangled one counts as absent
        }
    }

    /** The page's query string without {@code lang}, with some parameters replaced (an empty value drops one). */
    private static String query(MultivaluedMap<String, String> parameters, Map<String, String> replaced) {
        String kept = parameters.entrySet().stream()
                .filter(entry -> !entry.getKey().equals("lang") && !replaced.containsKey(entry.getKey()))
                .flatMap(entry -> entry.getValue().stream().filter(value -> !value.isBlank())
                        .map(value -> encode(entry.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
        String added = replaced.entrySet().stream().filter(entry -> !entry.getValue().isEmpty()).sorted(
                Map.Entry.comparingByKey()).map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? added : added.isEmpty() ? kept : kept + "&" + added;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
