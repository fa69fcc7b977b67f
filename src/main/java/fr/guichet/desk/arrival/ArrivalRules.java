package fr.guichet.desk.arrival;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import fr.guichet.request.RequesterActivity;

/** The arrivals job's decisions, plain Java: the caller passes the facts and "now". */
final class ArrivalRules {

    /**
     * How far before the last instant read a run reads again: a fact whose transaction committed after a later one
     * (a few seconds in practice) is still found. Re-read facts are already recorded and announce nothing.
     */
    static final Duration OVERLAP = Duration.ofMinutes(10);

    /** The recipient code of a controller's DPO contact, who hears when no staff member's address is known. */
    private static final String DPO_CONTACT = "dpo-contact:";

    private ArrivalRules() {
    }

    /** What a step of the person announces. */
    static ArrivalKind kindOf(RequesterActivity.Step step) {
        if (step.filed()) {
            return ArrivalKind.WEB_FILING;
        }
        if (step.answered()) {
            return ArrivalKind.ANSWER;
        }
        if (step.withdrew()) {
            return ArrivalKind.WITHDRAWAL;
        }
        throw new IllegalArgumentException("Not a step staff are told of: " + step.event());
    }

    /**
     * Where a run starts reading a source: the overlap before the last instant read, or before now on the first run
     * (facts older than that, from before arrivals were announced, are not). A last instant after now (a clock set
     * back) counts as now.
     */
    static Instant readFrom(Optional<Instant> readTo, Instant now) {
        Instant last = readTo.filter(instant -> instant.isBefore(now)).orElse(now);
        return last.minus(OVERLAP);
    }

    /**
     * A recipient's digest is due once digest-every has passed since their previous digest, or for their first one,
     * since the oldest arrival it would carry.
     */
    static boolean digestDue(Instant previousDigest, Instant oldestPending, Instant now, Duration every) {
        Instant since = previousDigest != null ? previousDigest : oldestPending;
        return !now.isBefore(since.plus(every));
    }

    /** Who hears of an arrival of this controller: its staff with a known address, else its DPO contact. */
    static List<String> recipients(List<String> addressableStaff, UUID controller) {
        return addressableStaff.isEmpty() ? List.of(DPO_CONTACT + controller) : addressableStaff;
    }

    /** The controller whose DPO contact a recipient code stands for; empty for a staff member's subject. */
    static Optional<UUID> dpoContactOf(String recipient) {
        return recipient.startsWith(DPO_CONTACT) ? Optional.of(UUID.fromString(recipient.substring(
                DPO_CONTACT.length()))) : Optional.empty();
    }

    /** How many arrivals of each kind, in the kinds' order, only the kinds present. */
    static Map<ArrivalKind, Integer> counts(List<ArrivalKind> kinds) {
        Map<ArrivalKind, Integer> counts = new TreeMap<>();
        kinds.forEach(kind -> counts.merge(kind, 1, Integer::sum));
        return counts;
    }
}
