package fr.guichet.intake;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.guichet.platform.error.DomainException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The page of the confirmation link. Opening it changes nothing: only its button (a POST) confirms, so that
 * mail scanners that follow links do not file requests on people's behalf.
 */
@Path("/confirm")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ConfirmPageResource {

    @CheckedTemplate(basePath = "intake")
    static class Templates {
        static native TemplateInstance confirm(String token, String csrf);
    }

    /** 422, which {@link Response.Status} does not name. */
    private static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    private final PendingFilings pending;
    private final Csrf csrf;

    ConfirmPageResource(PendingFilings pending, Csrf csrf) {
        this.pending = pending;
        this.csrf = csrf;
    }

    @GET
    public Response ask(@QueryParam("token") String token, @CookieParam(Csrf.COOKIE) String csrfCookie,
            HttpHeaders headers) {
        return askPage(Response.Status.OK, token, csrfCookie, Pages.language(headers));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@FormParam("token") String token, @FormParam(Csrf.FIELD) String csrfToken,
            @CookieParam(Csrf.COOKIE) String csrfCookie, HttpHeaders headers) {
        String language = Pages.language(headers);
        if (!csrf.valid(csrfCookie, csrfToken)) {
            return askPage(Response.Status.FORBIDDEN, token, csrfCookie, language);
        }
        IntakeMessages m = Pages.messages(language);
        try {
            FilingReceipt receipt = pending.confirm(token);
            return Pages.html(IntakePageResource.Templates.notice(m.confirmed_title(),
                    m.confirmed_text(receipt.reference()), null, null), language);
        } catch (DomainException e) {
            return switch (e.kind()) {
                case GONE -> Pages.html(Response.Status.GONE, IntakePageResource.Templates.notice(m.gone_title(),
                        m.gone_text(), m.newRequest(), m.home()), language);
                // The catalogue changed since the filing (a right withdrawn, a processing moved): file anew.
                case RULE_VIOLATION, NOT_FOUND -> Pages.html(UNPROCESSABLE,
                        IntakePageResource.Templates.notice(m.unfileable_title(), m.unfileable_text(),
                                m.newRequest(), m.home()), language);
                default -> throw e;
            };
        }
    }

    private Response askPage(Response.Status status, String token, String csrfCookie, String language) {
        Csrf.Issued issued = csrf.issue(csrfCookie);
        return Pages.withCookie(Pages.html(status, Templates.confirm(Tokens.wellFormed(token) ? token : "", issued.formToken()),
                language), issued);
    }
}
