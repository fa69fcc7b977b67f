package fr.guichet.propagation;

import static fr.guichet.propagation.Warehouses.FLAGS;
import static fr.guichet.propagation.Warehouses.NDJSON;
import static fr.guichet.testsupport.Desk.done;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.testsupport.Desk;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** A partner that loads the snapshot and then follows the feed from its cursor misses nothing and gets nothing twice. */
@QuarkusTest
class FlagSnapshotApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PartnerEvents events;
    @Inject
    EntityManager entityManager;

    /** type, processing, study, participant code: a flag as partners know it. */
    record Flag(String type, String processingId, String studyId, String participantCode) {
    }

    @Test
    void theSnapshotAndTheFeedFromItsCursorNeitherMissNorRepeatAChangeEvenAcrossATransactionStillOpen()
            throws Exception {
        Warehouses warehouse = Warehouses.create();
        String kept = warehouse.grant("OPPOSITION");
        String restricted = warehouse.grant("LIMITATION");
        String withdrawn = warehouse.grant("OPPOSITION");
        done(withdrawn, Map.of("action", "WITHDRAW"));
        warehouse.grant("ERASURE");

        // A decision whose transaction wrote before the snapshot but commits after it.
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> late = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            writeFlagAndEvent(warehouse, "LATE-1");
            written.countDown();
            await(release);
        }));
        Set<Flag> state = new HashSet<>();
        String cursor;
        try {
            assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
            // A lift that commits while that transaction is still open: after the snapshot's position.
            done(kept, Map.of("action", "WITHDRAW"));

            ExtractableResponse<Response> snapshot = warehouse.asPartner().accept(NDJSON).get(FLAGS).then()
                    .statusCode(200).contentType(NDJSON).extract();
            List<JsonNode> lines = lines(snapshot.asString());
            cursor = lines.get(0).get("cursor").asText();
            assertThat(snapshot.header("Feed-Cursor")).isEqualTo(cursor);
            lines.subList(1, lines.size()).forEach(line -> assertThat(state.add(flagOf(line))).isTrue());
            assertThat(state).extracting(Flag::participantCode).containsExactlyInAnyOrder(code(kept),
                    code(restricted));
            assertThat(warehouse.feedAfter(cursor)).as("nothing after the snapshot is released yet").isEmpty();
        } finally {
            // An open transaction holds back every partner's feed: never leave it to the next test.
            release.countDown();
            late.get(10, TimeUnit.SECONDS);
        }
        String added = warehouse.grant("OPPOSITION");
        done(restricted, Map.of("action", "NOTIFY_LIFT"));
        done(restricted, Map.of("action", "LIFT"));

        List<Map<String, Object>> changes = warehouse.feedAfter(cursor);
        for (Map<String, Object> event : changes) {
            applyStrictly(state, event);
        }
        assertThat(changes).extracting(event -> event.get("type")).containsExactly("opposition.set",
                "opposition.lifted", "opposition.set", "restriction.lifted");
        assertThat(state).isEqualTo(flagsInForce(warehouse));
        assertThat(state).extracting(Flag::participantCode).containsExactlyInAnyOrder("LATE-1", code(added));
    }

    @Test
    void theCsvSnapshotHasAHeaderRowTheSameFlagsAndTheCursorInItsHeader() throws Exception {
        Warehouses warehouse = Warehouses.create();
        warehouse.grant("OPPOSITION");
        warehouse.grant("LIMITATION");

        ExtractableResponse<Response> csv = warehouse.asPartner().accept("text/csv").get(FLAGS).then()
                .statusCode(200).contentType("text/csv").extract();
        assertThat(csv.header("Feed-Cursor")).isNotBlank();
        assertThat(csv.asString()).startsWith("type,processingId,studyId,participantCode,since,setByRequestReference\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.asString())).getRecords();
        Set<Flag> fromCsv = new HashSet<>();
        for (CSVRecord record : records) {
            fromCsv.add(new Flag(record.get("type"), record.get("processingId"), record.get("studyId"),
                    record.get("participantCode")));
            assertThat(Instant.parse(record.get("since"))).isBeforeOrEqualTo(Instant.now());
            assertThat(record.get("setByRequestReference")).startsWith("GCH-");
        }
        assertThat(fromCsv).hasSize(2).isEqualTo(flagsInForce(warehouse));
        // The snapshot's position is a feed cursor: everything before it is in the snapshot.
        assertThat(warehouse.feedAfter(csv.header("Feed-Cursor"))).isEmpty();
    }

    private static void applyStrictly(Set<Flag> state, Map<String, Object> event) {
        String type = (String) event.get("type");
        if (!type.endsWith(".set") && !type.endsWith(".lifted")) {
            return;
        }
        Flag flag = new Flag(type.startsWith("opposition") ? "OPPOSITION" : "RESTRICTION",
                (String) event.get("processingId"), (String) event.get("studyId"), (String) event.get("participantCode"));
        if (type.endsWith(".set")) {
            assertThat(state.add(flag)).as("set twice (overlap): " + flag).isTrue();
        } else {
            assertThat(state.remove(flag)).as("lifted but never seen set (gap): " + flag).isTrue();
        }
    }

    private void writeFlagAndEvent(Warehouses warehouse, String participantCode) {
        String requestId = Desk.file(Desk.filing(warehouse.catalogue(), "OPPOSITION", "2026-03-10T09:30:00+01:00"));
        String reference = Desk.get(requestId).then().extract().path("reference");
        Desk.Catalogue catalogue = warehouse.catalogue();
        entityManager.createNativeQuery("""
                INSERT INTO flags (id, type, controller_id, processing_id, study_id, participant_code,
                                   set_by_request_id, set_at)
                VALUES (?1, 'OPPOSITION', ?2, ?3, ?4, ?5, ?6, now())""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, UUID.fromString(catalogue.controllerId()))
                .setParameter(3, UUID.fromString(catalogue.processingId()))
                .setParameter(4, UUID.fromString(catalogue.studyId())).setParameter(5, participantCode)
                .setParameter(6, UUID.fromString(requestId)).executeUpdate();
        events.publish(PartnerEventType.OPPOSITION_SET, new EventSubject(UUID.fromString(catalogue.controllerId()),
                UUID.fromString(catalogue.processingId()), UUID.fromString(catalogue.studyId()), participantCode),
                List.of(warehouse.partnerId()), Instant.now(), UUID.fromString(requestId), reference);
        entityManager.flush();
    }

    /** The desk's own view: the flags in force on the partner's processings. */
    private Set<Flag> flagsInForce(Warehouses warehouse) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT type, processing_id, study_id, participant_code FROM flags "
                        + "WHERE lifted_at IS NULL AND processing_id IN (?1)")
                .setParameter(1, warehouse.catalogue().processingIds().stream().map(UUID::fromString).toList())
                .getResultList());
        Set<Flag> flags = new HashSet<>();
        rows.forEach(row -> flags.add(new Flag((String) row[0], row[1].toString(), row[2].toString(),
                (String) row[3])));
        return flags;
    }

    private static String code(String requestId) {
        return Desk.get(requestId).then().extract().path("participantCode");
    }

    private static Flag flagOf(JsonNode line) {
        return new Flag(line.get("type").asText(), line.get("processingId").asText(), line.get("studyId").asText(),
                line.get("participantCode").asText());
    }

    static List<JsonNode> lines(String body) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
