package fr.guichet.platform.web.staff;

import java.util.function.Supplier;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.ConfigProvider;

import fr.guichet.platform.web.ProblemMapper;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Sends a person's browser to sign in: the OpenID Connect layer's challenge, a redirect to the organisation's
 * identity provider (with the state cookie that the return is checked against).
 */
public final class SignInChallenge {


    private SignInChallenge() {
    }

    /** A browser arriving on the redirect URI with the provider's answer (a code, a state or an error). */
    public static boolean isReturnFromProvider(RoutingContext routing) {
        var query = routing.queryParams();
        // The redirect URI has one definition: the OIDC setting registered at the provider.
        String redirectPath = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.oidc.authentication.redirect-path", String.class).orElse("");
        return redirectPath.equals(routing.normalizedPath())
                && (query.contains("code") || query.contains("state") || query.contains("error"));
    }

    /**
     * The redirect to the provider; {@code notCompleted} when the OIDC layer has no redirect to offer, as when a
     * return from the provider arrives without the state cookie its sign-in began with (a replayed link).
     */
    public static Uni<Response> of(RoutingContext routing, Supplier<Response> notCompleted) {
        HttpAuthenticator authenticator = routing.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(ProblemMapper.unauthenticated());
        }
        return authenticator.getChallenge(routing).map(challenge -> {
            if (challenge == null || challenge.status == 401) {
                return notCompleted.get();
            }
            Response.ResponseBuilder redirect = Response.status(challenge.status).header("Cache-Control", "no-store");
            challenge.getHeaders().forEach((name, value) -> redirect.header(name.toString(), value));
            return redirect.build();
        }).onFailure().recoverWithItem(ProblemMapper::unauthenticated);
    }
}
