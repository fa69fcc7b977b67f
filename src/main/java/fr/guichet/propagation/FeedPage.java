package fr.guichet.propagation;

import java.util.List;

/**
 * One page of a partner's feed. {@code next} is never null: it is the position after the last event returned,
 * or, when there was none, the position the caller gave, so a poller always has a cursor to resume from.
 */
public record FeedPage(List<PartnerEventPayload> events, String next) {
}
