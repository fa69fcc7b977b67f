package fr.guichet.audit;

import static fr.guichet.testsupport.Api.as;
import static fr.guichet.testsupport.Api.asAdmin;
import static fr.guichet.testsupport.Api.controllerBody;
import static fr.guichet.testsupport.Api.createProcessing;
import static fr.guichet.testsupport.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.LongStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;

import org.hibernate.Session;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.platform.security.CurrentActor;
import fr.guichet.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The audit log: catalogue changes are chained into it in their own transaction, and verification (through the
 * API and through the SQL query that docs/audit.md gives auditors) finds an entry that was changed or removed.
 * Tests that tamper with an entry put it back exactly, so the shared database keeps a valid chain.
 */
@QuarkusTest
class AuditApiTest {

    private static final String VERIFY = "/api/v1/audit/verify";

    @Inject
    AuditLog auditLog;
    @Inject
    EntityManager entityManager;
    @Inject
    ObjectMapper json;
    @Inject
    CurrentActor actor;

    @Test
    void catalogueChangesAreChainedWithTheirActorAndWithoutIdentityData() {
        long before = headSeq();
        String controllerName = unique("Centre Henri Becquerel");
        Map<String, Object> controller = new HashMap<>(controllerBody(controllerName));
        controller.put("dpoEmail", "dpo.audit@becquerel.example");
        String controllerId = asAdmin().body(controller).post("/api/v1/admin/controllers").then().statusCode(201)
                .extract().path("id");
        controller.put("dpoEmail", "new.dpo.audit@becquerel.example");
        asAdmin().body(controller).put("/api/v1/admin/controllers/" + controllerId).then().statusCode(200);
        String processingId = createProcessing(controllerId, "PUBLIC_TASK", List.of("OPPOSITION", "ACCESS"));
        String code = "AUDIT-" + unique("").trim();
        String studyId = asAdmin().body(Map.of("name", unique("Cohorte"), "code", code, "processingIds",
                List.of(processingId))).post("/api/v1/admin/studies").then().statusCode(201).extract().path("id");
        String partnerId = "audit-" + unique("").trim();
        String partnerName = unique("Entrepôt partenaire");
        String created = asAdmin().body(Map.of("id", partnerId, "name", partnerName, "processingIds",
                List.of(processingId), "webhookUrl", "https://hooks.partner.example/in?token=s3cr3t-token"))
                .post("/api/v1/admin/partners").then().statusCode(201).extract().path("signingSecret");
        String rotated = asAdmin().post("/api/v1/admin/partners/" + partnerId + "/secret-rotations").then()
                .statusCode(200).extract().path("signingSecret");

        List<Stored> entries = entriesAfter(before);

        assertThat(entries).extracting(Stored::action).containsExactly("CONTROLLER_CREATED",
                "CONTROLLER_UPDATED", "PROCESSING_CREATED", "STUDY_CREATED", "PARTNER_CREATED", "PARTNER_SECRET_ROTATED");
        assertThat(entries).extracting(Stored::entityId).containsExactly(controllerId, controllerId,
                processingId, studyId, partnerId, partnerId);
        assertThat(entries).extracting(Stored::actor).containsOnly("test-admin");
        assertThat(entries.get(1).details()).isEqualTo(Map.of("timeZone", "Europe/Paris", "holidayCalendar",
                "METROPOLITAN", "language", "fr", "dpoEmailChanged", "true"));
        assertThat(entries.get(2).details()).isEqualTo(Map.of("controllerId", controllerId, "legalBasis",
                "PUBLIC_TASK", "rights", "ACCESS,OPPOSITION", "oppositionRequiresReason", "false"));
        assertThat(entries.get(3).details()).isEqualTo(Map.of("code", code, "processingIds", processingId));
        assertThat(entries.get(4).details()).isEqualTo(Map.of("processingIds", processingId, "webhookHost",
                "hooks.partner.example"));
        assertThat(entries.get(5).details()).containsOnlyKeys("previousSecretExpiresAt");
        for (int i = 0; i < entries.size(); i++) {
            assertThat(entries.get(i).seq()).isEqualTo(before + 1 + i);
            if (i > 0) {
                assertThat(entries.get(i).prevHash()).isEqualTo(entries.get(i - 1).hash());
            }
            assertThat(entries.get(i).row()).doesNotContain("becquerel.example", controllerName,
                    partnerName, "s3cr3t-token", created.substring("whsec_".length()),
                    rotated.substring("whsec_".length()));
        }
        verify().body("valid", equalTo(true));
    }

