package fr.guichet.desk.arrival;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the arrivals job, which tells staff of work arriving (docs/reminders.md, "Arrivals"). */
@ConfigMapping(prefix = "guichet.arrivals")
public interface ArrivalConfig {

    /** How often each replica looks for arrivals and sends what is due (a Quarkus scheduler period, or "off"). */
    @WithDefault("1m")
    String every();

    /** {@code immediate}: one e-mail per arrival; {@code digest}: one e-mail per staff member every digest-every. */
    @WithDefault("immediate")
    ArrivalMode mode();

    /** In digest mode, the least time between two digests to one person (and from an arrival to the first digest). */
    @WithDefault("1h")
    Duration digestEvery();

    /** How many facts, notices or recipients one transaction handles; a run goes on batch after batch. */
    @WithDefault("100")
    int batchSize();
}
