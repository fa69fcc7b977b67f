package fr.guichet.request;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.audit.AccessTrace;

/**
 * The access trace of every answer that shows a requester's identity to staff, API and pages alike: the view is
 * recorded before it is returned, so an identity is never shown without its trace.
 */
@ApplicationScoped
public class IdentityViews {

    private final AccessTrace trace;

    IdentityViews(AccessTrace trace) {
        this.trace = trace;
    }

    public RequestView traced(RequestView view, String actor) {
        if (view.requester().fullName() != null || view.requester().email() != null) {
            trace.record(actor, AccessTrace.Kind.IDENTITY_VIEWED,
                    Optional.of(new AccessTrace.Seen(view.id(), view.reference(), view.controllerId())),
                    Optional.empty());
        }
        return view;
    }
}
