package fr.guichet.platform.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the desk as a whole; each feature keeps its own mapping for its own settings. */
@ConfigMapping(prefix = "guichet")
public interface GuichetConfig {

    /** Base URL of the public desk, used to build the links in e-mails (GUICHET_PUBLIC_URL). */
    URI publicUrl();

    /**
     * Base64 of the 32-byte key that encrypts identity data and partner secrets at rest (GUICHET_DATA_KEY).
     * Required in production; dev and test generate a throw-away key at each start.
     */
    Optional<String> dataKey();

    /**
     * The token claim that holds the roles (dpo, compliance, admin, partner), for staff sessions and bearer tokens
     * alike (GUICHET_STAFF_ROLES_CLAIM).
     */
    @WithDefault("groups")
    String staffRolesClaim();

    /** Staff browser sessions (docs/sign-in.md). */
    Staff staff();

    interface Staff {
        /**
         * A staff session unused for this long ends: the next page asks to sign in again
         * (GUICHET_STAFF_SESSION_IDLE_TIMEOUT).
         */
        @WithDefault("PT30M")
        Duration sessionIdleTimeout();
    }
}
