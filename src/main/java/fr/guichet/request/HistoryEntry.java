package fr.guichet.request;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One line of a request's history: never updated, never deleted. */
@Entity
@Immutable
@Table(name = "request_history")
class HistoryEntry extends PanacheEntityBase {

    /** Filing is recorded as this event; every other entry is named after its {@link Action}. */
    static final String FILED = "FILED";
    /** Desk bookkeeping, outside the state machine: the state does not change and the requester never sees them. */
    static final String ASSIGNED = "ASSIGNED";
    static final String UNASSIGNED = "UNASSIGNED";
    static final String NOTE = "NOTE";
    /** A response document was attached (id, SHA-256, size); RESPOND lists the digests delivered. */
    static final String DOCUMENT_ATTACHED = "DOCUMENT_ATTACHED";
    /** Staff posted a letter owed by post ({@code letterSeq}: the entry that owed it; {@code postedOn}: the day). */
    static final String LETTER_POSTED = "LETTER_POSTED";
    /** The scan of the letter the request came in was attached (id, SHA-256, size); never delivered. */
    static final String LETTER_ATTACHED = "LETTER_ATTACHED";

    @Embeddable
    static class Key implements Serializable {
        @Column(name = "request_id")
        UUID requestId;
        int seq;

        Key() {
        }

        Key(UUID requestId, int seq) {
            this.requestId = requestId;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.requestId.equals(requestId) && key.seq == seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(requestId, seq);
        }
    }

    @EmbeddedId
    Key key;
    String event;
    String actor;
    /** When it happened (staff may record a letter posted days ago). */
    @Column(name = "occurred_at")
    Instant occurredAt;
    @Column(name = "recorded_at")
    Instant recordedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    RequestStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    RequestStatus toStatus;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> details;

    boolean is(Action action) {
        return action.name().equals(event);
    }
}
