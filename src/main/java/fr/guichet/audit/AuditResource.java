package fr.guichet.audit;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;

import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.security.CallerScope;
import fr.guichet.platform.security.Roles;
import fr.guichet.platform.stream.Ndjson;
import fr.guichet.platform.web.DateRange;
import fr.guichet.platform.web.Page;
import fr.guichet.platform.web.PageRequest;

@Path("/api/v1/audit")
@RolesAllowed(Roles.COMPLIANCE)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditVerifier verifier;
    private final AuditExport export;
    private final AccessTrace trace;
    private final Ndjson ndjson;
    private final CallerScope scope;

    AuditResource(AuditVerifier verifier, AuditExport export, AccessTrace trace, Ndjson ndjson, CallerScope scope) {
        this.verifier = verifier;
        this.export = export;
        this.trace = trace;
        this.ndjson = ndjson;
        this.scope = scope;
    }

    /**
     * The entries of a period, one per line, in constant memory; the period is checked before streaming. A reader
     * granted only some controllers gets the entries about them.
     */
    @GET
    @Produces(Ndjson.MEDIA_TYPE)
    public StreamingOutput export(@QueryParam("from") String from, @QueryParam("to") String to) {
        DateRange period = DateRange.parse(from, to);
        var controllers = scope.get().filter();
        return out -> export.forEach(period, controllers, line -> ndjson.line(out, line));
    }

    @GET
    @Path("verify")
    public AuditVerification verify() {
        return verifier.verify();
    }

    /**
     * Who looked at a requester's identity or downloaded a response document: for a period ({@code from}/{@code to})
     * or for one request ({@code request}), most recent first, within the reader's controllers.
     */
    @GET
    @Path("access")
    public Page<AccessTrace.Access> access(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("request") String request, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        Optional<UUID> requestId = Optional.ofNullable(request).filter(r -> !r.isBlank()).map(AuditResource::uuid);
        Optional<DateRange> period = from == null && to == null && requestId.isPresent() ? Optional.empty()
                : Optional.of(DateRange.parse(from, to));
        return trace.page(period, requestId, scope.get().filter(),
                PageRequest.of(cursor, limit, AccessTrace.CURSOR_KEYS));
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidInput("request", "must be a request id (UUID)");
        }
    }
}
