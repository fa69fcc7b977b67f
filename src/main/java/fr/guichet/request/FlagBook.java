package fr.guichet.request;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.catalog.CatalogDirectory;
import fr.guichet.catalog.Right;
import fr.guichet.platform.error.DomainException;
import fr.guichet.propagation.EventSubject;
import fr.guichet.propagation.PartnerEventType;
import fr.guichet.propagation.PartnerEvents;

/**
 * Flags in force and one-off orders, and the partner events they cause (Art. 19): every change here writes one
 * event per partner serving the processing, in the caller's transaction.
 */
@ApplicationScoped
class FlagBook {

    /** What a granted right puts in force or orders, per processing. */
    record Effects(int flagsSet, int alreadyInForce, int events) {
    }

    private static final String IN_FORCE = "type = ?1 and studyId = ?2 and participantCode = ?3 "
            + "and processingId in ?4 and liftedAt is null";

    private final CatalogDirectory catalog;
    private final PartnerEvents events;

    FlagBook(CatalogDirectory catalog, PartnerEvents events) {
        this.catalog = catalog;
        this.events = events;
    }

    /** Flags of this type in force for the request's subject, on its processings. */
    List<Flag> inForce(Request request, FlagType type) {
        if (type == null || request.participantCode == null) {
            return List.of();
        }
        return Flag.list(IN_FORCE + " order by processingId", type, request.studyId, request.participantCode,
                request.processingIds);
    }

    /** Every flag, in force or lifted, for the request's subject on its processings. */
    List<Flag> history(Request request) {
        if (request.participantCode == null) {
            return List.of();
        }
        return Flag.list("studyId = ?1 and participantCode = ?2 and processingId in ?3 order by setAt, processingId",
                request.studyId, request.participantCode, request.processingIds);
    }

    /** Carries out a grant: sets the flag (opposition, restriction) or orders erasure / rectification. */
    Effects grant(Request request, List<UUID> processingIds, Instant at) {
        FlagType type = FlagType.setBy(request.right);
        PartnerEventType event = eventOf(request.right);
        if (event == null) {
            return new Effects(0, 0, 0);
        }
        if (request.participantCode == null) {
            throw DomainException.ruleViolation("participantCode", "partners know the person only by a study "
                    + "participant code: give studyId and participantCode with the decision");
        }
        Map<UUID, List<String>> partners = catalog.partnersServing(processingIds);
        int set = 0;
        int already = 0;
        int published = 0;
        for (UUID processingId : processingIds) {
            if (type != null) {
                if (Flag.count(IN_FORCE, type, request.studyId, request.participantCode, List.of(processingId)) > 0) {
                    already++;
                    continue;
                }
                Flag flag = new Flag();
                flag.id = UUID.randomUUID();
                flag.type = type;
                flag.controllerId = request.controllerId;
                flag.processingId = processingId;
                flag.studyId = request.studyId;
                flag.participantCode = request.participantCode;
                flag.setByRequestId = request.id;
                flag.setAt = at;
                flag.persist();
                set++;
            }
            published += publish(event, request, processingId, partners.get(processingId), at);
        }
        return new Effects(set, already, published);
    }

    /** Ends the flags of this type in force for the request's subject; returns the number of partner events. */
    int lift(Request request, FlagType type, Instant at) {
        List<Flag> flags = inForce(request, type);
        Map<UUID, List<String>> partners = catalog.partnersServing(flags.stream().map(f -> f.processingId).toList());
        PartnerEventType event = type == FlagType.OPPOSITION ? PartnerEventType.OPPOSITION_LIFTED
                : PartnerEventType.RESTRICTION_LIFTED;
        int published = 0;
        for (Flag flag : flags) {
            if (flag.liftNoticeAt != null && flag.liftNoticeAt.isAfter(at)) {
                throw DomainException.ruleViolation("at", "a restriction cannot be lifted before the person was told");
            }
            flag.liftedAt = at;
            flag.liftedByRequestId = request.id;
            published += publish(event, request, flag.processingId, partners.get(flag.processingId), at);
        }
        return published;
    }

    /** Records that the person was told the restriction will be lifted (Art. 18(3)). */
    int noticeLift(Request request, Instant at) {
        List<Flag> flags = inForce(request, FlagType.RESTRICTION);
        flags.forEach(flag -> flag.liftNoticeAt = at);
        return flags.size();
    }

    private int publish(PartnerEventType type, Request request, UUID processingId, List<String> partnerIds,
            Instant at) {
        events.publish(type, new EventSubject(request.controllerId, processingId, request.studyId,
                request.participantCode), partnerIds, at, request.id, request.reference);
        return partnerIds.size();
    }

    private static PartnerEventType eventOf(Right right) {
        return switch (right) {
            case OPPOSITION -> PartnerEventType.OPPOSITION_SET;
            case LIMITATION -> PartnerEventType.RESTRICTION_SET;
            case ERASURE -> PartnerEventType.ERASURE_ORDERED;
            case RECTIFICATION -> PartnerEventType.RECTIFICATION_NOTIFIED;
            default -> null;
        };
    }
}
