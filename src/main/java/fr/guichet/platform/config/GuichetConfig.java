package fr.guichet.platform.config;

import java.net.URI;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

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
}
