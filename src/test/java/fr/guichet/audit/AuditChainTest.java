package fr.guichet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The canonical form and hash chain that docs/audit.md publishes for auditors. The expected values were computed
 * outside Java (sha256sum, Python's json and hashlib): if this test has to change, every stored chain breaks.
 */
class AuditChainTest {

    private static final AuditEntry ROTATION = new AuditEntry("test-admin", "PARTNER_SECRET_ROTATED", "partner",
            "weshare-warehouse", Instant.parse("2026-03-10T09:15:00Z"),
            Map.of("previousSecretExpiresAt", "2026-03-11T09:15:01.250Z"));

    @Test
    void theCanonicalFormHasAFixedFieldOrderAndMicrosecondInstantsInUtc() {
        assertThat(AuditChain.canonicalForm(1, Instant.parse("2026-03-10T09:15:01.250000999Z"), ROTATION))
                .isEqualTo("{\"seq\":1,\"occurredAt\":\"2026-03-10T09:15:00.000000Z\","
                        + "\"recordedAt\":\"2026-03-10T09:15:01.250000Z\",\"actor\":\"test-admin\","
                        + "\"action\":\"PARTNER_SECRET_ROTATED\",\"entityType\":\"partner\","
                        + "\"entityId\":\"weshare-warehouse\","
                        + "\"details\":{\"previousSecretExpiresAt\":\"2026-03-11T09:15:01.250Z\"}}");
    }

    @Test
    void theFirstEntryChainsToThirtyTwoZeroBytes() {
        String canonical = AuditChain.canonicalForm(1, Instant.parse("2026-03-10T09:15:01.25Z"), ROTATION);
        assertThat(AuditChain.genesis()).hasSize(32).containsOnly(0);
        assertThat(hex(AuditChain.hash(AuditChain.genesis(), canonical)))
                .isEqualTo("dcb6af72fb4d7eacada3db22dd6a2e02ec9c43ca4f39c07af58d9a382b5ad14b");
    }

    @Test
    void detailsAreSortedAndStringsEscapedAsJsonWithoutEscapingNonAscii() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("b", "é \"q\" \\ \n\t\u0001\u007f 😀/");
        details.put("a", "1");
        AuditEntry entry = new AuditEntry("system", "TEST", "t", "x", Instant.parse("2026-03-09T23:00:00.000001999Z"),
                details);
        String canonical = AuditChain.canonicalForm(2, Instant.parse("2026-03-10T09:15:02Z"), entry);

        assertThat(canonical).isEqualTo("{\"seq\":2,\"occurredAt\":\"2026-03-09T23:00:00.000001Z\","
                + "\"recordedAt\":\"2026-03-10T09:15:02.000000Z\",\"actor\":\"system\",\"action\":\"TEST\","
                + "\"entityType\":\"t\",\"entityId\":\"x\","
                + "\"details\":{\"a\":\"1\",\"b\":\"é \\\"q\\\" \\\\ \\n\\t\\u0001\u007f 😀/\"}}");
        byte[] previous = HexFormat.of().parseHex("dcb6af72fb4d7eacada3db22dd6a2e02ec9c43ca4f39c07af58d9a382b5ad14b");
        assertThat(hex(AuditChain.hash(previous, canonical)))
                .isEqualTo("73a1b89f46f5b5982de89b2a832a3584b1555bfed82f51082cfdde3ef28a73c1");
    }

    @Test
    void anyChangeToAnEntryOrToItsPredecessorChangesItsHash() {
        Instant recordedAt = Instant.parse("2026-03-10T09:15:01Z");
        byte[] original = AuditChain.hash(AuditChain.genesis(), AuditChain.canonicalForm(1, recordedAt, ROTATION));
        AuditEntry otherActor = new AuditEntry("someone-else", ROTATION.action(), ROTATION.entityType(),
                ROTATION.entityId(), ROTATION.occurredAt(), ROTATION.details());
        byte[] previous = AuditChain.genesis();
        previous[31] = 1;

        for (byte[] changed : List.of(
                AuditChain.hash(AuditChain.genesis(), AuditChain.canonicalForm(1, recordedAt, otherActor)),
                AuditChain.hash(AuditChain.genesis(), AuditChain.canonicalForm(2, recordedAt, ROTATION)),
                AuditChain.hash(AuditChain.genesis(), AuditChain.canonicalForm(1, recordedAt.plusNanos(1000), ROTATION)),
                AuditChain.hash(previous, AuditChain.canonicalForm(1, recordedAt, ROTATION)))) {
            assertThat(changed).isNotEqualTo(original);
        }
    }

    @Test
    void anEntryRefusesWhatPostgreSqlWouldStoreDifferentlyFromWhatIsHashed() {
        Instant now = Instant.parse("2026-03-10T09:15:00Z");
        assertThatThrownBy(() -> new AuditEntry("a\u0000b", "A", "t", "x", now, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEntry("a", "A", "t", "x", now, Map.of("k", "\ud800")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEntry("a", "A", "t", "x", now, Map.of("not a key", "v")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEntry("a", "A", "t", null, now, Map.of()))
                .isInstanceOf(NullPointerException.class);
        assertThat(new AuditEntry("a", "A", "t", "x", now, Map.of("k", "😀")).details()).containsEntry("k", "😀");
    }

    @Test
    void aListedDetailIsSortedSoThatEqualSetsReadTheSame() {
        assertThat(AuditEntry.listed(List.of("b", "c", "a"))).isEqualTo("a,b,c");
        assertThat(AuditEntry.listed(List.of())).isEmpty();
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
