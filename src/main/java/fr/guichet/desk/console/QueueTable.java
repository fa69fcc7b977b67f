package fr.guichet.desk.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.guichet.request.QueueItem;
import fr.guichet.request.QueueLine;
import fr.guichet.request.QueueRisk;

/** The queue's lines and counts in one language's words: names and dates, never an id or a code on screen. */
public final class QueueTable {

    /** A risk and how many requests have it; {@code key} is the badge's style, the words say the same. */
    public record Count(String key, String label, long count) {
    }

    /** One request as a row of the table. */
    public record Line(String url, String reference, boolean fresh, String right, String controller, String processings,
            String status, String riskKey, String risk, String days, String due, String assignee, String channel,
            String id) {
    }

    private final QueueMessages words;
    private final Vocabulary vocabulary;
    private final DateTimeFormatter dates;

    QueueTable(QueueMessages words, Vocabulary vocabulary, String language) {
        this.words = words;
        this.vocabulary = vocabulary;
        // "3 décembre 2026", "3 December 2026": the long form, with the month in words, in both languages.
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale("en".equals(language) ? Locale.UK : Locale.FRANCE);
    }

    List<Count> counts(Map<QueueRisk, Long> counts) {
        return Arrays.stream(new QueueRisk[] { QueueRisk.OVERDUE, QueueRisk.DUE_SOON, QueueRisk.PAUSED,
                QueueRisk.ON_TRACK }).map(risk -> new Count(key(risk), vocabulary.risk(risk),
                        counts.getOrDefault(risk, 0L))).toList();
    }

    Line line(QueueLine line, Optional<Instant> previousVisit) {
        QueueItem item = line.item();
        boolean fresh = previousVisit.map(line.createdAt()::isAfter).orElse(false);
        return new Line("/desk/requests/" + item.id(), item.reference(), fresh, vocabulary.right(item.right()),
                item.controllerName(), String.join(", ", item.processingNames()), vocabulary.status(item.status()),
                key(item.risk()), vocabulary.risk(item.risk()), item.risk() == null ? "" : days(line.daysLeft()),
                format(item.deadlines().effectiveDue()),
                item.assignee() == null ? words.nobody()
                        : item.assigneeName() != null ? item.assigneeName() : item.assignee(),
                vocabulary.channel(item.channel()), item.id().toString());
    }

    private String days(long left) {
        if (left == 0) {
            return words.dueToday();
        }
        if (left > 0) {
            return left == 1 ? words.dayLeft(left) : words.daysLeft(left);
        }
        return left == -1 ? words.dayLate(-left) : words.daysLate(-left);
    }

    private String format(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    private static String key(QueueRisk risk) {
        return risk == null ? "none" : risk.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
