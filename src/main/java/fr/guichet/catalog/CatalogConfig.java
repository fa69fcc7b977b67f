package fr.guichet.catalog;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the catalogue. */
@ConfigMapping(prefix = "guichet.catalog")
public interface CatalogConfig {

    /** How long a partner's previous signing secret keeps signing after a rotation, so receivers can switch. */
    @WithDefault("P1D")
    Duration secretRotationOverlap();
}
