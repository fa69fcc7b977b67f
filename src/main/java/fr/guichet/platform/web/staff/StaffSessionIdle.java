package fr.guichet.platform.web.staff;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.LongFunction;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import fr.guichet.platform.config.GuichetConfig;
import fr.guichet.platform.crypto.SecretBox;
import fr.guichet.platform.web.ProblemMapper;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Ends a staff browser session left unused for {@code guichet.staff.session-idle-timeout} (30 minutes by default),
 * whatever the lifetime of the provider's tokens. The last activity is the later of the sign-in (the ID token's
 * {@code iat}) and the time in a cookie that every call of the session refreshes; the cookie is keyed-hashed with the
 * desk's data key and bound to the staff member, so it can be neither forged nor moved to another session. Bearer
 * calls carry no session and are left alone.
 */
public class StaffSessionIdle {

    static final String IDLE = "idle";
    static final String SEEN_COOKIE = "guichet-staff-seen";
    /** The OpenID Connect session cookie of the default tenant, and its chunks when it is split. */
    private static final String SESSION_COOKIE = "q_session";
    private static final String REFRESH_FOR = StaffSessionIdle.class.getName() + ".subject";

    private final CurrentIdentityAssociation identities;
    private final GuichetConfig config;
    private final SecretBox box;
    private final Clock clock;

    StaffSessionIdle(CurrentIdentityAssociation identities, GuichetConfig config, SecretBox box, Clock clock) {
        this.identities = identities;
        this.config = config;
        this.box = box;
        this.clock = clock;
    }

    @ServerRequestFilter
    public Uni<Response> endIdleSession(RoutingContext routing) {
        if (sessionCookies(routing).isEmpty() || routing.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                    || token.getSubject() == null) {
                return null;
            }
            if (idle(lastActivity(routing, token), clock.instant(), config.staff().sessionIdleTimeout())) {
                return ended(routing);
            }
            routing.put(REFRESH_FOR, token.getSubject());
            return null;
        })
                // A session that fails to authenticate is not this filter's to answer: the endpoint's own security
                // check then gives the sign-in redirect or the 401, as for any unauthenticated call.
                .onFailure().recoverWithNull();
    }

    @ServerResponseFilter
    public void refreshActivity(ContainerResponseContext response, RoutingContext routing) {
        String subject = routing.get(REFRESH_FOR);
        if (subject != null) {
            long seconds = clock.instant().getEpochSecond();
            response.getHeaders().add(HttpHeaders.SET_COOKIE, SEEN_COOKIE + "=" + seconds + "." + mac(subject, seconds)
                    + "; Path=/; HttpOnly; SameSite=Lax" + (secure(routing) ? "; Secure" : ""));
        }
    }

    private Instant lastActivity(RoutingContext routing, JsonWebToken token) {
        Cookie seen = routing.request().getCookie(SEEN_COOKIE);
        return lastActivity(Instant.ofEpochSecond(token.getIssuedAtTime()), seen == null ? null : seen.getValue(),
                seconds -> mac(token.getSubject(), seconds));
    }

    /**
     * The later of the sign-in and the activity a genuine cookie records; a cookie that is missing, malformed, or
     * not keyed-hashed for this staff member counts for nothing.
     */
    static Instant lastActivity(Instant signedIn, String cookie, LongFunction<String> macOf) {
        if (cookie == null) {
            return signedIn;
        }
        String[] parts = cookie.split("\\.", 2);
        try {
            long seconds = Long.parseLong(parts[0]);
            boolean genuine = parts.length == 2 && MessageDigest.isEqual(
                    macOf.apply(seconds).getBytes(StandardCharsets.US_ASCII),
                    parts[1].getBytes(StandardCharsets.US_ASCII));
            Instant at = Instant.ofEpochSecond(seconds);
            return genuine && at.isAfter(signedIn) ? at : signedIn;
        } catch (NumberFormatException e) {
            return signedIn;
        }
    }

    /** Whether a session last used then has been idle for longer than the timeout now. */
    static boolean idle(Instant lastActivity, Instant now, Duration timeout) {
        return lastActivity.plus(timeout).isBefore(now);
    }

    private String mac(String subject, long seconds) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(box.lookupHash("staff-session-activity|" + subject + "|" + seconds));
    }

    /** The session cookies expire now; a browser is sent to the signed-out page, an API client gets a 401. */
    private Response ended(RoutingContext routing) {
        List<String> expired = new ArrayList<>();
        for (String name : sessionCookies(routing)) {
            expired.add(name + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + (secure(routing) ? "; Secure" : ""));
        }
        expired.add(SEEN_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
        Response.ResponseBuilder answer = StaffBrowsers.isBrowserPage(routing)
                ? Response.seeOther(URI.create("/desk/signed-out?reason=" + IDLE))
                : Response.fromResponse(ProblemMapper.unauthenticated());
        expired.forEach(cookie -> answer.header(HttpHeaders.SET_COOKIE, cookie));
        return answer.header("Cache-Control", "no-store").build();
    }

    private static List<String> sessionCookies(RoutingContext routing) {
        return routing.request().cookies().stream().map(Cookie::getName)
                .filter(name -> name.equals(SESSION_COOKIE) || name.startsWith(SESSION_COOKIE + "_chunk_")).toList();
    }

    private static boolean secure(RoutingContext routing) {
        return "https".equals(routing.request().scheme());
    }
}
