package fr.guichet.desk.reminder;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the reminder job (docs/reminders.md). */
@ConfigMapping(prefix = "guichet.reminders")
public interface ReminderConfig {

    /** How often each replica looks for due reminders (a Quarkus scheduler period, or "off"). */
    @WithDefault("15m")
    String every();

    /** How many candidate requests one transaction examines; a run goes on batch after batch until none is left. */
    @WithDefault("100")
    int batchSize();
}
