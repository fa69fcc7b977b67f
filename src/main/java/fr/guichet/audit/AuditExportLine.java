package fr.guichet.audit;

import java.util.Map;

/**
 * One audit entry as exported: every column the chain hashes, with instants already in the canonical form
 * (UTC, six fractional digits) and the hashes in lower-case hex, so an auditor recomputes each hash from the
 * line alone (docs/audit.md).
 */
public record AuditExportLine(long seq, String occurredAt, String recordedAt, String actor, String action,
        String entityType, String entityId, Map<String, String> details, String prevHash, String hash) {
}
