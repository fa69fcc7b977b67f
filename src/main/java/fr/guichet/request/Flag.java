package fr.guichet.request;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An opposition or restriction in force for a subject (processing + study + participant code), until lifted. */
@Entity
@Table(name = "flags")
class Flag extends PanacheEntityBase {
    @Id
    UUID id;
    @Enumerated(EnumType.STRING)
    FlagType type;
    @Column(name = "controller_id")
    UUID controllerId;
    @Column(name = "processing_id")
    UUID processingId;
    @Column(name = "study_id")
    UUID studyId;
    @Column(name = "participant_code")
    String participantCode;
    @Column(name = "set_by_request_id")
    UUID setByRequestId;
    @Column(name = "set_at")
    Instant setAt;
    @Column(name = "lift_notice_at")
    Instant liftNoticeAt;
    @Column(name = "lifted_at")
    Instant liftedAt;
    @Column(name = "lifted_by_request_id")
    UUID liftedByRequestId;
}
