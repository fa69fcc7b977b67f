package fr.guichet.intake;

import java.util.UUID;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import fr.guichet.catalog.CatalogDirectory;
import fr.guichet.desk.documents.DocumentDownloadResource;
import fr.guichet.platform.config.GuichetConfig;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.error.RateLimitedException;
import fr.guichet.request.RequesterAction;
import fr.guichet.request.RequesterView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/**
 * The status page. The link's token is moved at once from the URL into an HttpOnly, SameSite=Strict cookie, so
 * it leaves the address bar, the history and any referrer. The hand-over page reloads itself (no script): a
 * Strict cookie set while arriving from a webmail is not sent on a redirect of that same cross-site navigation,
 * but it is on a navigation the page itself starts.
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class StatusPageResource {

    static final String COOKIE = "guichet-status";

    @CheckedTemplate(basePath = "intake")
    static class Templates {
        static native TemplateInstance status(StatusPage page);

        static native TemplateInstance expired(String csrf);

        static native TemplateInstance enter();
    }

    private final StatusService status;
    private final RateLimits limits;
    private final CatalogDirectory catalog;
    private final GuichetConfig config;
    private final IntakeConfig intake;
    private final Csrf csrf;

    StatusPageResource(StatusService status, RateLimits limits, CatalogDirectory catalog, GuichetConfig config,
            IntakeConfig intake, Csrf csrf) {
        this.status = status;
        this.limits = limits;
        this.catalog = catalog;
        this.config = config;
        this.intake = intake;
        this.csrf = csrf;
    }

    @GET
    @Path("status")
    public Response page(@QueryParam("token") String token, @CookieParam(COOKIE) String cookie,
            @CookieParam(Csrf.COOKIE) String csrfCookie, HttpHeaders headers) {
        String language = Pages.language(headers);
        if (Tokens.wellFormed(token)) {
            NewCookie held = new NewCookie.Builder(COOKIE).value(token).path("/status").httpOnly(true)
                    .secure("https".equals(config.publicUrl().getScheme())).sameSite(NewCookie.SameSite.STRICT)
                    .maxAge((int) intake.statusLinkValidity().toSeconds()).build();
            return Response.fromResponse(Pages.html(Templates.enter(), language)).cookie(held).build();
        }
        Csrf.Issued issued = csrf.issue(csrfCookie);
        try {
            // A link whose token is mangled is no link: the page says so, as for an expired one.
            RequesterView view = status.view(token == null || token.isBlank() ? cookie : token);
            return Pages.withCookie(Pages.html(Templates.status(page(view, cookie, issued.formToken())), view.language()),
                    issued);
        } catch (DomainException e) {
            return Pages.withCookie(expired(e, language, issued.formToken()), issued);
        }
    }

    @POST
    @Path("status/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@FormParam("answer") String answer, @FormParam(Csrf.FIELD) String csrfToken,
            @CookieParam(COOKIE) String cookie, @CookieParam(Csrf.COOKIE) String csrfCookie, HttpHeaders headers) {
        return act(cookie, RequesterAction.ANSWER_INFORMATION, answer, csrfCookie, csrfToken, headers);
    }

    @POST
    @Path("status/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@FormParam(Csrf.FIELD) String csrfToken, @CookieParam(COOKIE) String cookie,
            @CookieParam(Csrf.COOKIE) String csrfCookie, HttpHeaders headers) {
        return act(cookie, RequesterAction.WITHDRAW, null, csrfCookie, csrfToken, headers);
    }

    @POST
    @Path("status/opposition-withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdrawOpposition(@FormParam(Csrf.FIELD) String csrfToken, @CookieParam(COOKIE) String cookie,
            @CookieParam(Csrf.COOKIE) String csrfCookie, HttpHeaders headers) {
        return act(cookie, RequesterAction.WITHDRAW_OPPOSITION, null, csrfCookie, csrfToken, headers);
    }

    /** A delivered response document, for the holder of the status cookie. */
    @GET
    @Path("status/documents/{id}")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("id") UUID id, @CookieParam(COOKIE) String cookie,
            @CookieParam(Csrf.COOKIE) String csrfCookie, HttpHeaders headers) {
        try {
            return DocumentDownloadResource.file(status.document(cookie, id));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                return Response.seeOther(URI.create("/status")).build();
            }
            Csrf.Issued issued = csrf.issue(csrfCookie);
            return Pages.withCookie(expired(e, Pages.language(headers),
                    issued.formToken()), issued);
        }
    }

    /** The same answer whether or not the address has requests. */
    @POST
    @Path("status-links")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resend(@FormParam("email") String email, @FormParam("language") String language,
            @FormParam(Csrf.FIELD) String csrfToken, @CookieParam(Csrf.COOKIE) String csrfCookie,
            @Context HttpServerRequest http) {
        String lang = "en".equals(language) ? "en" : "fr";
        IntakeMessages m = Pages.messages(lang);
        if (!csrf.valid(csrfCookie, csrfToken) || email == null || email.isBlank() || email.length() > 254) {
            Csrf.Issued issued = csrf.issue(csrfCookie);
            return Pages.withCookie(Pages.html(Response.Status.BAD_REQUEST, Templates.expired(issued.formToken()),
                    lang), issued);
        }
        try {
            limits.checkResend(ClientAddress.of(http), email);
        } catch (RateLimitedException e) {
            return Pages.html(Response.Status.TOO_MANY_REQUESTS, IntakePageResource.Templates.notice(
                    m.resent_title(), m.error_rateLimited(e.retryAfter().toMinutes() + 1), null, null), lang);
        }
        status.resend(email, lang);
        return Pages.html(IntakePageResource.Templates.notice(m.resent_title(), m.resent_text(), null, null), lang);
    }

    /**
     * After an action the page is shown again (POST-redirect-GET). An action refused because the request moved on
     * meanwhile (or an empty answer), or a post without this site's form token, also leads back to the page, which
     * shows what is possible now.
     */
    private Response act(String cookie, RequesterAction action, String answer, String csrfCookie,
            String csrfToken, HttpHeaders headers) {
        if (!csrf.valid(csrfCookie, csrfToken)) {
            return Response.seeOther(URI.create("/status")).build();
        }
        try {
            status.act(cookie, action, answer);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.GONE) {
                return expired(e, Pages.language(headers),
                        csrf.issue(csrfCookie).formToken());
            }
        }
        return Response.seeOther(URI.create("/status")).build();
    }

    private Response expired(DomainException e, String language, String csrfToken) {
        if (e.kind() != DomainException.Kind.GONE) {
            throw e;
        }
        return Pages.html(Response.Status.GONE, Templates.expired(csrfToken), language);
    }

    private StatusPage page(RequesterView view, String cookie, String csrfToken) {
        String zone = catalog.controller(view.controllerId()).timeZone();
        String language = view.language();
        return new StatusPage(view, Pages.date(view.deadlines().receiptDate(), language),
                Pages.date(view.deadlines().effectiveDue(), language),
                view.history().stream().map(step -> new StatusPage.Line(step.event(),
                        Pages.date(step.occurredAt(), zone, language), step.details())).toList(),
                status.documents(cookie), csrfToken);
    }
}
