package fr.guichet.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
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

    /** The history entry of the step that owes the letter. */
    @EmbeddedId
    HistoryEntry.Key key;
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
