package fr.guichet.desk.console;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import fr.guichet.desk.documents.ResponseDocuments;
import fr.guichet.desk.letters.RequesterLetters;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.error.StateConflictException;
import fr.guichet.platform.security.CallerScope;
import fr.guichet.platform.security.CurrentActor;
import fr.guichet.platform.security.Roles;
import fr.guichet.platform.web.staff.StaffCsrf;
import fr.guichet.platform.web.staff.StaffPages;
import fr.guichet.request.Action;
import fr.guichet.request.ActionCommand;
import fr.guichet.request.IdentityViews;
import fr.guichet.request.RequestLifecycle;
import fr.guichet.request.RequestService;
import fr.guichet.request.RequestStatus;
import fr.guichet.request.RequestView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The request page of the DPO's console: what the request is, its deadlines and history, and the actions the
 * transition table allows now, each a plain form. Before an action writes to the requester, the page shows what they
 * will receive and read, and the DPO confirms. Everything goes through the same services as the API.
 */
@Path("/desk/requests/{id}")
@Produces(MediaType.TEXT_HTML)
public class RequestPageResource {

    @CheckedTemplate(basePath = "desk")
    static class Templates {
        static native TemplateInstance request(RequestPage page, String otherLanguageUrl, boolean signedIn);

        /** @param happenedAt when a back-dated action happened, in words; null when it happens now */
        static native TemplateInstance preview(RequestPage page, String action, String actionLabel,
                String happenedAt, List<PreviewLetter> letters, List<RequestPage.Option> reads,
                List<RequestPage.Option> fields, String otherLanguageUrl, boolean signedIn);
    }

    private final RequestService requests;
    private final RequestLifecycle lifecycle;
    private final ResponseDocuments documents;
    private final RequesterLetters letters;
    private final RequestPages pages;
    private final IdentityViews identityViews;
    private final SecurityIdentity identity;
    private final CurrentActor actor;
    private final CallerScope scope;
    private final StaffCsrf csrf;
    private final Validator validator;

    RequestPageResource(RequestService requests, RequestLifecycle lifecycle, ResponseDocuments documents,
            RequesterLetters letters, RequestPages pages, IdentityViews identityViews, SecurityIdentity identity,
            CurrentActor actor, CallerScope scope, StaffCsrf csrf, Validator validator) {
        this.validator = validator;
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.documents = documents;
        this.letters = letters;
        this.pages = pages;
        this.identityViews = identityViews;
        this.identity = identity;
        this.actor = actor;
        this.scope = scope;
        this.csrf = csrf;
    }

    @GET
    @RolesAllowed({ Roles.DPO, Roles.COMPLIANCE })
    public Response page(@PathParam("id") UUID id, @QueryParam("done") String done, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        String language = StaffPages.language(lang, headers);
        String notice = "FILED".equals(done) ? RequestPages.messages(language).filed()
                : done == null ? null : ActionForms.action(done)
                        .map(action -> RequestPages.messages(language).done(Vocabulary.of(language).action(action)))
                        .orElse(null);
        return render(id, language, Response.Status.OK, Map.of(), Map.of(), null, notice);
    }

    @POST
    @Path("actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.DPO)
    public Response act(@PathParam("id") UUID id, MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        String language = StaffPages.language(null, headers);
        csrf.check(actor.subject(), form.getFirst(StaffCsrf.FIELD));
        ZoneId zone = pages.zone(requests.get(id, false, scope.get()).controllerId());
        ActionForms.Parsed parsed = ActionForms.parse(form, language, zone, validator);
        if (!parsed.errors().isEmpty()) {
            return render(id, language, Response.Status.BAD_REQUEST, parsed.values(), parsed.errors(),
                    parsed.actionName(), null);
        }
        ActionCommand command = parsed.command();
        try {
            if (!"yes".equals(form.getFirst("confirm"))) {
                RequestLifecycle.ActionPreview preview = lifecycle.preview(id, command, actor.subject(), scope.get());
                if (!preview.letters().isEmpty() || !preview.requesterReads().isEmpty()) {
                    return preview(id, command, parsed.values(), preview, language, zone);
                }
            }
            identityViews.traced(lifecycle.act(id, command, actor.subject(), true, scope.get()), actor.subject());
        } catch (StateConflictException e) {
            return conflict(id, language, parsed.values(), parsed.actionName(), e);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return render(id, language, Response.Status.BAD_REQUEST, parsed.values(),
                    ActionForms.errors(e, Refusals.messages(language)), parsed.actionName(), null);
        }
        return done(id, command.action().name());
    }

    @POST
    @Path("assignee")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.DPO)
    public Response assign(@PathParam("id") UUID id, @RestForm String csrf, @RestForm String assignee,
            @RestForm String me, @Context HttpHeaders headers) {
        this.csrf.check(actor.subject(), csrf);
        String subject = me != null ? actor.subject() : assignee == null || assignee.isBlank() ? null : assignee.trim();
        try {
            identityViews.traced(lifecycle.assign(id, subject, actor.subject(), scope.get()), actor.subject());
        } catch (StateConflictException e) {
            return conflict(id, StaffPages.language(null, headers), Map.of(), null, e);
        }
        return done(id, null);
    }

