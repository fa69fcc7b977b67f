package fr.guichet.propagation;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import fr.guichet.catalog.CatalogDirectory;
import fr.guichet.platform.stream.ReadOnlyStreams;
import fr.guichet.request.FlagRecord;
import fr.guichet.request.FlagSnapshots;

/**
 * The snapshot of the flags in force for a partner, cut at a feed position: in one repeatable-read transaction,
 * the boundary x is the oldest transaction still running; the snapshot holds the flags set before x and not lifted
 * before x, and its cursor is "every event with tx_id &lt; x". The feed after that cursor starts with x's events, so
 * snapshot plus feed neither miss nor repeat a change.
 */
@ApplicationScoped
class PartnerFlags {

    /** Receives the snapshot: its cursor first, then every flag. */
    interface Sink {
        void cursor(String cursor);

        void flag(FlagRecord flag);
    }

    private final EntityManager entityManager;
    private final ReadOnlyStreams streams;
    private final CatalogDirectory catalog;
    private final FlagSnapshots flags;

    PartnerFlags(EntityManager entityManager, ReadOnlyStreams streams, CatalogDirectory catalog,
            FlagSnapshots flags) {
        this.entityManager = entityManager;
        this.streams = streams;
        this.catalog = catalog;
        this.flags = flags;
    }

    void snapshot(String partnerId, Sink sink) {
        streams.repeatableRead(() -> {
            // The first query fixes the transaction's snapshot; the boundary is taken from that same snapshot.
            long boundary = ((Number) entityManager.createNativeQuery("SELECT " + PartnerFeed.RELEASE_BOUNDARY)
                    .getSingleResult()).longValue();
            sink.cursor(FeedCursor.before(boundary).encode());
            Set<UUID> processings = catalog.processingsServedBy(partnerId).orElse(Set.of());
            flags.forEachInForce(processings, boundary, sink::flag);
        });
    }
}
