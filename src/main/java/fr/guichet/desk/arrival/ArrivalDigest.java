package fr.guichet.desk.arrival;

import java.util.List;

/**
 * What a digest says: how many arrivals of each kind, then each one by reference and link. Codes, names of
 * organisations and references only, like {@link ArrivalMail}.
 */
public record ArrivalDigest(int total, List<Count> counts, List<ArrivalMail> arrivals, boolean dpoContact) {

    public record Count(ArrivalKind kind, int count) {
    }
}
