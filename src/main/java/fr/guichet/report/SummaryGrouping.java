package fr.guichet.report;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

import fr.guichet.platform.error.DomainException;
import fr.guichet.request.DeadlineStatistics.Grouping;

/** The {@code groupBy} values of the summary. */
public enum SummaryGrouping {
    MONTH(Grouping.MONTH), PROCESSING(Grouping.PROCESSING), RIGHT(Grouping.RIGHT);

    final Grouping grouping;

    SummaryGrouping(Grouping grouping) {
        this.grouping = grouping;
    }

    /** As written in the query string. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SummaryGrouping parse(String value) {
        if (value == null || value.isBlank()) {
            return MONTH;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidInput("groupBy", "must be month, processing or right");
        }
    }
}
