package fr.guichet.platform.web;

import static fr.guichet.testsupport.Desk.asDpo;
import static fr.guichet.testsupport.Desk.file;
import static fr.guichet.testsupport.Desk.filing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.guichet.testsupport.Desk;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A NUL, another control character or an unpaired surrogate in any JSON text is refused with 400 naming the field,
 * instead of a 500 (NUL in an assignee) or a silent "?" (a surrogate in a note); nothing is written.
 */
@QuarkusTest
class PlainTextStringsTest {

    @ParameterizedTest
    @ValueSource(strings = { "a\\u0000b", "a\\ud800b", "a\\udc00", "x\\u0007" })
    void aTextThatIsNotPlainIsRefusedWherever(String escaped) {
        String id = file(filing(Desk.catalogue(), "ACCESS", "2026-03-10T09:30:00+01:00"));

        asDpo().body("{\"assignee\":\"" + escaped + "\"}").put("/api/v1/desk/requests/" + id + "/assignee").then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("assignee"));
        asDpo().body("{\"text\":\"" + escaped + "\"}").post("/api/v1/desk/requests/" + id + "/notes").then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("text"));
        Desk.get(id).then().body("history.event", not(hasItem("NOTE")))
                .body("history.event", not(hasItem("ASSIGNED")));
    }

    @Test
    void tabsLineBreaksAndPairedSurrogatesArePlainText() {
        assertThat(PlainTextStrings.plain("Ligne 1\n\tLigne 2\r\n😀 é")).isTrue();
        assertThat(PlainTextStrings.plain("a\u0000b")).isFalse();
        assertThat(PlainTextStrings.plain("a\ud800")).isFalse();
        assertThat(PlainTextStrings.plain("\udc00a")).isFalse();
    }
}
