package fr.guichet.request;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import fr.guichet.platform.security.CallerScope;
import fr.guichet.platform.security.CurrentActor;
import fr.guichet.platform.security.Roles;
import fr.guichet.platform.web.Page;
import fr.guichet.platform.web.PageRequest;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The desk's requests: the queue, entry of requests received by other channels, reading, and actions. Every call
 * keeps to the controllers the caller answers for; every answer that shows a requester's identity, and every
 * search by e-mail, is written to the access trace first.
 */
@Path("/api/v1/desk/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestResource {

    private final RequestService requests;
    private final RequestLifecycle lifecycle;
    private final QueueService queue;
    private final SecurityIdentity identity;
    private final CurrentActor actor;
    private final CallerScope scope;
    private final IdentityViews identityViews;

    RequestResource(RequestService requests, RequestLifecycle lifecycle, QueueService queue,
            SecurityIdentity identity, CurrentActor actor, CallerScope scope,
            IdentityViews identityViews) {
        this.identityViews = identityViews;
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.queue = queue;
        this.identity = identity;
        this.actor = actor;
        this.scope = scope;
    }

    /** The queue shows no identity data, so compliance officers read the same lines as the DPO. */
    @GET
    @RolesAllowed({ Roles.DPO, Roles.COMPLIANCE })
    public Page<QueueItem> list(@Context UriInfo uri) {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        QueueFilter filter = QueueFilter.parse(parameters, actor());
        // Compliance officers audit without identities: a search by e-mail is refused them (QueueService).
        Page<QueueLine> page = queue.page(filter, scope.get(), PageRequest.of(parameters.getFirst("cursor"),
                parameters.getFirst("limit"), QueueSort.CURSOR_KEYS), actor(), identity.hasRole(Roles.DPO));
        return new Page<>(page.items().stream().map(QueueLine::item).toList(), page.next());
    }

    @POST
    @RolesAllowed(Roles.DPO)
    public Response file(@Valid @NotNull DeskFiling body) {
        RequestView created = traced(requests.fileAsStaff(body.toFiling(), actor(), scope.get()));
        return Response.created(URI.create("/api/v1/desk/requests/" + created.id())).entity(created).build();
    }

    /** Compliance officers read requests without the identities (minimisation: they audit, they do not answer). */
    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.DPO, Roles.COMPLIANCE })
    public RequestView get(@PathParam("id") UUID id) {
        return traced(requests.get(id, identity.hasRole(Roles.DPO), scope.get()));
    }

    @POST
    @Path("{id}/actions")
    @RolesAllowed(Roles.DPO)
    public RequestView act(@PathParam("id") UUID id, @Valid @NotNull ActionCommand body) {
        return traced(lifecycle.act(id, body, actor(), true, scope.get()));
    }

    @PUT
    @Path("{id}/assignee")
    @RolesAllowed(Roles.DPO)
    public RequestView assign(@PathParam("id") UUID id, @Valid @NotNull AssignmentInput body) {
        return traced(lifecycle.assign(id, body.assignee().trim(), actor(), scope.get()));
    }

    @DELETE
    @Path("{id}/assignee")
    @RolesAllowed(Roles.DPO)
    public RequestView unassign(@PathParam("id") UUID id) {
        return traced(lifecycle.assign(id, null, actor(), scope.get()));
    }

    @POST
    @Path("{id}/notes")
    @RolesAllowed(Roles.DPO)
    public RequestView note(@PathParam("id") UUID id, @Valid @NotNull NoteInput body) {
        return traced(lifecycle.note(id, body.text(), actor(), scope.get()));
    }

    /** Staff posted the letter history entry {@code seq} owed by post: the day goes into the history. */
    @POST
    @Path("{id}/letters/{seq}/posted")
    @RolesAllowed(Roles.DPO)
    public RequestView letterPosted(@PathParam("id") UUID id, @PathParam("seq") int seq,
            @Valid @NotNull LetterPostedInput body) {
        return traced(lifecycle.letterPosted(id, seq, body.postedOn(), actor(), scope.get()));
    }

    private RequestView traced(RequestView view) {
        return identityViews.traced(view, actor());
    }

    private String actor() {
        return actor.subject();
    }
}
