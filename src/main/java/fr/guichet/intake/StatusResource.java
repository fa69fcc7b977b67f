package fr.guichet.intake;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.guichet.desk.documents.DocumentDownloadResource;
import fr.guichet.desk.documents.DocumentView;
import fr.guichet.request.RequesterAction;
import fr.guichet.request.RequesterView;
import io.vertx.core.http.HttpServerRequest;

/**
 * The status API for patient apps. The status link's token travels in the {@code Status-Token} header, never in
 * an API URL (URLs end up in logs). Fresh links are sent by e-mail on demand.
 */
@Path("/api/v1")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    static final String TOKEN_HEADER = "Status-Token";

    private final StatusService status;
    private final RateLimits limits;

    StatusResource(StatusService status, RateLimits limits) {
        this.status = status;
        this.limits = limits;
    }

    @GET
    @Path("/status")
    public RequesterView view(@HeaderParam(TOKEN_HEADER) @NotBlank @Size(max = 100) String token) {
        return status.view(token);
    }

    @POST
    @Path("/status/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequesterView answer(@HeaderParam(TOKEN_HEADER) @NotBlank @Size(max = 100) String token,
            @NotNull @Valid AnswerInput input) {
        return status.act(token, RequesterAction.ANSWER_INFORMATION, input.answer());
    }

    @POST
    @Path("/status/withdrawal")
    public RequesterView withdraw(@HeaderParam(TOKEN_HEADER) @NotBlank @Size(max = 100) String token) {
        return status.act(token, RequesterAction.WITHDRAW, null);
    }

    @POST
    @Path("/status/opposition-withdrawal")
    public RequesterView withdrawOpposition(@HeaderParam(TOKEN_HEADER) @NotBlank @Size(max = 100) String token) {
        return status.act(token, RequesterAction.WITHDRAW_OPPOSITION, null);
    }

    @GET
    @Path("/status/documents")
    public List<DocumentView> documents(@HeaderParam(TOKEN_HEADER) @NotBlank @Size(max = 100) String token) {
        return status.documents(token);
    }

    @GET
    @Path("/status/documents/{id}")
    @Produces(MediaType.WILDCARD)
    public Response document(@HeaderParam(TOKEN_HEADER) @NotBlank @Size(max = 100) String token,
            @PathParam("id") UUID id) {
        return DocumentDownloadResource.file(status.document(token, id));
    }

    /** Always 202, whether or not the address has requests: the answer must not tell. */
    @POST
    @Path("/status-links")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resend(@NotNull @Valid StatusLinkInput input, @Context HttpServerRequest http) {
        limits.checkResend(ClientAddress.of(http), input.email());
        status.resend(input.email(), input.language());
        return Response.accepted().build();
    }
}
