package fr.guichet.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.guichet.platform.security.Roles;

@Path("/api/v1/audit")
@RolesAllowed(Roles.COMPLIANCE)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditVerifier verifier;

    AuditResource(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @GET
    @Path("verify")
    public AuditVerification verify() {
        return verifier.verify();
    }
}
