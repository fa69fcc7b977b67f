package fr.guichet.propagation.delivery;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import fr.guichet.platform.security.Roles;
import fr.guichet.platform.web.Page;
import fr.guichet.platform.web.PageRequest;

/** Admins watch webhook delivery, read an event's attempts and replay a failed event. */
@Path("/api/v1/admin/deliveries")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    private final DeliveryService service;

    DeliveryResource(DeliveryService service) {
        this.service = service;
    }

    @GET
    public Page<DeliveryView> list(@QueryParam("state") String state, @QueryParam("partner") String partner,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return service.list(DeliveryState.parse(state), partner, PageRequest.of(cursor, limit, 2));
    }

    @GET
    @Path("{id}/attempts")
    public DeliveryAttemptLog attempts(@PathParam("id") UUID id) {
        return service.attempts(id);
    }

    /** Takes no body, so clients need not send a Content-Type. */
    @POST
    @Path("{id}/replay")
    @Consumes(MediaType.WILDCARD)
    public DeliveryView replay(@PathParam("id") UUID id) {
        return service.replay(id);
    }
}