    @POST
    @Path("notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.DPO)
    public Response note(@PathParam("id") UUID id, @RestForm String csrf, @RestForm String text,
            @Context HttpHeaders headers) {
        this.csrf.check(actor.subject(), csrf);
        String language = StaffPages.language(null, headers);
        try {
            identityViews.traced(lifecycle.note(id, text, actor.subject(), scope.get()), actor.subject());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return render(id, language, Response.Status.BAD_REQUEST, Map.of("text", text == null ? "" : text),
                    Map.of("text", Refusals.text(e, Refusals.messages(language))), "NOTE", null);
        }
        return done(id, null);
    }

    @POST
    @Path("documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.DPO)
    public Response attach(@PathParam("id") UUID id, @RestForm String csrf, @RestForm("file") FileUpload file,
            @Context HttpHeaders headers) throws IOException {
        this.csrf.check(actor.subject(), csrf);
        String language = StaffPages.language(null, headers);
        try {
            byte[] content = file == null ? new byte[0] : Files.readAllBytes(file.uploadedFile());
            String type = file == null || file.contentType() == null ? "" : file.contentType();
            documents.attach(id, type, content, actor.subject(), scope.get());
        } catch (StateConflictException e) {
            return conflict(id, language, Map.of(), null, e);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return render(id, language, Response.Status.BAD_REQUEST, Map.of(),
                    Map.of("file", Refusals.text(e, Refusals.messages(language))), "DOCUMENT", null);
        }
        return done(id, null);
    }

    /** A letter as the preview shows it: how it reaches the requester, then its subject and text. */
    record PreviewLetter(String intro, String subject, String text, String language) {
        static PreviewLetter of(RequesterLetters.LetterPreview letter, RequestPageMessages m) {
            String language = "en".equals(letter.language()) ? m.language_en() : m.language_fr();
            return new PreviewLetter(letter.byPost() ? m.previewLetterPost(language) : m.previewLetterEmail(language),
                    letter.subject(), letter.text(), letter.language());
        }
    }

    /**
     * The request changed meanwhile: the page again, as it is now, saying so and why the step is refused in it, with
     * what was sent kept.
     */
    private Response conflict(UUID id, String language, Map<String, String> values, String action,
            StateConflictException e) {
        String changed = RequestPages.messages(language)
                .conflict(Vocabulary.of(language).status(RequestStatus.valueOf(e.currentState())));
        return render(id, language, Response.Status.CONFLICT, values, Map.of(), action,
                changed + " " + Refusals.text(e, Refusals.messages(language)));
    }

    /** After a change, the page is read again (post, redirect, get): a reload never repeats the change. */
    private static Response done(UUID id, String action) {
        return Response.seeOther(URI.create("/desk/requests/" + id + (action == null ? "" : "?done=" + action)))
                .build();
    }

    private Response render(UUID id, String language, Response.Status status, Map<String, String> values,
            Map<String, String> errors, String erroredAction, String notice) {
        boolean dpo = identity.hasRole(Roles.DPO);
        RequestView view = identityViews.traced(requests.get(id, dpo, scope.get()), actor.subject());
        RequestPages.FormState forms = dpo ? new RequestPages.FormState(csrf.token(actor.subject()), actor.subject(),
                values, errors, erroredAction, notice) : null;
        RequestPage page = pages.build(view, documents.receivedLetters(id, scope.get()),
                documents.list(id, scope.get()), language, forms);
        return StaffPages.html(status, Templates.request(page,
                StaffPages.otherLanguageUrl("/desk/requests/" + id, language), true), language);
    }

    private Response preview(UUID id, ActionCommand command, Map<String, String> values,
            RequestLifecycle.ActionPreview preview, String language, ZoneId zone) {
        Action action = command.action();
        RequestView view = identityViews.traced(requests.get(id, true, scope.get()), actor.subject());
        RequestPage page = pages.build(view, List.of(), List.of(), language, new RequestPages.FormState(
                csrf.token(actor.subject()), actor.subject(), values, Map.of(), null, null));
        RequestPageMessages m = RequestPages.messages(language);
        Map<String, String> reads = new LinkedHashMap<>();
        preview.requesterReads().forEach((field, text) -> reads.put(ActionForms.fieldLabel(field, m), text));
        String happenedAt = command.at() == null ? null
                : new RequestPages.Dates(language, zone).instant(command.at().toInstant());
        return StaffPages.html(Response.Status.OK, Templates.preview(page, action.name(),
                Vocabulary.of(language).action(action), happenedAt,
                preview.letters().stream().map(letters::preview).map(letter -> PreviewLetter.of(letter, m)).toList(),
                reads.entrySet().stream().map(e -> new RequestPage.Option(e.getKey(), e.getValue())).toList(),
                values.entrySet().stream().filter(e -> !e.getKey().equals("action"))
                        .map(e -> new RequestPage.Option(e.getKey(), e.getValue())).toList(),
                StaffPages.otherLanguageUrl("/desk/requests/" + id, language), true), language);
    }
}
