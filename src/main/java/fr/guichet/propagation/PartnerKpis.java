package fr.guichet.propagation;

/**
 * How one partner acknowledged its events. Hours run from the event's {@code occurredAt} to its acknowledgement;
 * percentiles are PostgreSQL {@code percentile_cont}, null when nothing was acknowledged.
 *
 * @param exempt exempted (Art. 19 disproportionate effort) without an acknowledgement
 * @param unacknowledgedPastSla neither acknowledged nor exempt, and past the acknowledgement SLA today
 */
public record PartnerKpis(String partnerId, long events, long acknowledged, long exempt, long unacknowledgedPastSla,
        Double medianHoursToAcknowledge, Double p95HoursToAcknowledge) {
}
