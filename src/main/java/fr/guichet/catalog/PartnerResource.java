package fr.guichet.catalog;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.guichet.platform.security.Roles;
import fr.guichet.platform.web.Page;
import fr.guichet.platform.web.PageRequest;

@Path("/api/v1/admin/partners")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerResource {

    private final PartnerService service;
    private final PartnerWebhooks webhooks;

    PartnerResource(PartnerService service, PartnerWebhooks webhooks) {
        this.service = service;
        this.webhooks = webhooks;
    }

    @POST
    public Response create(@Valid @NotNull PartnerInput body) {
        PartnerView created = service.create(body);
        return Response.created(URI.create("/api/v1/admin/partners/" + created.id())).entity(created).build();
    }

    @GET
    public Page<PartnerView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return service.list(PageRequest.of(cursor, limit, 2));
    }

    @GET
    @Path("{id}")
    public PartnerView get(@PathParam("id") String id) {
        return service.get(id);
    }

    @PUT
    @Path("{id}")
    public PartnerView update(@PathParam("id") String id, @Valid @NotNull PartnerUpdate body) {
        return service.update(id, body);
    }

    /** Takes no body, so clients need not send a Content-Type. */
    @POST
    @Path("{id}/secret-rotations")
    @Consumes(MediaType.WILDCARD)
    public SecretRotationView rotateSecret(@PathParam("id") String id) {
        return service.rotateSecret(id);
    }

    /** Resumes webhooks that a 410 Gone stopped; takes no body. */
    @POST
    @Path("{id}/webhook-reenable")
    @Consumes(MediaType.WILDCARD)
    public PartnerView reenableWebhook(@PathParam("id") String id) {
        return webhooks.reenable(id);
    }
}
