package fr.guichet.propagation.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import fr.guichet.catalog.PartnerWebhooks;
import fr.guichet.catalog.WebhookTarget;
import fr.guichet.propagation.PartnerEventPayload;
import fr.guichet.propagation.PartnerEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers partner events as signed webhooks, at least once. Safe with any number of replicas: a run claims a
 * batch in one statement and commits the claim, calls the partners' endpoints outside any transaction, then
 * records each outcome only if it still holds the claim. A replica that dies mid-delivery leaves a lease that
 * expires, and the event is sent again with the same {@code webhook-id}.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final DeliveryStore store;
    private final WebhookSender sender;
    private final PartnerEvents events;
    private final PartnerWebhooks webhooks;
    private final Clock clock;
    private final DeliveryConfig config;
    private final RetrySchedule retries;
    private final String worker = "webhook-" + UUID.randomUUID();

    WebhookDispatcher(DeliveryStore store, WebhookSender sender, PartnerEvents events, PartnerWebhooks webhooks,
            Clock clock, DeliveryConfig config) {
        this.store = store;
        this.sender = sender;
        this.events = events;
        this.webhooks = webhooks;
        this.clock = clock;
        this.config = config;
        this.retries = RetrySchedule.of(config);
    }

    @Scheduled(every = "${guichet.delivery.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        runOnce();
    }

    /** Claims one batch of due events and attempts each; returns how many were attempted. */
    public int runOnce() {
        Instant now = clock.instant();
        Batch batch = QuarkusTransaction.requiringNew().call(() -> {
            List<Claim> claims = store.claim(worker, now, now.plus(config.lease()), config.batchSize());
            return new Batch(claims, events.payloads(claims.stream().map(Claim::eventId).toList()));
        });
        int attempted = 0;
        for (Claim claim : batch.claims()) {
            try {
                if (attempt(claim, batch.payloads().get(claim.eventId()))) {
                    attempted++;
                }
            } catch (RuntimeException e) {
                // The lease expires and another run retries the event; the rest of the batch goes on.
                LOG.errorf(e, "Webhook %s to partner %s: unexpected failure", claim.eventId(), claim.partnerId());
            }
        }
        return attempted;
    }

    private boolean attempt(Claim claim, PartnerEventPayload payload) {
        WebhookTarget target = QuarkusTransaction.requiringNew().call(() -> webhooks.target(claim.partnerId()));
        // Re-checked per event: an earlier event of this batch may have met a 410, or the lease may run short.
        if (!target.active() || !leaseCovers(claim)) {
            QuarkusTransaction.requiringNew().run(() -> store.release(claim, worker));
            return false;
        }
        Attempt attempt = sender.send(target, payload);
        QuarkusTransaction.requiringNew().run(() -> record(claim, attempt));
        return true;
    }

    private boolean leaseCovers(Claim claim) {
        Duration longestCall = config.connectTimeout().plus(config.requestTimeout());
        return clock.instant().plus(longestCall).isBefore(claim.claimedUntil());
    }

    private void record(Claim claim, Attempt attempt) {
        store.log(claim, attempt);
        Instant now = clock.instant();
        switch (attempt.outcome()) {
            case DELIVERED -> store.delivered(claim, worker, now);
            case GONE -> {
                LOG.warnf("Webhook %s: partner %s answered 410 Gone; its webhook is disabled", claim.eventId(),
                        claim.partnerId());
                store.waitForPartner(claim, worker, attempt.summary());
                webhooks.disable(claim.partnerId(), "The endpoint answered 410 Gone.");
            }
            case FAILED -> retries.next(claim.attempts(), claim.createdAt(), now).ifPresentOrElse(next -> {
                LOG.warnf("Webhook %s to partner %s failed (attempt %d): %s; next at %s", claim.eventId(),
                        claim.partnerId(), claim.attempts(), attempt.summary(), next);
                store.retryAt(claim, worker, next, attempt.summary());
            }, () -> {
                LOG.errorf("Webhook %s to partner %s failed (attempt %d): %s; given up, an admin can replay it",
                        claim.eventId(), claim.partnerId(), claim.attempts(), attempt.summary());
                store.dead(claim, worker, now, attempt.summary());
            });
        }
    }

    private record Batch(List<Claim> claims, Map<UUID, PartnerEventPayload> payloads) {
    }
}
