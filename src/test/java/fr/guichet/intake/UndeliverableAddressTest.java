package fr.guichet.intake;

import static fr.guichet.testsupport.Api.asAdmin;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Desk;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the mailer could never send is refused when it is typed, with 400, rather than accepted and lost: a quoted
 * address with a space for a filer, and a controller name with a line break (it goes into the DPO notice's subject).
 */
@QuarkusTest
class UndeliverableAddressTest {

    @Test
    void aFilingWithAnAddressNoRelayDeliversToIsRefused() {
        Intake.file(Intake.filing(Desk.catalogue(), "ACCESS", "\"a b\"@b.example")).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("requester.email"));
    }

    @Test
    void aControllerNameOnTwoLinesIsRefused() {
        asAdmin().body(Map.of("name", "Centre\r\nBcc: x@y.example", "dpoEmail", "dpo@centre.example", "timeZone",
                "Europe/Paris", "holidayCalendar", "METROPOLITAN")).post("/api/v1/admin/controllers").then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("name"));
    }
}
