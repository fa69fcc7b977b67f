package fr.guichet.audit;

import static fr.guichet.testsupport.Api.as;
import static fr.guichet.testsupport.Api.asAdmin;
import static fr.guichet.testsupport.Desk.asCompliance;
import static fr.guichet.testsupport.Desk.asDpo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The audit export: an unbroken run of entries in seq order, each line holding every hashed column, so that an
 * auditor recomputes the chain offline with nothing but the file (as docs/audit.md shows).
 */
@QuarkusTest
class AuditExportApiTest {

    private static final String EXPORT = "/api/v1/audit";
    private static final TypeReference<Map<String, Object>> LINE = new TypeReference<>() {
    };

    @Inject
    AuditLog auditLog;
    @Inject
    ObjectMapper json;

    @Test
    void todaysExportReVerifiesOfflineLinkByLinkWithAccentsAndEmojiIntact() throws Exception {
        String entityId = "entité-🏥-" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> auditLog.append(new AuditEntry("system", "TEST_EXPORTED", "test",
                entityId, Instant.now(), Map.of("note", "=1+1 « données » ✓"))));
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        Response response = asCompliance().accept("application/x-ndjson")
                .queryParams(Map.of("from", today, "to", today)).get(EXPORT).then().statusCode(200).extract().response();
        assertThat(response.getContentType()).startsWith("application/x-ndjson");
        List<Map<String, Object>> lines = response.asString().lines().map(this::parse).toList();

        assertThat(lines).isNotEmpty();
        assertThat(lines).anySatisfy(line -> assertThat(line).containsEntry("entityId", entityId)
                .containsEntry("details", Map.of("note", "=1+1 « données » ✓")));
        Map<String, Object> previous = null;
        for (Map<String, Object> line : lines) {
            assertThat(line).containsOnlyKeys("seq", "occurredAt", "recordedAt", "actor", "action", "entityType",
                    "entityId", "details", "prevHash", "hash");
            if (previous != null) {
                assertThat(seq(line)).isEqualTo(seq(previous) + 1);
                assertThat(line.get("prevHash")).isEqualTo(previous.get("hash"));
            }
            assertThat(HexFormat.of().formatHex(recomputedHash(line))).isEqualTo(line.get("hash"));
            previous = line;
        }
    }

    @Test
    void aPeriodBeforeTheLogIsEmptyAndTheDatesAreChecked() {
        asCompliance().accept("application/x-ndjson").queryParams(params("from=2000-01-01&to=2000-01-31")).get(EXPORT)
                .then()
                .statusCode(200).body(equalTo(""));
        for (String query : List.of("from=2026-03-01", "from=2026-03-01&to=yesterday",
                "from=2026-03-02&to=2026-03-01")) {
            asCompliance().accept("application/x-ndjson").queryParams(params(query)).get(EXPORT).then().statusCode(400)
                    .body("type", equalTo("urn:guichet:problem:validation"));
        }
    }

    @Test
    void onlyComplianceExportsTheLogAndOnlyAsNdjson() {
        Map<String, String> march = params("from=2026-03-01&to=2026-03-31");
        asDpo().accept("application/x-ndjson").queryParams(march).get(EXPORT).then().statusCode(403);
        asAdmin().accept("application/x-ndjson").queryParams(march).get(EXPORT).then().statusCode(403);
        as(Tokens.of("some-partner", "partner")).accept("application/x-ndjson").queryParams(march).get(EXPORT).then()
                .statusCode(403);
        asCompliance().accept("text/csv").queryParams(march).get(EXPORT).then().statusCode(406);
    }

    /** What an auditor does with a line: the canonical form of docs/audit.md, hashed onto the previous hash. */
    @SuppressWarnings("unchecked")
    private static byte[] recomputedHash(Map<String, Object> line) {
        AuditEntry entry = new AuditEntry((String) line.get("actor"), (String) line.get("action"),
                (String) line.get("entityType"), (String) line.get("entityId"),
                Instant.parse((String) line.get("occurredAt")), (Map<String, String>) line.get("details"));
        byte[] previous = HexFormat.of().parseHex((String) line.get("prevHash"));
        return AuditChain.hash(previous, AuditChain.canonicalForm(seq(line),
                Instant.parse((String) line.get("recordedAt")), entry));
    }

    private static long seq(Map<String, Object> line) {
        return ((Number) line.get("seq")).longValue();
    }

    private Map<String, Object> parse(String line) {
        try {
            return json.readValue(line, LINE);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }

    /** Query parameters as RestAssured parameters, so that the contract filter sees them. */
    private static Map<String, String> params(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            params.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return params;
    }
}
