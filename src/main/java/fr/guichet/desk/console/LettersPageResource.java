package fr.guichet.desk.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import fr.guichet.catalog.CatalogDirectory;
import fr.guichet.catalog.ControllerView;
import fr.guichet.desk.letters.Letter;
import fr.guichet.desk.letters.PrintedLetters;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.security.CallerScope;
import fr.guichet.platform.security.CurrentActor;
import fr.guichet.platform.security.Roles;
import fr.guichet.platform.web.Cursor;
import fr.guichet.platform.web.Page;
import fr.guichet.platform.web.PageRequest;
import fr.guichet.platform.web.staff.StaffCsrf;
import fr.guichet.platform.web.staff.StaffPages;
import fr.guichet.request.PostalLetters;
import fr.guichet.request.RequestLifecycle;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The letters owed by post, for the DPO's staff to print and post: each one as an A4 PDF (it shows the requester's
 * name and address, so only {@code dpo} prints, and the view is traced), then the day it was posted, recorded in the
 * request's history.
 */
@Path("/desk/letters")
@RolesAllowed(Roles.DPO)
public class LettersPageResource {

    @CheckedTemplate(basePath = "desk")
    static class Templates {
        static native TemplateInstance letters(List<Item> items, String nextUrl, String notice, String pageError,
                String csrf, String otherLanguageUrl, boolean signedIn);
    }

    /** One letter to print, in words, with its posting form (and that form's error and value after a refusal). */
    record Item(String requestId, int seq, String reference, String what, String establishment, String postedOn,
            String error) {
        public String key() {
            return requestId + "-" + seq;
        }
    }

    private final PostalLetters postal;
    private final PrintedLetters printed;
    private final RequestLifecycle lifecycle;
    private final CatalogDirectory catalog;
    private final CallerScope scope;
    private final CurrentActor actor;
    private final StaffCsrf csrf;
    private final Clock clock;

    LettersPageResource(PostalLetters postal, PrintedLetters printed, RequestLifecycle lifecycle,
            CatalogDirectory catalog, CallerScope scope, CurrentActor actor, StaffCsrf csrf, Clock clock) {
        this.postal = postal;
        this.printed = printed;
        this.lifecycle = lifecycle;
        this.catalog = catalog;
        this.scope = scope;
        this.actor = actor;
        this.csrf = csrf;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("lang") String lang, @QueryParam("cursor") String cursor,
            @QueryParam("posted") String posted, @Context HttpHeaders headers) {
        String language = StaffPages.language(lang, headers);
        LettersPageMessages m = messages(language);
        String notice = posted == null || !posted.matches("[A-Z0-9-]{1,40}") ? null : m.posted(posted);
        return render(language, cursor, notice, null, null);
    }

    /** The PDF, as a download: a POST, because printing mints the letter's status link and traces the view. */
    @POST
    @Path("print")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("application/pdf")
    public Response print(@RestForm String csrf, @RestForm String request, @RestForm String seq) {
        this.csrf.check(actor.subject(), csrf);
        PrintedLetters.Pdf pdf = printed.print(requestId(request), number(seq), scope.get(), actor.subject());
        return Response.ok(pdf.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("posted")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response posted(@RestForm String csrf, @RestForm String request, @RestForm String seq,
            @RestForm String postedOn, @RestForm String from, @Context HttpHeaders headers) {
        this.csrf.check(actor.subject(), csrf);
        String language = StaffPages.language(null, headers);
        LettersPageMessages m = messages(language);
        UUID id = requestId(request);
        int letterSeq = number(seq);
        String key = id + "-" + letterSeq;
        String reference;
        try {
            reference = lifecycle.letterPosted(id, letterSeq, LocalDate.parse(postedOn == null ? "" : postedOn.trim()),
                    actor.subject(), scope.get()).reference();
        } catch (DateTimeParseException e) {
            return render(language, null, null, key, new Refusal(m.invalidDate(), postedOn));
        } catch (DomainException e) {
            return switch (e.kind()) {
                case CONFLICT -> render(language, null, m.alreadyPosted(), null, null);
                case RULE_VIOLATION, INVALID_INPUT -> render(language, null, null, key,
                        new Refusal(m.outOfRange(), postedOn));
                default -> throw e;
            };
        }
        String back = "request".equals(from) ? "/desk/requests/" + id
                : "/desk/letters?posted=" + URLEncoder.encode(reference, StandardCharsets.UTF_8);
        return Response.seeOther(URI.create(back)).build();
    }

    /** A posting form refused: its message, and the value as typed. */
    private record Refusal(String message, String value) {
    }

    private Response render(String language, String cursor, String notice, String refusedKey, Refusal refusal) {
        LettersPageMessages m = messages(language);
        RequestPageMessages words = RequestPages.messages(language);
        Response.Status status = refusal == null ? Response.Status.OK : Response.Status.BAD_REQUEST;
        String pageError = null;
        Page<PostalLetters.Owed> page = new Page<>(List.of(), null);
        try {
            page = postal.toPrint(scope.get(), PageRequest.of(cursor, null, PostalLetters.CURSOR_ARITY));
        } catch (Cursor.InvalidCursorException e) {
            status = Response.Status.BAD_REQUEST;
            pageError = m.invalidCursor();
        }
        Map<UUID, ControllerView> controllers = catalog.controllersIn(scope.get().filter()).stream()
                .collect(Collectors.toMap(ControllerView::id, Function.identity()));
        List<Item> items = page.items().stream().map(owed -> {
            ControllerView controller = controllers.get(owed.controllerId());
            ZoneId zone = ZoneId.of(controller.timeZone());
            RequestPages.Dates dates = new RequestPages.Dates(language, zone);
            String what = Letter.ofTemplate(owed.template()).map(letter -> RequestPages.letterWord(letter, words))
                    .orElse(words.letter_OTHER());
            boolean refused = (owed.requestId() + "-" + owed.seq()).equals(refusedKey);
            return new Item(owed.requestId().toString(), owed.seq(), m.request(owed.reference()),
                    m.owedSince(what, dates.date(owed.owedAt().atZone(zone).toLocalDate())),
                    m.establishment(controller.name()),
                    refused ? refusal.value() : LocalDate.ofInstant(clock.instant(), zone).toString(),
                    refused ? refusal.message() : null);
        }).toList();
        String nextUrl = page.next() == null ? null
                : "/desk/letters?cursor=" + URLEncoder.encode(page.next(), StandardCharsets.UTF_8);
        return StaffPages.html(status, Templates.letters(items, nextUrl, notice, pageError,
                csrf.token(actor.subject()), StaffPages.otherLanguageUrl("/desk/letters", language), true), language);
    }

    private static UUID requestId(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound("letter owed by post", value);
        }
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw DomainException.notFound("letter owed by post", value);
        }
    }

    private static LettersPageMessages messages(String language) {
        return MessageBundles.get(LettersPageMessages.class, Localized.Literal.of(language));
    }
}
