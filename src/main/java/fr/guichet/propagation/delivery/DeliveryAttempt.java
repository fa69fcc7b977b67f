package fr.guichet.propagation.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One line of the attempt log that admins read when an endpoint fails. */
@Entity
@Table(name = "delivery_attempts")
class DeliveryAttempt extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "event_id")
    UUID eventId;
    @Column(name = "attempted_at")
    Instant attemptedAt;
    @Column(name = "duration_ms")
    int durationMs;
    @Column(name = "status_code")
    Integer statusCode;
    String error;
    /** The start of the partner's answer, redacted (see {@link ResponseExcerpt}). */
    String response;

    static DeliveryAttempt of(UUID eventId, Attempt attempt) {
        DeliveryAttempt row = new DeliveryAttempt();
        row.eventId = eventId;
        row.attemptedAt = attempt.at();
        row.durationMs = (int) Math.min(Integer.MAX_VALUE, attempt.duration().toMillis());
        row.statusCode = attempt.statusCode();
        row.error = attempt.error();
        row.response = attempt.response();
        return row;
    }
}
