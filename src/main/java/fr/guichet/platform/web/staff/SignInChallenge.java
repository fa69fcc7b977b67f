package fr.guichet.platform.web.staff;

import jakarta.ws.rs.core.Response;

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

    public static Uni<Response> of(RoutingContext routing) {
        HttpAuthenticator authenticator = routing.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(ProblemMapper.unauthenticated());
        }
        return authenticator.getChallenge(routing).map(challenge -> {
            if (challenge == null) {
                return ProblemMapper.unauthenticated();
            }
            Response.ResponseBuilder redirect = Response.status(challenge.status).header("Cache-Control", "no-store");
            challenge.getHeaders().forEach((name, value) -> redirect.header(name.toString(), value));
            return redirect.build();
        }).onFailure().recoverWithItem(ProblemMapper::unauthenticated);
    }
}
