package fr.guichet.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;


import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Re-verifies the audit chain from the stored columns alone, in seq order, a batch at a time (constant memory,
 * one short transaction per batch). It reports the first entry whose seq is not the next one (an entry was
 * deleted), whose {@code prev_hash} is not the previous entry's hash, or whose hash does not match its content,
 * and a chain that ends before, or differently from, what the head row recorded (its tail was cut).
 *
 * <p>The head is read first: entries appended during the walk come after it and are left to the next run.
 */
@ApplicationScoped
public class AuditVerifier {

    static final int BATCH_SIZE = 1000;

    private final EntityManager entityManager;

    AuditVerifier(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public AuditVerification verify() {
        Object[] head = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1").getSingleResult());
        long lastSeq = ((Number) head[0]).longValue();
        byte[] previous = AuditChain.genesis();
        long expected = 1;
        long checked = 0;
        List<Object[]> batch;
        do {
            long after = expected - 1;
            batch = QuarkusTransaction.requiringNew().call(() -> batchAfter(after, lastSeq));
            for (Object[] row : batch) {
                checked++;
                long seq = (Long) row[0];
                if (seq != expected) {
                    return AuditVerification.brokenAt(expected, checked);
                }
                byte[] hash = (byte[]) row[9];
                if (!Arrays.equals((byte[]) row[8], previous) || !hashMatches(previous, row, hash)) {
                    return AuditVerification.brokenAt(seq, checked);
                }
                previous = hash;
                expected++;
            }
        } while (batch.size() == BATCH_SIZE);
        if (expected <= lastSeq) {
            return AuditVerification.brokenAt(expected, checked);
        }
        if (!Arrays.equals(previous, (byte[]) head[1])) {
            return AuditVerification.brokenAt(lastSeq, checked);
        }
        return AuditVerification.intact(checked);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> batchAfter(long after, long lastSeq) {
        return AuditRows.typed(entityManager.createNativeQuery("""
                SELECT seq, occurred_at, recorded_at, actor, action, entity_type, entity_id, details::text AS details,
                       prev_hash, hash
                FROM audit_log WHERE seq > :after AND seq <= :last ORDER BY seq LIMIT :batch""")
                .unwrap(NativeQuery.class))
                .setParameter("after", after)
                .setParameter("last", lastSeq)
                .setParameter("batch", BATCH_SIZE)
                .getResultList();
    }

    /** Whether the row's columns hash to its stored hash; a row that no entry could have produced never does. */
    private boolean hashMatches(byte[] previous, Object[] row, byte[] hash) {
        AuditEntry entry;
        try {
            entry = new AuditEntry((String) row[3], (String) row[4], (String) row[5], (String) row[6], (Instant) row[1],
                    AuditRows.details((String) row[7]));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return Arrays.equals(hash, AuditChain.hash(previous, AuditChain.canonicalForm((Long) row[0], (Instant) row[2],
                entry)));
    }
}
