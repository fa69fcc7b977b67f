package fr.guichet.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The desk's global audit log: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and tamper-evident.
 * Each entry is chained to the previous one by a SHA-256 hash ({@link AuditChain}, docs/audit.md), so that an
 * entry changed, removed or re-ordered afterwards breaks the chain at that entry; {@link AuditVerifier} finds
 * where.
 *
 * <p><strong>The log never holds identity data</strong>: no name, e-mail or postal address, no text a person
 * wrote, no secret; only ids, codes, actions, enumerated values and instants. It can be neither edited nor
 * erased, so nothing in it may ever need to be.
 *
 * <p><strong>Locking.</strong> {@link #append} locks the single {@code audit_head} row until the caller's
 * transaction ends: every replica appends through that row, so PostgreSQL, not memory, serialises the chain,
 * and an entry commits or rolls back with the change it records, leaving no gap. Append <em>last</em>, after the
 * transaction's own inserts and updates: the head lock is then held only for the commit, and it is always taken
 * after the caller's row locks, in the same order in every transaction, so appending cannot deadlock with them.
 */
@ApplicationScoped
public class AuditLog {

    private final EntityManager entityManager;
    private final Clock clock;

    AuditLog(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Appends an entry in the caller's transaction (required), as the last write of that transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(AuditEntry entry) {
        Object[] head = (Object[]) entityManager
                .createNativeQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        long seq = ((Number) head[0]).longValue() + 1;
        byte[] previous = (byte[]) head[1];
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        byte[] hash = AuditChain.hash(previous, AuditChain.canonicalForm(seq, recordedAt, entry));
        entityManager.createNativeQuery("""
                INSERT INTO audit_log (seq, occurred_at, recorded_at, actor, action, entity_type, entity_id, details,
                                       prev_hash, hash)
                VALUES (:seq, :occurredAt, :recordedAt, :actor, :action, :entityType, :entityId,
                        CAST(:details AS jsonb), :previous, :hash)""")
                .setParameter("seq", seq)
                .setParameter("occurredAt", entry.occurredAt())
                .setParameter("recordedAt", recordedAt)
                .setParameter("actor", entry.actor())
                .setParameter("action", entry.action())
                .setParameter("entityType", entry.entityType())
                .setParameter("entityId", entry.entityId())
                .setParameter("details", AuditChain.detailsJson(entry.details()))
                .setParameter("previous", previous)
                .setParameter("hash", hash)
                .executeUpdate();
        entityManager.createNativeQuery("UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .setParameter("seq", seq).setParameter("hash", hash).executeUpdate();
    }
}
