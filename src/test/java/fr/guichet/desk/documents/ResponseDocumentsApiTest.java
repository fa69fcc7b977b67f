package fr.guichet.desk.documents;

import static fr.guichet.testsupport.Desk.asCompliance;
import static fr.guichet.testsupport.Desk.asDpo;
import static fr.guichet.testsupport.Desk.done;
import static fr.guichet.testsupport.Desk.file;
import static fr.guichet.testsupport.Desk.filing;
import static fr.guichet.testsupport.Desk.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Desk;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Staff attach the answer; its digest is in the history, its content sealed at rest, and RESPOND records it. */
@QuarkusTest
class ResponseDocumentsApiTest {

    private static final String RECEIVED_AT = "2026-03-10T09:30:00+01:00";

    @Inject
    EntityManager entityManager;

    @Test
    void anAttachedAccessPackageIsSealedDigestedAndRecordedAsDeliveredWithTheResponse() throws Exception {
        String id = file(filing(Desk.catalogue(), "ACCESS", RECEIVED_AT));
        done(id, Map.of("action", "START"));
        done(id, Map.of("action", "DECIDE", "outcome", "GRANTED"));
        byte[] pdf = "%PDF-1.7 dossier de Camille Martin, compte rendu opératoire".getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));

        JsonPath attached = asDpo().contentType("application/pdf").body(pdf)
                .post("/api/v1/desk/requests/" + id + "/documents").then().statusCode(201)
                .body("sha256", equalTo(sha))
                .body("size", equalTo(pdf.length))
                .body("mediaType", equalTo("application/pdf"))
                .extract().jsonPath();
        String reference = get(id).then().extract().path("reference");
        assertThat(attached.getString("fileName")).isEqualTo(reference + "-1.pdf");
        String documentId = attached.getString("id");

        Response download = asDpo().get("/api/v1/desk/documents/" + documentId);
        download.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + reference + "-1.pdf\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of()
                        .parseHex(sha)) + ":");
        assertThat(download.asByteArray()).isEqualTo(pdf);

        done(id, Map.of("action", "RESPOND"));
        JsonPath history = get(id).then().extract().jsonPath();
        assertThat(history.getString("history[3].event")).isEqualTo("DOCUMENT_ATTACHED");
        assertThat(history.getMap("history[3].details")).containsEntry("document", documentId)
                .containsEntry("sha256", sha).containsEntry("size", Integer.toString(pdf.length));
        assertThat(history.getString("history[4].details.deliveredSha256")).isEqualTo(sha);

        asCompliance().get("/api/v1/desk/requests/" + id + "/documents").then().statusCode(200)
                .body("[0].sha256", equalTo(sha));
        asCompliance().get("/api/v1/desk/documents/" + documentId).then().statusCode(403);

        byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) entityManager.createNativeQuery(
                "SELECT content FROM response_documents WHERE id = :id").setParameter("id", UUID.fromString(
                        documentId)).getSingleResult());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Camille")
                .doesNotContain("opératoire");
    }

    @Test
    void documentsAreAttachedOnlyWhileTheAnswerIsPreparedAndOnlyOfKnownKinds() {
        String id = file(filing(Desk.catalogue(), "ACCESS", RECEIVED_AT));
        byte[] json = "{\"items\":[]}".getBytes(StandardCharsets.UTF_8);
        asDpo().contentType("application/json").body(json).post("/api/v1/desk/requests/" + id + "/documents")
                .then().statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo("RECEIVED"));
        done(id, Map.of("action", "START"));
        asDpo().contentType("text/html").body("<p>x</p>").post("/api/v1/desk/requests/" + id + "/documents")
                .then().statusCode(415);
        asDpo().contentType("application/json").body(new byte[0]).post("/api/v1/desk/requests/" + id + "/documents")
                .then().statusCode(400).contentType("application/problem+json");
        asDpo().contentType("application/zip").body(new byte[10 * 1024 * 1024 + 1])
                .post("/api/v1/desk/requests/" + id + "/documents").then().statusCode(422)
                .contentType("application/problem+json");
        asDpo().contentType("text/csv").body("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/desk/requests/" + id + "/documents").then().statusCode(201)
                .body("fileName", equalTo(get(id).then().extract().<String>path("reference") + "-1.csv"));
        asDpo().contentType("application/pdf").body(json)
                .post("/api/v1/desk/requests/" + UUID.randomUUID() + "/documents").then().statusCode(404);
        asDpo().get("/api/v1/desk/documents/" + UUID.randomUUID()).then().statusCode(404);
        assertThat(get(id).then().extract().jsonPath().getList("history.event")).containsExactly("FILED", "START",
                "DOCUMENT_ATTACHED");
    }
}
