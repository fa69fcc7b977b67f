package fr.guichet.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is acting, as the audit log records it: the caller's token subject, or {@code system} for work that no
 * caller started (scheduled jobs, start-up, anonymous calls).
 */
@ApplicationScoped
public class CurrentActor {

    public static final String SYSTEM = "system";

    private final SecurityIdentity identity;

    CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * The JWT {@code sub} (a partner token's is the partner id). Not the {@code upn} or preferred user name that
     * the principal name may come from: those are often e-mail addresses, which the audit log must not hold.
     */
    public String subject() {
        // The identity lives in the request context; jobs and start-up code run outside one.
        if (!Arc.container().requestContext().isActive() || identity.isAnonymous()) {
            return SYSTEM;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
