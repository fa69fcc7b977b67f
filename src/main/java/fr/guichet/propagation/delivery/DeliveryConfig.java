package fr.guichet.propagation.delivery;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of webhook delivery to partners. */
@ConfigMapping(prefix = "guichet.delivery")
public interface DeliveryConfig {

    /** How often each replica looks for due webhooks (a Quarkus scheduler period, or "off"). */
    @WithDefault("5s")
    String every();

    /** How many events one run claims at most; they are sent one after the other. */
    @WithDefault("10")
    int batchSize();

    /**
     * How long a claim lasts; a replica that dies mid-delivery loses it after this and another retries. Keep it
     * above batch-size × (connect-timeout + request-timeout): events the lease no longer covers go back unsent.
     */
    @WithDefault("PT3M")
    Duration lease();

    /** How long to wait for the partner's endpoint to accept the connection. */
    @WithDefault("PT5S")
    Duration connectTimeout();

    /** How long to wait for the partner's complete answer once connected. */
    @WithDefault("PT10S")
    Duration requestTimeout();

    /** Retries stop this long after the event was written; the event is then dead until an admin replays it. */
    @WithDefault("P3D")
    Duration giveUpAfter();

    /** The delay before each retry, each with ±20 % jitter; the last one repeats until give-up-after. */
    @WithDefault("PT5S,PT30S,PT2M,PT10M,PT30M,PT1H,PT2H,PT4H,PT8H,PT12H")
    List<Duration> retryDelays();
}
