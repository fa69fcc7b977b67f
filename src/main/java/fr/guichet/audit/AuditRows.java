package fr.guichet.audit;

import java.time.Instant;
import java.util.TreeMap;

import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The columns of an audit_log row as the verifier and the export read them, in this order: seq, occurred_at,
 * recorded_at, actor, action, entity_type, entity_id, details (text), prev_hash, hash.
 */
final class AuditRows {

    private static final TypeReference<TreeMap<String, String>> DETAILS = new TypeReference<>() {
    };
    /** A plain mapper, not the REST layer's: a change to the API's JSON settings must not change verification. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditRows() {
    }

    static NativeQuery<Object[]> typed(NativeQuery<Object[]> query) {
        return query.addScalar("seq", Long.class)
                .addScalar("occurred_at", Instant.class)
                .addScalar("recorded_at", Instant.class)
                .addScalar("actor", String.class)
                .addScalar("action", String.class)
                .addScalar("entity_type", String.class)
                .addScalar("entity_id", String.class)
                .addScalar("details", String.class)
                .addScalar("prev_hash", byte[].class)
                .addScalar("hash", byte[].class);
    }

    /** The stored details, sorted by key; a value that is not a flat object of strings is refused. */
    static TreeMap<String, String> details(String json) {
        try {
            return JSON.readValue(json, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details are not a flat object of strings", e);
        }
    }
}
