package fr.guichet.intake;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of what requesters see: their status links. */
@ConfigMapping(prefix = "guichet.intake")
public interface IntakeConfig {

    /** How long a status link from an e-mail keeps working; each later e-mail carries a fresh one. */
    @WithDefault("P60D")
    Duration statusLinkValidity();
}
