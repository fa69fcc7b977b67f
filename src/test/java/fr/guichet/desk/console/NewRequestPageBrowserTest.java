package fr.guichet.desk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.microsoft.playwright.Page;

import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.StaffBrowser;
import fr.guichet.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A DPO enters a letter received by post: an empty form comes back with every error beside its field, then the
 * request is filed with its original receipt time, typed in the establishment's time (00:30 in Paris on 1 December
 * is 30 November in UTC, and the receipt date is 1 December), and its acknowledgement is owed by post.
 */
@QuarkusTest
class NewRequestPageBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "fr,fr-FR,Corrigez ces points,Ce champ est obligatoire.,1 décembre 2026,à envoyer par la poste",
            "en,en-GB,Please correct these points,This field is required.,'December 1, 2026',to be sent by post" })
    void aLetterReceivedByPostIsEnteredWithItsOriginalReceiptTime(String language, String locale, String errorsTitle,
            String required, String receiptDate, String byPost) {
        Desk.Catalogue centre = Desk.catalogue();
        String dpo = "entry-dpo-" + language + "-" + UUID.randomUUID().toString().substring(0, 8);
        Tokens.grant(dpo, centre.controllerId());

        try (StaffBrowser browser = StaffBrowser.open(root.toString(), locale)) {
            Page tab = browser.tab();
            browser.signIn("/desk/requests/new", dpo, "dpo");
            browser.check("new-request-" + language);

            tab.locator("button[type=submit]:not(.secondary)").last().click();
            assertThat(tab.locator(".errors h2").textContent()).isEqualTo(errorsTitle);
            assertThat(tab.locator("#fullName-error").textContent()).isEqualTo(required);
            browser.check("new-request-" + language + "-errors");

            tab.locator("input[name=processingIds][value='" + centre.processingId() + "']").check();
            tab.locator("#right").selectOption("OPPOSITION");
            tab.locator("#channel").selectOption("POST");
            tab.locator("#receivedDate").fill("2026-12-01");
            tab.locator("#receivedTime").fill("00:30");
            tab.locator("#role").selectOption("SELF");
            tab.locator("#fullName").fill("Lucie Bernard");
            tab.locator("#postalAddress").fill("3 place Kléber, 67000 Strasbourg");
            tab.locator("#details").fill("Je m'oppose à la réutilisation de mes données.");
            tab.locator("button[type=submit]:not(.secondary)").last().click();

            tab.waitForURL(url -> url.contains("/desk/requests/") && url.contains("done=FILED"));
            String id = tab.url().replaceAll(".*/desk/requests/([0-9a-f-]{36}).*", "$1");
            assertThat(tab.content()).contains(receiptDate).contains("Lucie Bernard").contains(byPost);
            browser.check("new-request-" + language + "-filed");
            String receivedAt = Desk.get(id).then().statusCode(200).extract().path("receivedAt");
            assertThat(Instant.parse(receivedAt)).isEqualTo(Instant.parse("2026-11-30T23:30:00Z"));
        }
    }
}
