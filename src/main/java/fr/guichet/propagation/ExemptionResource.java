package fr.guichet.propagation;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.guichet.platform.security.CallerScope;
import fr.guichet.platform.security.CurrentActor;
import fr.guichet.platform.security.Roles;

/**
 * Recording an Art. 19 exemption. The DPO answers for it (the controller's accountability, Art. 5(2)); admins may
 * record it too, as the issue has them run partner relations. The audit log names who did.
 */
@Path("/api/v1/admin/partner-events")
@RolesAllowed({ Roles.DPO, Roles.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExemptionResource {

    private final Exemptions exemptions;
    private final CurrentActor actor;
    private final CallerScope scope;

    ExemptionResource(Exemptions exemptions, CurrentActor actor, CallerScope scope) {
        this.exemptions = exemptions;
        this.actor = actor;
        this.scope = scope;
    }

    @POST
    @Path("{id}/exemption")
    public PropagationView exempt(@PathParam("id") UUID id, @Valid @NotNull ExemptionInput body) {
        return exemptions.exempt(id, body.justification(), actor.subject(), scope.get());
    }
}
