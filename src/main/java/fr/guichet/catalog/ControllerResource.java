package fr.guichet.catalog;

import java.net.URI;
import java.util.UUID;

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

@Path("/api/v1/admin/controllers")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ControllerResource {

    private final ControllerService service;

    ControllerResource(ControllerService service) {
        this.service = service;
    }

    @POST
    public Response create(@Valid @NotNull ControllerInput body) {
        ControllerView created = service.create(body);
        return Response.created(URI.create("/api/v1/admin/controllers/" + created.id())).entity(created).build();
    }

    @GET
    public Page<ControllerView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return service.list(PageRequest.of(cursor, limit, 2));
    }

    @GET
    @Path("{id}")
    public ControllerView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("{id}")
    public ControllerView update(@PathParam("id") UUID id, @Valid @NotNull ControllerInput body) {
        return service.update(id, body);
    }
}
