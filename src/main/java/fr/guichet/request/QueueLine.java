package fr.guichet.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A queue item as a page shows it: with today in its controller's zone (the same instant for the whole page, so that
 * the days left agree with the risk) and when the desk recorded it (a request entered by post is received earlier).
 */
public record QueueLine(QueueItem item, LocalDate today, Instant createdAt) {

    /** Days until the effective deadline: negative once it has passed. */
    public long daysLeft() {
        return ChronoUnit.DAYS.between(today, item.deadlines().effectiveDue());
    }
}
