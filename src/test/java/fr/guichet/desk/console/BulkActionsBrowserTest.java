package fr.guichet.desk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.StaffBrowser;
import fr.guichet.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An opposition wave, from the queue: a DPO ticks the requests, takes them all, starts them all, and is told when a
 * step did not apply to some of them (already started) rather than seeing them change.
 */
@QuarkusTest
class BulkActionsBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aDpoAssignsAndStartsTickedRequestsAndLearnsWhichCouldNotChange() {
        Desk.Catalogue centre = Desk.catalogue();
        String received = Instant.now().minus(1, ChronoUnit.DAYS).toString();
        List<String> ids = IntStream.range(0, 3).mapToObj(i -> Desk.file(Desk.filing(centre, "OPPOSITION", received)))
                .toList();
        String dpo = "bulk-dpo-" + UUID.randomUUID().toString().substring(0, 8);
        Tokens.grant(dpo, centre.controllerId());

        try (StaffBrowser browser = StaffBrowser.open(root.toString(), "fr-FR")) {
            Page tab = browser.tab();
            browser.signIn("/desk/requests", dpo, "dpo");

            tickAll(tab);
            tab.locator("fieldset.bulk button[name=me]").click();
            assertThat(tab.locator("[role=status]").textContent()).contains("C'est fait pour 3 demande(s) ; 0");
            browser.check("queue-fr-bulk-assigned");

            tickAll(tab);
            tab.locator("fieldset.bulk button[value=START]").click();
            assertThat(tab.locator("[role=status]").textContent()).contains("C'est fait pour 3 demande(s) ; 0");

            tickAll(tab);
            tab.locator("fieldset.bulk button[value=START]").click();
            assertThat(tab.locator("[role=status]").textContent()).contains("C'est fait pour 0 demande(s) ; 3");
        }
        for (String id : ids) {
            Desk.get(id).then().statusCode(200);
            assertThat(Desk.get(id).then().extract().<String>path("assignee")).isEqualTo(dpo);
            assertThat(Desk.get(id).then().extract().<String>path("status")).isEqualTo("IN_PROGRESS");
        }
    }

    private static void tickAll(Page tab) {
        Locator boxes = tab.locator("input[name=ids]");
        assertThat(boxes.count()).isEqualTo(3);
        for (int i = 0; i < boxes.count(); i++) {
            boxes.nth(i).check();
        }
    }
}
