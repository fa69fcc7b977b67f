package fr.guichet.desk.documents;

import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.guichet.platform.security.CallerScope;
import fr.guichet.platform.security.CurrentActor;
import fr.guichet.platform.security.Roles;

/** Staff download a response document as it will be (or was) delivered. */
@Path("/api/v1/desk/documents")
public class DocumentDownloadResource {

    private final ResponseDocuments documents;
    private final CallerScope scope;
    private final CurrentActor actor;

    DocumentDownloadResource(ResponseDocuments documents, CallerScope scope, CurrentActor actor) {
        this.documents = documents;
        this.scope = scope;
        this.actor = actor;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Roles.DPO)
    public Response download(@PathParam("id") UUID id) {
        return file(documents.downloadAsStaff(id, scope.get(), actor.subject()));
    }

    /** The content with its name and digest, never rendered inline by a browser. */
    public static Response file(ResponseDocuments.Download download) {
        DocumentView document = download.document();
        return Response.ok(download.content(), document.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(
                        HexFormat.of().parseHex(document.sha256())) + ":")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }
}
