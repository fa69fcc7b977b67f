package fr.guichet.audit;

/**
 * The result of walking the chain: whether it is intact, how many entries were read and checked, and the first
 * seq where it breaks (null when it is intact).
 */
public record AuditVerification(boolean valid, long entries, Long firstBrokenAt) {

    static AuditVerification intact(long entries) {
        return new AuditVerification(true, entries, null);
    }

    static AuditVerification brokenAt(long seq, long entries) {
        return new AuditVerification(false, entries, seq);
    }
}
