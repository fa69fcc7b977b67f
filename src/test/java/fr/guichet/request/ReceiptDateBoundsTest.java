package fr.guichet.request;

import static fr.guichet.testsupport.Desk.asDpo;
import static fr.guichet.testsupport.Desk.filing;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.guichet.testsupport.Desk;
import io.quarkus.test.junit.QuarkusTest;

/**
 * No request under the GDPR was received before 25 May 2018 (Art. 99(2)): an absurd receipt date (year 1, year -1,
 * 1582, or just before that day in the establishment's zone) is refused with 400 and nothing is filed, instead of
 * being stored shifted. The day itself is accepted.
 */
@QuarkusTest
class ReceiptDateBoundsTest {

    @ParameterizedTest
    @ValueSource(strings = { "0001-01-01T00:00:00Z", "-0001-06-01T00:00:00Z", "1582-10-15T12:00:00Z",
            "2018-05-24T23:59:00+02:00" })
    void aReceiptBeforeTheGdprAppliedIsRefused(String receivedAt) {
        asDpo().body(filing(Desk.catalogue(), "ACCESS", receivedAt)).post("/api/v1/desk/requests").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = { "2018-05-25T00:00:00+02:00" })
    void theDayTheGdprAppliedIsAccepted(String receivedAt) {
        asDpo().body(filing(Desk.catalogue(), "ACCESS", receivedAt)).post("/api/v1/desk/requests").then()
                .statusCode(201).body("receivedAt", equalTo("2018-05-24T22:00:00Z"));
    }
}
