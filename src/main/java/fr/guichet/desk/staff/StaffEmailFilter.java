package fr.guichet.desk.staff;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import fr.guichet.platform.security.Roles;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * Learns the names and addresses of desk staff from the {@code name} and {@code email} claims of their ID token (a
 * browser session, from the first page after sign-in) or bearer token, after each call a staff member made. It only reads an identity that the call already authenticated (authentication is not proactive), so
 * it never makes a public endpoint check a token.
 */
class StaffEmailFilter {

    private static final Logger LOG = Logger.getLogger(StaffEmailFilter.class);

    /** A plausible single address: the identity provider is trusted, this only keeps junk out of the table. */
    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>\"]{1,64}@[^\\s@<>\"]{1,255}");

    private final StaffDirectory staff;

    StaffEmailFilter(StaffDirectory staff) {
        this.staff = staff;
    }

    @ServerResponseFilter
    void rememberStaffEmail(RoutingContext routing) {
        // Blocking endpoints only (all of the desk's): the directory writes to the database.
        if (!(routing.user() instanceof QuarkusHttpUser user) || !BlockingOperationControl.isBlockingAllowed()) {
            return;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        boolean staff = identity.hasRole(Roles.DPO) || identity.hasRole(Roles.COMPLIANCE) || identity.hasRole(Roles.ADMIN);
        if (staff && identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            email(token).ifPresent(email -> remember(token.getSubject(), email, name(token)));
        }
    }

    /** A directory that cannot be written now must not change the answer to the call. */
    private void remember(String subject, String email, String name) {
        try {
            staff.remember(subject, email, name);
        } catch (RuntimeException e) {
            // The exception's message could quote the address; its type is enough to investigate.
            LOG.warnf("Address of staff member %s not recorded (%s); the next call retries", subject,
                    e.getClass().getName());
        }
    }

    /** The {@code name} claim (OpenID Connect standard), else null: the directory then shows the subject. */
    private static String name(JsonWebToken token) {
        Object claim = token.getClaim("name");
        String name = claim instanceof JsonString json ? json.getString() : claim instanceof String text ? text : null;
        return name == null || name.isBlank() || name.length() > 200 ? null : name.strip();
    }

    private static Optional<String> email(JsonWebToken token) {
        Object claim = token.getClaim(Claims.email.name());
        String email = claim instanceof JsonString json ? json.getString() : claim instanceof String text ? text : "";
        return ADDRESS.matcher(email.trim()).matches() ? Optional.of(email.trim()) : Optional.empty();
    }
}
