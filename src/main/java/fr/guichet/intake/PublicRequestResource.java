package fr.guichet.intake;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.vertx.core.http.HttpServerRequest;

/** The public filing API (no token): file a request, then confirm it from the link sent by e-mail. */
@Path("/api/v1/requests")
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PublicRequestResource {

    private final PendingFilings pending;
    private final RateLimits limits;

    PublicRequestResource(PendingFilings pending, RateLimits limits) {
        this.pending = pending;
        this.limits = limits;
    }

    @POST
    public Response file(@NotNull @Valid PublicFiling filing, @Context HttpServerRequest http) {
        limits.checkFiling(ClientAddress.of(http), filing.requester().email());
        return Response.accepted(pending.submit(filing)).build();
    }

    @POST
    @Path("/confirmations")
    public FilingReceipt confirm(@NotNull @Valid ConfirmationInput confirmation) {
        return pending.confirm(confirmation.token());
    }
}
