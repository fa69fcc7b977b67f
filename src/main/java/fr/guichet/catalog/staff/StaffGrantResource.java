package fr.guichet.catalog.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.guichet.platform.security.CurrentActor;
import fr.guichet.platform.security.Roles;

/** Which controllers a staff member answers for (deny by default): administrators set and read grants. */
@Path("/api/v1/admin/staff/{subject}/grants")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffGrantResource {

    private final StaffGrantService service;
    private final CurrentActor actor;

    StaffGrantResource(StaffGrantService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @GET
    public StaffGrantView get(@PathParam("subject") String subject) {
        return service.get(subject);
    }

    @PUT
    public StaffGrantView replace(@PathParam("subject") String subject, @Valid @NotNull StaffGrantInput body) {
        return service.replace(subject, body, actor.subject());
    }
}
