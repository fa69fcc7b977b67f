package fr.guichet.propagation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An outbox row: one event for one partner, written in the transaction of the decision that causes it. */
@Entity
@Table(name = "partner_events")
class PartnerEvent extends PanacheEntityBase {
    /** Also the Standard Webhooks `webhook-id`: the same on every delivery attempt. */
    @Id
    UUID id;
    @Column(name = "partner_id")
    String partnerId;
    @Convert(converter = TypeColumn.class)
    PartnerEventType type;
    @Column(name = "occurred_at")
    Instant occurredAt;
    @Column(name = "controller_id")
    UUID controllerId;
    @Column(name = "processing_id")
    UUID processingId;
    @Column(name = "study_id")
    UUID studyId;
    @Column(name = "participant_code")
    String participantCode;
    @Column(name = "request_id")
    UUID requestId;
    @Column(name = "request_reference")
    String requestReference;
    @Column(name = "created_at")
    Instant createdAt;
    /** The writing transaction's id: with {@link #seq}, the feed's total order (see V4 migration). */
    @Column(name = "tx_id", insertable = false, updatable = false)
    long txId;
    @Column(insertable = false, updatable = false)
    long seq;
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_state")
    DeliveryState deliveryState;
    @Column(insertable = false)
    int attempts;
    @Column(name = "delivered_at")
    Instant deliveredAt;
    @Column(name = "dead_at")
    Instant deadAt;
    @Column(name = "last_error")
    String lastError;
    @Column(name = "acknowledged_at")
    Instant acknowledgedAt;
    @Column(name = "exempt_at")
    Instant exemptAt;
    @Column(name = "exempted_by")
    String exemptedBy;
    @Column(name = "exemption_justification")
    String exemptionJustification;

    /** Where the webhook delivery of an event stands. */
    enum DeliveryState {
        PENDING, DELIVERED, DEAD
    }

    /** Stores the wire name, so the table reads like the feed. */
    @Converter
    static class TypeColumn implements AttributeConverter<PartnerEventType, String> {
        @Override
        public String convertToDatabaseColumn(PartnerEventType type) {
            return type.wireName();
        }

        @Override
        public PartnerEventType convertToEntityAttribute(String wireName) {
            return PartnerEventType.ofWireName(wireName);
        }
    }
}
