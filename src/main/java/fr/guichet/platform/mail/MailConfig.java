package fr.guichet.platform.mail;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the e-mail outbox. The dispatch period is `guichet.mail.dispatch-every` ("off" disables it). */
@ConfigMapping(prefix = "guichet.mail")
public interface MailConfig {

    /** How often each replica looks for queued e-mails (a Quarkus scheduler period, or "off"). */
    @WithDefault("10s")
    String dispatchEvery();

    /** How many e-mails one dispatch run claims at most. */
    @WithDefault("20")
    int batchSize();

    /** How long a claim lasts; a replica that dies mid-send loses its claim after this and another retries. */
    @WithDefault("PT2M")
    Duration lease();
}
