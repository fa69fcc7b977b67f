package fr.guichet.desk.documents;

import static fr.guichet.testsupport.Desk.asDpo;
import static fr.guichet.testsupport.Desk.done;
import static fr.guichet.testsupport.Desk.file;
import static fr.guichet.testsupport.Desk.filing;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Desk;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A document's Content-Type is read as media types are defined: case-insensitive, parameters aside. A missing one
 * is a refused upload (400 problem), not a server error.
 */
@QuarkusTest
class DocumentContentTypeTest {

    private static final byte[] PDF = "%PDF-1.7 réponse".getBytes(StandardCharsets.UTF_8);

    @Test
    void anUploadWithoutContentTypeIsRefusedAsInvalid() {
        String id = started();
        asDpo().noContentType().body(PDF).post("/api/v1/desk/requests/" + id + "/documents").then()
                .statusCode(400).contentType("application/problem+json");
        Desk.get(id).then().body("history.event", not(hasItem("DOCUMENT_ATTACHED")));
    }

    @Test
    void anUpperCaseMediaTypeWithParametersIsAPdf() {
        String id = started();
        asDpo().contentType("APPLICATION/PDF; name=x").body(PDF).post("/api/v1/desk/requests/" + id + "/documents")
                .then().statusCode(201).contentType(ContentType.JSON).body("mediaType", equalTo("application/pdf"));
    }

    private static String started() {
        String id = file(filing(Desk.catalogue(), "ACCESS", "2026-03-10T09:30:00+01:00"));
        done(id, Map.of("action", "START"));
        return id;
    }
}
