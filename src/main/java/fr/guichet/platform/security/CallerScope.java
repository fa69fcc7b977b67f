package fr.guichet.platform.security;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The scope of the staff member making the current call, read once per call. Resources of staff endpoints hand it
 * to the services, which keep only the requests of granted controllers and answer 404 for the others, so that a
 * request's existence is not disclosed.
 */
@RequestScoped
public class CallerScope {

    private final SecurityIdentity identity;
    private final CurrentActor actor;
    private final StaffGrants grants;
    private StaffScope scope;

    CallerScope(SecurityIdentity identity, CurrentActor actor, StaffGrants grants) {
        this.identity = identity;
        this.actor = actor;
        this.grants = grants;
    }

    public StaffScope get() {
        if (scope == null) {
            scope = identity.isAnonymous() ? StaffScope.NONE : grants.scopeOf(actor.subject());
        }
        return scope;
    }
}
