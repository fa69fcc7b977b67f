package fr.guichet.platform.web.staff;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

/**
 * The addresses of the sign-in round trip (docs/sign-in.md). The OpenID Connect layer does the work on the first
 * two: it completes the code flow on {@code /desk/signed-in} (the redirect URI registered at the provider) and
 * sends the browser back to the page it asked for, and it ends the session, here and at the provider, on
 * {@code /desk/sign-out}. The methods below only answer when a signed-in browser reaches them directly.
 */
@Path("/desk")
@Produces(MediaType.TEXT_HTML)
public class StaffSessionPages {

    @GET
    @Path("signed-in")
    @Authenticated
    public Response signedIn() {
        return Response.seeOther(URI.create("/desk")).build();
    }

    @POST
    @Path("sign-out")
    @Authenticated
    public Response signOut() {
        return Response.seeOther(URI.create("/desk/signed-out")).build();
    }

    /** Where the provider sends the browser after signing out; also where an idle session ends. */
    @GET
    @Path("signed-out")
    @PermitAll
    public Response signedOut(@QueryParam("reason") String reason, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        String language = StaffPages.language(lang, headers);
        StaffMessages words = StaffPages.messages(language);
        boolean idle = StaffSessionIdle.IDLE.equals(reason);
        return StaffPages.message(Response.Status.OK, language,
                "/desk/signed-out" + (idle ? "?reason=" + StaffSessionIdle.IDLE : ""),
                words.signedOutTitle(), idle ? words.idleText() : words.signedOutText(), "/desk", words.signIn(),
                false);
    }
}
