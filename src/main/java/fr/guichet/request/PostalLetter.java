package fr.guichet.request;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A letter owed by post, for the "letters to print" list: the projection of a history entry whose details say
 * {@code letterBy=post}, and of the LETTER_POSTED entry that later records its posting.
 */
@Entity
@Table(name = "postal_letters")
class PostalLetter extends PanacheEntityBase {

    @Embeddable
    static class Key implements Serializable {
        @Column(name = "request_id")
        UUID requestId;
        /** The history entry of the step that owes the letter. */
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
    String template;
    @Enumerated(EnumType.STRING)
    RequesterStep step;
    @Column(name = "controller_id")
    UUID controllerId;
    @Column(name = "owed_at")
    Instant owedAt;
    @Column(name = "posted_on")
    LocalDate postedOn;
    @Column(name = "posted_seq")
    Integer postedSeq;
}
