package fr.guichet.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.guichet.platform.crypto.SecretBox;
import fr.guichet.platform.error.RateLimitedException;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

/**
 * Rate limits of the public endpoints (Bucket4j token buckets kept in PostgreSQL, so that every replica counts
 * against the same allowance). A bucket is keyed by a keyed hash of the client address or of the e-mail address:
 * the table never holds either in clear, and the same limit applies whether or not the address has requests.
 * Calls run outside any transaction: Bucket4j commits its own row lock per check.
 */
@ApplicationScoped
public class RateLimits {

    /** What is limited; each kind has its own buckets. */
    enum Kind {
        FILING_ADDRESS, FILING_EMAIL, RESEND_ADDRESS, RESEND_EMAIL
    }

    private final ProxyManager<String> buckets;
    private final SecretBox box;
    private final IntakeConfig config;
    private final EntityManager entityManager;
    private final Clock clock;

    RateLimits(DataSource dataSource, SecretBox box, IntakeConfig config, EntityManager entityManager, Clock clock) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("intake_rate_limits").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                // A bucket that has refilled is the same as no bucket: its row may then be purged.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
        this.box = box;
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A filing from this client address, for this e-mail address (may be null: the filing is then refused). */
    public void checkFiling(String clientAddress, String email) {
        check(Kind.FILING_ADDRESS, clientAddress);
        if (email != null && !email.isBlank()) {
            check(Kind.FILING_EMAIL, email);
        }
    }

    public void checkResend(String clientAddress, String email) {
        check(Kind.RESEND_ADDRESS, clientAddress);
        check(Kind.RESEND_EMAIL, email);
    }

    /** Takes one attempt from the bucket of {@code value}, or refuses with the time until the next one. */
    void check(Kind kind, String value) {
        String key = kind.name() + ":" + HexFormat.of().formatHex(box.lookupHash("rate-limit:" + kind + ":"
                + value.trim().toLowerCase(Locale.ROOT)));
        int allowance = allowance(kind);
        BucketConfiguration limit = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(allowance).refillGreedy(allowance, config.limitWindow()))
                .build();
        ConsumptionProbe probe = buckets.builder().build(key, () -> limit).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Deletes the buckets that have refilled completely (Bucket4j's expiry, in epoch milliseconds). */
    @Transactional
    public int purgeExpired() {
        return entityManager.createNativeQuery("DELETE FROM intake_rate_limits WHERE expires_at < :now")
                .setParameter("now", clock.millis()).executeUpdate();
    }

    private int allowance(Kind kind) {
        return switch (kind) {
            case FILING_ADDRESS -> config.filingsPerAddress();
            case FILING_EMAIL -> config.filingsPerEmail();
            case RESEND_ADDRESS -> config.resendsPerAddress();
            case RESEND_EMAIL -> config.resendsPerEmail();
        };
    }
}
