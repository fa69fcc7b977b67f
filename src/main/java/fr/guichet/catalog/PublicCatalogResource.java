package fr.guichet.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import fr.guichet.platform.web.Page;
import fr.guichet.platform.web.PageRequest;

/** The public catalogue: which processings exist and which rights each admits. No token needed. */
@Path("/api/v1/processings")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PublicCatalogResource {

    private final ProcessingService service;

    PublicCatalogResource(ProcessingService service) {
        this.service = service;
    }

    @GET
    public Page<PublicProcessingView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return service.listPublic(PageRequest.of(cursor, limit, 2));
    }
}
