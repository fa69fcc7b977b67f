package fr.guichet.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;

import fr.guichet.platform.security.Roles;
import fr.guichet.platform.stream.Ndjson;
import fr.guichet.platform.web.DateRange;

@Path("/api/v1/audit")
@RolesAllowed(Roles.COMPLIANCE)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditVerifier verifier;
    private final AuditExport export;
    private final Ndjson ndjson;

    AuditResource(AuditVerifier verifier, AuditExport export, Ndjson ndjson) {
        this.verifier = verifier;
        this.export = export;
        this.ndjson = ndjson;
    }

    /** The entries of a period, one per line, in constant memory; the period is checked before streaming. */
    @GET
    @Produces(Ndjson.MEDIA_TYPE)
    public StreamingOutput export(@QueryParam("from") String from, @QueryParam("to") String to) {
        DateRange period = DateRange.parse(from, to);
        return out -> export.forEach(period, line -> ndjson.line(out, line));
    }

    @GET
    @Path("verify")
    public AuditVerification verify() {
        return verifier.verify();
    }
}
