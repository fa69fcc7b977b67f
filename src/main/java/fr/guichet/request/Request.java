package fr.guichet.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.guichet.catalog.Right;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One filing about one right. Only {@link RequestLifecycle} changes it; the identity is kept encrypted in
 * {@link #identity}. Optimistic locking: of two concurrent actions, the second to write loses.
 */
@Entity
@Table(name = "requests")
class Request extends PanacheEntityBase {
    @Id
    UUID id;
    String reference;
    @Column(name = "controller_id")
    UUID controllerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "requested_right")
    Right right;
    @Enumerated(EnumType.STRING)
    Channel channel;
    @Column(name = "received_at")
    Instant receivedAt;
    String language;
    @Enumerated(EnumType.STRING)
    @Column(name = "requester_role")
    RequesterRole requesterRole;
    /** {@link RequestIdentity}, sealed with the request id as context. */
    byte[] identity;
    @Column(name = "requester_email_hash")
    byte[] requesterEmailHash;
    @Column(name = "study_id")
    UUID studyId;
    @Column(name = "participant_code")
    String participantCode;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_processings", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "processing_id")
    Set<UUID> processingIds = new HashSet<>();
    @Enumerated(EnumType.STRING)
    RequestStatus status;
    @Enumerated(EnumType.STRING)
    Outcome outcome;
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_ground")
    LegalGround legalGround;
    boolean extended;
    /** The staff member handling the request (JWT subject), projected from the history's ASSIGNED entries. */
    String assignee;
    /**
     * Projection of the deadline engine's answer, refreshed on every action, for queues and reports; the engine
     * recomputing from the history stays the truth (an open pause moves the dates each day).
     */
    @Column(name = "receipt_date")
    LocalDate receiptDate;
    @Column(name = "response_due")
    LocalDate responseDue;
    @Column(name = "extended_due")
    LocalDate extendedDue;
    @Column(name = "paused_days")
    int pausedDays;
    @Column(name = "effective_due")
    LocalDate effectiveDue;
    @Column(name = "internal_target")
    LocalDate internalTarget;
    boolean paused;
    @Column(name = "responded_at")
    Instant respondedAt;
    @Column(name = "closed_at")
    Instant closedAt;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "last_activity_at")
    Instant lastActivityAt;
    @Version
    int version;
}
