package fr.guichet.platform.security;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode only: says how to sign in to the desk as each demo staff member, and prints a ready-to-paste bearer
 * token per role from the dev identity provider, so that a newcomer can call the protected API a minute after
 * `./mvnw quarkus:dev`.
 */
@IfBuildProfile("dev")
public class DevTokens {

    private static final Logger LOG = Logger.getLogger(DevTokens.class);
    static final String DEMO_PARTNER = "weshare-warehouse";
    /** The demo staff offered on the dev identity provider's sign-in page (application.properties, %dev). */
    public static final String FEDERATION_DPO = "dpo-federation";
    public static final String CENTRE_DPO = "dpo-centre";
    public static final String COMPLIANCE_OFFICER = "compliance-officer";
    public static final String ADMINISTRATOR = "administrator";

    void print(@Observes StartupEvent startup, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer,
            @ConfigProperty(name = "quarkus.oidc.client-id") String clientId,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        DevIdentityProvider provider = new DevIdentityProvider(issuer, clientId);
        StringBuilder text = new StringBuilder("Staff sign-in: open http://localhost:").append(port)
                .append("/desk and pick a demo staff member on the dev identity provider's page:")
                .append("\n  dpo-federation      DPO answering for every demo organisation")
                .append("\n  dpo-centre          DPO of one centre (").append("Centre de lutte contre le cancer de Strasbourg").append(") only")
                .append("\n  compliance-officer  compliance officer (reports, register, audit)")
                .append("\n  administrator       administrator (catalogue, partners, staff grants)")
                .append("\nDev bearer tokens (valid 24 h), e.g. curl -H \"Authorization: Bearer $TOKEN\" ")
                .append("http://localhost:").append(port).append("/api/v1/admin/controllers");
        text.append("\n  admin: ").append(provider.accessToken(ADMINISTRATOR, Roles.ADMIN));
        text.append("\n  dpo: ").append(provider.accessToken(FEDERATION_DPO, Roles.DPO));
        text.append("\n  compliance: ").append(provider.accessToken(COMPLIANCE_OFFICER, Roles.COMPLIANCE));
        text.append("\n  partner (").append(DEMO_PARTNER).append("): ")
                .append(provider.accessToken(DEMO_PARTNER, Roles.PARTNER));
        LOG.info(text);
    }
}
