package fr.guichet.platform.security;

import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;

/**
 * Dev mode only: prints a ready-to-paste bearer token per role, signed with the key pair Quarkus generates
 * for dev mode, so that a newcomer can call the protected API a minute after `./mvnw quarkus:dev`.
 */
@IfBuildProfile("dev")
public class DevTokens {

    private static final Logger LOG = Logger.getLogger(DevTokens.class);
    static final String DEMO_PARTNER = "weshare-warehouse";

    void print(@Observes StartupEvent startup) {
        StringBuilder tokens = new StringBuilder("Dev tokens (valid 24 h), e.g. curl -H \"Authorization: Bearer $TOKEN\" "
                + "http://localhost:8080/api/v1/admin/controllers");
        for (String role : new String[] { Roles.ADMIN, Roles.DPO, Roles.COMPLIANCE }) {
            tokens.append("\n  ").append(role).append(": ").append(sign("dev-" + role, role));
        }
        tokens.append("\n  partner (").append(DEMO_PARTNER).append("): ").append(sign(DEMO_PARTNER, Roles.PARTNER));
        LOG.info(tokens);
    }

    private static String sign(String subject, String role) {
        return Jwt.subject(subject).upn(subject).groups(Set.of(role)).expiresIn(Duration.ofHours(24)).sign();
    }
}