    @Test
    void theActorIsTheTokenSubjectNeverItsUpnAndSystemOutsideARequest() {
        // The test provider states the e-mail address as preferred_username and email: neither is the actor.
        String token = Tokens.of("staff-7f3a", "admin");
        long before = headSeq();
        as(token).body(controllerBody(unique("Centre"))).post("/api/v1/admin/controllers").then().statusCode(201);

        assertThat(entriesAfter(before)).extracting(Stored::actor).containsExactly("staff-7f3a");
        assertThat(CompletableFuture.supplyAsync(actor::subject).join()).isEqualTo(CurrentActor.SYSTEM);
    }

    @Test
    void anIntactChainVerifiesEveryEntryAcrossBatches() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i <= AuditVerifier.BATCH_SIZE; i++) {
                auditLog.append(entry("batch-" + i));
            }
        });
        verify().body("valid", equalTo(true)).body("entries", equalTo((int) headSeq()))
                .body("firstBrokenAt", equalTo(null));
        assertThat(documentedQueryFirstBrokenAt()).isEmpty();
    }

    @Test
    void anEntryChangedInTheMiddleBreaksTheChainAtItsSeq() {
        long seq = append("tampered-details", "tampered-actor")[0];
        append("after");

        whileTampered(seq, "UPDATE audit_log SET details = '{\"n\": \"2\"}' WHERE seq = :seq", () -> {
            verify().body("valid", equalTo(false)).body("firstBrokenAt", equalTo((int) seq))
                    .body("entries", equalTo((int) seq));
            assertThat(documentedQueryFirstBrokenAt()).contains(seq);
        });
        whileTampered(seq + 1, "UPDATE audit_log SET actor = 'someone-else' WHERE seq = :seq", () -> {
            verify().body("valid", equalTo(false)).body("firstBrokenAt", equalTo((int) seq + 1));
            assertThat(documentedQueryFirstBrokenAt()).contains(seq + 1);
        });
        verify().body("valid", equalTo(true));
    }

    @Test
    void aDeletedEntryIsReportedAsTheFirstMissingSeq() {
        long seq = append("deleted")[0];
        append("after");

        whileTampered(seq, "DELETE FROM audit_log WHERE seq = :seq", () -> {
            verify().body("valid", equalTo(false)).body("firstBrokenAt", equalTo((int) seq));
            assertThat(documentedQueryFirstBrokenAt()).contains(seq);
        });
        verify().body("valid", equalTo(true));
    }

    @Test
    void aCutTailIsReportedAgainstTheHeadRow() {
        long last = append("last")[0];

        whileTampered(last, "DELETE FROM audit_log WHERE seq = :seq",
                () -> verify().body("valid", equalTo(false)).body("firstBrokenAt", equalTo((int) last)));
        verify().body("valid", equalTo(true));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        long seq = append("protected")[0];
        for (String change : List.of("UPDATE audit_log SET actor = 'someone-else' WHERE seq = :seq",
                "DELETE FROM audit_log WHERE seq = :seq")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(
                    () -> entityManager.createNativeQuery(change).setParameter("seq", seq).executeUpdate()))
                    .hasStackTraceContaining("audit_log is append-only");
        }
    }

    @Test
    void onlyComplianceMayVerify() {
        as(Tokens.dpo()).get(VERIFY).then().statusCode(403).body("type", equalTo("urn:guichet:problem:forbidden"));
        as(Tokens.admin()).get(VERIFY).then().statusCode(403);
        given().get(VERIFY).then().statusCode(401).body("type", equalTo("urn:guichet:problem:unauthenticated"));
    }

    @Test
    void anEntryRollsBackWithItsTransactionAndLeavesNoGap() {
        long before = headSeq();
        QuarkusTransaction.begin();
        auditLog.append(entry("rolled-back"));
        QuarkusTransaction.rollback();
        assertThat(headSeq()).isEqualTo(before);

        append("committed");

        assertThat(entriesAfter(before)).singleElement()
                .satisfies(e -> assertThat(e.seq()).isEqualTo(before + 1))
                .satisfies(e -> assertThat(e.entityId()).isEqualTo("committed"));
        assertThatThrownBy(() -> auditLog.append(entry("no-transaction"))).isInstanceOf(TransactionalException.class);
        verify().body("valid", equalTo(true));
    }

    @Test
    void concurrentAppendsFormOneGaplessChain() throws Exception {
        long before = headSeq();
        int writers = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String id = "concurrent-" + i;
                done.add(pool.submit(() -> {
                    start.await();
                    QuarkusTransaction.requiringNew().run(() -> auditLog.append(entry(id)));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }

        List<Stored> entries = entriesAfter(before);
        assertThat(entries).extracting(Stored::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(before + 1, before + writers)
                        .boxed().toList());
        assertThat(entries).extracting(Stored::entityId).doesNotHaveDuplicates().hasSize(writers);
        verify().body("valid", equalTo(true)).body("entries", equalTo((int) headSeq()));
    }

    private static ValidatableResponse verify() {
        return as(Tokens.of("test-compliance", "compliance")).get(VERIFY).then().statusCode(200);
    }

    private static AuditEntry entry(String id) {
        return new AuditEntry("test", "TEST_EVENT", "test", id, Instant.now(), Map.of("n", "1"));
    }

    /** Appends one entry per id, each in its own transaction; returns their seqs. */
    private long[] append(String... ids) {
        long[] seqs = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            String id = ids[i];
            QuarkusTransaction.requiringNew().run(() -> auditLog.append(entry(id)));
            seqs[i] = headSeq();
        }
        return seqs;
    }

    /** Runs the check while one entry is tampered with, then puts that entry back exactly as it was. */
    private void whileTampered(long seq, String tampering, Runnable check) {
        String original = inTransaction(em -> (String) em.createNativeQuery(
                "SELECT to_jsonb(a)::text FROM audit_log a WHERE seq = :seq").setParameter("seq", seq)
                .getSingleResult());
        bypassingAppendOnly(em -> em.createNativeQuery(tampering).setParameter("seq", seq).executeUpdate());
        try {
            check.run();
        } finally {
            bypassingAppendOnly(em -> {
                em.createNativeQuery("DELETE FROM audit_log WHERE seq = :seq").setParameter("seq", seq).executeUpdate();
                em.createNativeQuery("INSERT INTO audit_log SELECT * FROM jsonb_populate_record(CAST(NULL AS audit_log), "
                        + "CAST(:row AS jsonb))").setParameter("row", original).executeUpdate();
            });
        }
    }

    /** What a table owner can do: switch the append-only trigger off, within one transaction. */
    private void bypassingAppendOnly(Consumer<EntityManager> work) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only").executeUpdate();
            work.accept(entityManager);
            entityManager.createNativeQuery("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only").executeUpdate();
        });
    }

    /** The first ```sql block of docs/audit.md, run as an auditor would in psql. */
    private Optional<Long> documentedQueryFirstBrokenAt() {
        String doc;
        try {
            doc = Files.readString(Path.of("docs/audit.md"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int start = doc.indexOf("```sql\n") + "```sql\n".length();
        String query = doc.substring(start, doc.indexOf("```", start));
        return inTransaction(em -> em.unwrap(Session.class).doReturningWork(connection -> {
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.<Long>empty();
            }
        }));
    }

    private long headSeq() {
        return inTransaction(em -> ((Number) em.createNativeQuery("SELECT last_seq FROM audit_head").getSingleResult())
                .longValue());
    }

    /** An entry as stored, hashes in hex; {@code row} is the whole row as JSON text. */
    private record Stored(long seq, String actor, String action, String entityId, Map<String, String> details,
            String prevHash, String hash, String row) {
    }

    @SuppressWarnings("unchecked")
    private List<Stored> entriesAfter(long seq) {
        List<Object[]> rows = inTransaction(em -> em.createNativeQuery("""
                SELECT seq, actor, action, entity_id, details::text, encode(prev_hash, 'hex'), encode(hash, 'hex'),
                       to_jsonb(a)::text
                FROM audit_log a WHERE seq > :seq ORDER BY seq""").setParameter("seq", seq).getResultList());
        return rows.stream().map(r -> new Stored(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], details((String) r[4]), (String) r[5], (String) r[6], (String) r[7])).toList();
    }

    private Map<String, String> details(String text) {
        try {
            return json.readValue(text, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return QuarkusTransaction.requiringNew().call(() -> work.apply(entityManager));
    }
}
