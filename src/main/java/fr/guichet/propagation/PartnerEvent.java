package fr.guichet.propagation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
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
    @Column(name = "sent_at")
    Instant sentAt;
    @Column(name = "acknowledged_at")
    Instant acknowledgedAt;

    /** Stores the wire name, so the table reads like the feed. */
    @Converter
    static class TypeColumn implements AttributeConverter<PartnerEventType, String> {
        @Override
        public String convertToDatabaseColumn(PartnerEventType type) {
            return type.wireName();
        }

        @Override
        public PartnerEventType convertToEntityAttribute(String wireName) {
            for (PartnerEventType type : PartnerEventType.values()) {
                if (type.wireName().equals(wireName)) {
                    return type;
                }
            }
            throw new IllegalStateException("Unknown partner event type in the database: " + wireName);
        }
    }
}
