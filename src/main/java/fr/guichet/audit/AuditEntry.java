package fr.guichet.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One fact for the audit log: who ({@code actor}, a token subject or {@code system}) did what ({@code action},
 * e.g. {@code PARTNER_SECRET_ROTATED}) to which record ({@code entityType}, {@code entityId}), when it happened
 * ({@code occurredAt}, which staff may back-date), and a few non-identifying {@code details}.
 *
 * <p><strong>Never put identity data here</strong>: no name, e-mail or postal address, no text a person wrote,
 * no secret. Only ids, codes, enumerated values, flags and instants. The log can be neither edited nor erased.
 *
 * <p>{@code occurredAt} is truncated to the microsecond. PostgreSQL text cannot hold U+0000 and a lone surrogate
 * has no UTF-8 form, so both are refused: they would be stored differently from what was hashed. Detail keys are
 * camelCase identifiers.
 */
public record AuditEntry(String actor, String action, String entityType, String entityId, Instant occurredAt,
        Map<String, String> details) {

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*");

    public AuditEntry {
        text("actor", actor);
        text("action", action);
        text("entityType", entityType);
        text("entityId", entityId);
        // PostgreSQL keeps microseconds: what is hashed must be exactly what is stored.
        occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
        Map<String, String> given = details == null ? Map.of() : details;
        given.forEach((key, value) -> {
            if (key == null || !KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("audit detail key must be camelCase: " + key);
            }
            text("details." + key, value);
        });
        details = Collections.unmodifiableSortedMap(new TreeMap<>(given));
    }

    /** A detail value listing several ids or codes: sorted, comma-separated, so equal sets read the same. */
    public static String listed(Collection<?> values) {
        return values.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
    }

    private static void text(String field, String value) {
        Objects.requireNonNull(value, field);
        // codePoints() yields an unpaired surrogate as its own value.
        if (value.codePoints().anyMatch(c -> c == 0 || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
            throw new IllegalArgumentException(field + " holds U+0000 or a lone surrogate");
        }
    }
}
