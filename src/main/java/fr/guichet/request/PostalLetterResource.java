package fr.guichet.request;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import fr.guichet.platform.security.CallerScope;
import fr.guichet.platform.security.Roles;
import fr.guichet.platform.web.Page;
import fr.guichet.platform.web.PageRequest;

/**
 * The letters owed by post in the caller's establishments, oldest first: what a print room or a mailing service
 * works from. The list names requests by reference only; printing (which shows the addressee) is on the console.
 */
@Path("/api/v1/desk/letters")
@Produces(MediaType.APPLICATION_JSON)
public class PostalLetterResource {

    private final PostalLetters letters;
    private final CallerScope scope;

    PostalLetterResource(PostalLetters letters, CallerScope scope) {
        this.letters = letters;
        this.scope = scope;
    }

    @GET
    @RolesAllowed(Roles.DPO)
    public Page<PostalLetters.Owed> toPrint(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return letters.toPrint(scope.get(), PageRequest.of(cursor, limit, PostalLetters.CURSOR_ARITY));
    }
}
