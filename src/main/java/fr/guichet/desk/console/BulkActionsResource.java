package fr.guichet.desk.console;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.security.CallerScope;
import fr.guichet.platform.security.CurrentActor;
import fr.guichet.platform.security.Roles;
import fr.guichet.platform.web.staff.StaffCsrf;
import fr.guichet.request.Action;
import fr.guichet.request.ActionCommand;
import fr.guichet.request.RequestLifecycle;

/**
 * The same step on many requests at once, from the queue: assign them, or start handling them (an opposition wave
 * brings hundreds of identical requests). Each request changes in its own transaction, through the same lifecycle as
 * one at a time; one that is not in a state that allows the step is left as it is and counted.
 */
@Path("/desk/requests/bulk")
@RolesAllowed(Roles.DPO)
public class BulkActionsResource {

    static final String DONE = "done";
    static final String SKIPPED = "skipped";
    /** A page of the queue at most: what a person can tick on one screen. */
    static final int MAX_REQUESTS = 200;

    private final RequestLifecycle lifecycle;
    private final CurrentActor actor;
    private final CallerScope scope;
    private final StaffCsrf csrf;

    BulkActionsResource(RequestLifecycle lifecycle, CurrentActor actor, CallerScope scope, StaffCsrf csrf) {
        this.lifecycle = lifecycle;
        this.actor = actor;
        this.scope = scope;
        this.csrf = csrf;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(@RestForm String csrf, @RestForm("ids") List<String> ids, @RestForm String bulk,
            @RestForm String assignee, @RestForm String me) {
        this.csrf.check(actor.subject(), csrf);
        if (ids.size() > MAX_REQUESTS) {
            throw DomainException.invalidInput("ids", "at most " + MAX_REQUESTS + " requests at once");
        }
        int done = 0;
        int skipped = 0;
        for (String id : ids) {
            try {
                UUID request = UUID.fromString(id);
                if ("START".equals(bulk)) {
                    lifecycle.act(request, command(Action.START), actor.subject(), false, scope.get());
                } else {
                    String to = me != null ? actor.subject() : assignee == null || assignee.isBlank() ? null
                            : assignee.trim();
                    lifecycle.assign(request, to, actor.subject(), scope.get());
                }
                done++;
            } catch (DomainException | IllegalArgumentException | OptimisticLockException e) {
                // Not allowed in its state, changed meanwhile, or not one of the caller's: left as it is.
                skipped++;
            }
        }
        return Response.seeOther(URI.create("/desk/requests?" + DONE + "=" + done + "&" + SKIPPED + "=" + skipped))
                .build();
    }

    private static ActionCommand command(Action action) {
        return new ActionCommand(action, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
