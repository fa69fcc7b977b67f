package fr.guichet.platform.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends queued e-mails. Safe with any number of replicas: a run claims rows in one statement
 * ({@code FOR UPDATE SKIP LOCKED}), commits the claim, talks SMTP outside any transaction, then records the
 * outcome only if it still holds the claim. A replica that dies mid-send leaves a lease that expires, and the
 * mail is retried: delivery is at least once.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);

    /** Delay before each retry; after the last one the mail is marked failed for operators to see. */
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(12), Duration.ofHours(24));

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"@]+@[^\\s<>\"]+");

    private final EntityManager entityManager;
    private final MailOutbox outbox;
    private final Mailer mailer;
    private final MailConfig config;
    private final String worker = "mail-" + UUID.randomUUID();

    MailDispatcher(EntityManager entityManager, MailOutbox outbox, Mailer mailer, MailConfig config) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.mailer = mailer;
        this.config = config;
    }

    @Scheduled(every = "${guichet.mail.dispatch-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        runOnce();
    }

    /** Claims and sends one batch of due e-mails; returns how many were sent. */
    public int runOnce() {
        List<Object[]> claimed = QuarkusTransaction.requiringNew().call(this::claim);
        int sent = 0;
        for (Object[] row : claimed) {
            UUID id = (UUID) row[0];
            int attempts = ((Number) row[2]).intValue();
            try {
                OutgoingMail mail = outbox.open(id, (byte[]) row[1]);
                mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text()).setHtml(mail.html()));
                QuarkusTransaction.requiringNew().run(() -> markSent(id));
                sent++;
            } catch (RuntimeException e) {
                LOG.warnf("Mail %s not sent (attempt %d): %s", id, attempts, redact(e.getMessage()));
                QuarkusTransaction.requiringNew().run(() -> markFailedAttempt(id, attempts, redact(e.getMessage())));
            }
        }
        return sent;
    }

    /** Claimed in queue order and sent in that order, so a person reads the acknowledgement before the answer. */
    @SuppressWarnings("unchecked")
    private List<Object[]> claim() {
        List<Object[]> claimed = entityManager.createNativeQuery("""
                UPDATE mail_outbox SET claimed_by = :worker, claimed_until = now() + make_interval(secs => :lease),
                       attempts = attempts + 1
                WHERE id IN (SELECT id FROM mail_outbox
                             WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
                               AND (claimed_until IS NULL OR claimed_until < now())
                             ORDER BY next_attempt_at, created_at LIMIT :batch FOR UPDATE SKIP LOCKED)
                RETURNING id, payload, attempts, next_attempt_at, created_at""")
                .setParameter("worker", worker)
                .setParameter("lease", (double) config.lease().toSeconds())
                .setParameter("batch", config.batchSize())
                .getResultList();
        // UPDATE … RETURNING gives rows in no particular order.
        return claimed.stream().sorted(Comparator.comparing((Object[] row) -> (Instant) row[3])
                .thenComparing(row -> (Instant) row[4])).toList();
    }

    private void markSent(UUID id) {
        // The payload holds the recipient's address: once delivered it is no longer needed.
        entityManager.createNativeQuery("""
                UPDATE mail_outbox SET sent_at = now(), payload = NULL, claimed_by = NULL, claimed_until = NULL,
                       last_error = NULL
                WHERE id = :id AND claimed_by = :worker""")
                .setParameter("id", id).setParameter("worker", worker).executeUpdate();
    }

    private void markFailedAttempt(UUID id, int attempts, String error) {
        boolean exhausted = attempts > RETRY_DELAYS.size();
        double delay = exhausted ? 0 : jittered(RETRY_DELAYS.get(attempts - 1));
        entityManager.createNativeQuery("""
                UPDATE mail_outbox SET claimed_by = NULL, claimed_until = NULL, last_error = :error,
                       next_attempt_at = now() + make_interval(secs => :delay),
                       failed_at = CASE WHEN :exhausted THEN now() END
                WHERE id = :id AND claimed_by = :worker""")
                .setParameter("error", error).setParameter("delay", delay).setParameter("exhausted", exhausted)
                .setParameter("id", id).setParameter("worker", worker).executeUpdate();
    }

    /** ±20 % jitter, so that retries after a relay outage do not all arrive at once. */
    static double jittered(Duration delay) {
        return delay.toSeconds() * ThreadLocalRandom.current().nextDouble(0.8, 1.2);
    }

    /** SMTP errors often quote the recipient; the log and the table must not. */
    static String redact(String message) {
        if (message == null) {
            return "unknown error";
        }
        String redacted = ADDRESS.matcher(message).replaceAll("<address>");
        return redacted.length() > 300 ? redacted.substring(0, 300) : redacted;
    }
}
