package fr.guichet.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import fr.guichet.catalog.PublicProcessingView;
import fr.guichet.catalog.StudyView;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.error.RateLimitedException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/**
 * The public form, French at {@code /} and English at {@code /en}: three server-rendered steps (controller,
 * processing and study, then the filing), no script. A refused submission comes back with its values and errors.
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class IntakePageResource {

    private static final String SEARCH = "search";

    @CheckedTemplate(basePath = "intake")
    static class Templates {
        static native TemplateInstance form(FormPage page);

        static native TemplateInstance notice(String title, String text, String linkLabel, String linkUrl);
    }

    private final IntakeCatalog catalog;
    private final PendingFilings pending;
    private final RateLimits limits;
    private final Validator validator;
    private final Csrf csrf;

    IntakePageResource(IntakeCatalog catalog, PendingFilings pending, RateLimits limits, Validator validator,
            Csrf csrf) {
        this.catalog = catalog;
        this.pending = pending;
        this.limits = limits;
        this.validator = validator;
        this.csrf = csrf;
    }

    @GET
    public Response french(@QueryParam("controller") String controller, @QueryParam("processing") String processing,
            @QueryParam("study") String study, @QueryParam("q") String search, @QueryParam("action") String action,
            @CookieParam(Csrf.COOKIE) String csrfCookie) {
        // The study search re-renders the processing step, whatever radio was checked when it was pressed.
        String chosen = SEARCH.equals(action) ? null : processing;
        Csrf.Issued token = csrf.issue(csrfCookie);
        return Pages.withCookie(Pages.html(Templates.form(page("fr", controller, chosen, study, search, Map.of(),
                List.of(), token.formToken())), "fr"), token);
    }

    @GET
    @Path("en")
    public Response english(@QueryParam("controller") String controller, @QueryParam("processing") String processing,
            @QueryParam("study") String study, @QueryParam("q") String search, @QueryParam("action") String action,
            @CookieParam(Csrf.COOKIE) String csrfCookie) {
        // The study search re-renders the processing step, whatever radio was checked when it was pressed.
        String chosen = SEARCH.equals(action) ? null : processing;
        Csrf.Issued token = csrf.issue(csrfCookie);
        return Pages.withCookie(Pages.html(Templates.form(page("en", controller, chosen, study, search, Map.of(),
                List.of(), token.formToken())), "en"), token);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response fileInFrench(MultivaluedMap<String, String> form, @CookieParam(Csrf.COOKIE) String csrfCookie,
            @Context HttpServerRequest http) {
        return file("fr", form, csrfCookie, http);
    }

    @POST
    @Path("en")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response fileInEnglish(MultivaluedMap<String, String> form, @CookieParam(Csrf.COOKIE) String csrfCookie,
            @Context HttpServerRequest http) {
        return file("en", form, csrfCookie, http);
    }

    private Response file(String language, MultivaluedMap<String, String> form, String csrfCookie,
            HttpServerRequest http) {
        IntakeMessages m = Pages.messages(language);
        Map<String, String> values = new HashMap<>();
        form.forEach((key, list) -> values.put(key, list.isEmpty() ? "" : list.get(0)));
        values.remove(Csrf.FIELD);
        List<FormPage.FieldError> errors = new ArrayList<>();
        PublicFiling filing = FormFiling.of(values, language);
        if (!csrf.valid(csrfCookie, form.getFirst(Csrf.FIELD))) {
            errors.add(new FormPage.FieldError("processing", m.error_csrf()));
        } else {
            for (ConstraintViolation<PublicFiling> violation : validator.validate(filing)) {
                add(errors, FormFiling.field(violation.getPropertyPath().toString()), m);
            }
        }
        if (errors.isEmpty()) {
            try {
                limits.checkFiling(ClientAddress.of(http), filing.requester().email());
                FilingReceipt receipt = pending.submit(filing);
                return Pages.html(Templates.notice(m.submitted_title(), m.submitted_text(receipt.reference()), null,
                        null), language);
            } catch (RateLimitedException e) {
                errors.add(new FormPage.FieldError("email",
                        m.error_rateLimited(Math.max(1, e.retryAfter().toMinutes() + 1))));
            } catch (DomainException e) {
                e.violations().forEach(v -> add(errors, FormFiling.field(v.field()), m));
                if (e.violations().isEmpty()) {
                    add(errors, "processing", m);
                }
            }
        }
        Csrf.Issued token = csrf.issue(csrfCookie);
        return Pages.withCookie(Pages.html(Response.Status.BAD_REQUEST, Templates.form(page(language,
                values.get("controller"), values.get("processing"), values.get("study"), null, values, errors,
                token.formToken())), language), token);
    }

    private static void add(List<FormPage.FieldError> errors, String field, IntakeMessages m) {
        if (errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FormPage.FieldError(field, FormFiling.message(field, m)));
        }
    }

    /** The step the parameters reach; a parameter that names nothing offered sends the person a step back. */
    private FormPage page(String language, String controllerParam, String processingParam, String studyParam,
            String search, Map<String, String> values, List<FormPage.FieldError> errors, String csrfToken) {
        String home = Pages.messages(language).home();
        List<IntakeCatalog.ControllerChoice> controllers = catalog.controllers();
        Optional<IntakeCatalog.ControllerChoice> controller = uuid(controllerParam)
                .flatMap(id -> controllers.stream().filter(c -> c.id().equals(id)).findFirst());
        if (controller.isEmpty()) {
            return new FormPage(home, controllers, null, List.of(), "", List.of(), null, null, null, values,
                    errors, csrfToken);
        }
        UUID controllerId = controller.get().id();
        Optional<PublicProcessingView> processing = uuid(processingParam).flatMap(catalog::processing)
                .filter(p -> p.controllerId().equals(controllerId));
        Optional<StudyView> study = uuid(studyParam).flatMap(catalog::study)
                .filter(s -> processing.isPresent() && s.processingIds().contains(processing.get().id()));
        String law = processing.map(PublicProcessingView::legalReference).filter(r -> !r.isBlank())
                .orElse(Pages.messages(language).noOpposition_law());
        return new FormPage(home, controllers, controller.get(), catalog.processingsOf(controllerId),
                search == null ? "" : search, catalog.studies(controllerId, search), processing.orElse(null),
                study.orElse(null), law, values, errors, csrfToken);
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(value.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
