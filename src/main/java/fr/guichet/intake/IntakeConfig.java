package fr.guichet.intake;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of what requesters see: the public filing, its confirmation, status links and rate limits. */
@ConfigMapping(prefix = "guichet.intake")
public interface IntakeConfig {

    /** How long a status link from an e-mail keeps working; each later e-mail carries a fresh one. */
    @WithDefault("P60D")
    Duration statusLinkValidity();

    /** How long the confirmation link of a web filing works; unconfirmed filings are then purged. */
    @WithDefault("PT72H")
    Duration confirmationValidity();

    /** How often each replica deletes expired pending filings and status links (a scheduler period, or "off"). */
    @WithDefault("1h")
    String purgeEvery();

    /** Filings accepted per client IP address within {@link #limitWindow()}. */
    @WithDefault("10")
    int filingsPerAddress();

    /** Filings accepted per requester e-mail address within {@link #limitWindow()}. */
    @WithDefault("5")
    int filingsPerEmail();

    /** Status-link re-sends accepted per client IP address within {@link #limitWindow()}. */
    @WithDefault("10")
    int resendsPerAddress();

    /** Status-link re-sends accepted per e-mail address within {@link #limitWindow()}. */
    @WithDefault("3")
    int resendsPerEmail();

    /** The window of every rate limit: its allowance refills gradually over this period. */
    @WithDefault("PT1H")
    Duration limitWindow();
}
