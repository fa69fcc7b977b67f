package fr.guichet.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * How the audit log chains its entries, in plain Java so that an auditor can re-implement it (docs/audit.md):
 *
 * <pre>
 * hash(0) = 32 zero bytes
 * hash(n) = SHA-256(hash(n-1) || UTF-8(canonical form of entry n))
 * </pre>
 *
 * The canonical form is one line of JSON without whitespace, fields in this fixed order:
 *
 * <pre>
 * {"seq":1,"occurredAt":"2026-03-10T09:15:00.000000Z","recordedAt":"2026-03-10T09:15:01.250000Z",
 *  "actor":"…","action":"…","entityType":"…","entityId":"…","details":{"a":"…","b":"…"}}
 * </pre>
 *
 * Instants are UTC with exactly six fractional digits; detail keys are sorted; strings are escaped as RFC 8785
 * and PostgreSQL's {@code to_json} escape them: {@code \" \\ \b \f \n \r \t}, other characters below U+0020 as
 * <code>&#92;u00xx</code> (lower-case hex), every other character as is.
 */
public final class AuditChain {

    public static final int HASH_BYTES = 32;

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AuditChain() {
    }

    /** The hash that the first entry chains to. */
    public static byte[] genesis() {
        return new byte[HASH_BYTES];
    }

    public static String canonicalForm(long seq, Instant recordedAt, AuditEntry entry) {
        StringBuilder json = new StringBuilder(256).append("{\"seq\":").append(seq);
        field(json, "occurredAt", instant(entry.occurredAt()));
        field(json, "recordedAt", instant(recordedAt));
        field(json, "actor", entry.actor());
        field(json, "action", entry.action());
        field(json, "entityType", entry.entityType());
        field(json, "entityId", entry.entityId());
        return json.append(",\"details\":").append(detailsJson(entry.details())).append('}').toString();
    }

    /** An instant as the canonical form writes it. */
    public static String instant(Instant instant) {
        return INSTANT.format(instant);
    }

    public static byte[] hash(byte[] previous, String canonicalForm) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previous);
            return sha256.digest(canonicalForm.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /** The details as a JSON object with sorted keys (an {@link AuditEntry}'s details are already sorted). */
    static String detailsJson(Map<String, String> details) {
        StringBuilder json = new StringBuilder("{");
        details.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, key).append(':');
            string(json, value);
        });
        return json.append('}').toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append(",\"").append(name).append("\":");
        string(json, value);
    }

    private static StringBuilder string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
