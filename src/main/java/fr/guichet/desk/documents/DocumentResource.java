package fr.guichet.desk.documents;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.guichet.platform.security.CallerScope;
import fr.guichet.platform.security.CurrentActor;
import fr.guichet.platform.security.Roles;

/** Staff attach response documents to a request and list them; {@link DocumentDownloadResource} serves them. */
@Path("/api/v1/desk/requests/{id}/documents")
public class DocumentResource {

    private final ResponseDocuments documents;
    private final CurrentActor actor;
    private final CallerScope scope;

    DocumentResource(ResponseDocuments documents, CurrentActor actor, CallerScope scope) {
        this.documents = documents;
        this.actor = actor;
        this.scope = scope;
    }

    @POST
    @Consumes({ "application/pdf", "application/json", "text/csv", "application/xml", "application/zip" })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DPO)
    public Response attach(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            byte[] content) {
        DocumentView attached = documents.attach(id, type, content, actor.subject(), scope.get());
        return Response.created(URI.create("/api/v1/desk/documents/" + attached.id())).entity(attached).build();
    }

    /** Metadata only, so compliance officers may see what was delivered without reading it. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.DPO, Roles.COMPLIANCE })
    public List<DocumentView> list(@PathParam("id") UUID id) {
        return documents.list(id, scope.get());
    }
}
