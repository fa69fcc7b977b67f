package fr.guichet.desk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.StaffBrowser;
import fr.guichet.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A DPO enters a letter received by post: an empty form comes back with every error beside its field, then the
 * request is filed with its original receipt time, typed in the establishment's time (00:30 in Paris on 1 December
 * is 30 November in UTC, and the receipt date is 1 December), and its acknowledgement is owed by post. The scan of
 * the letter goes with it under the documents' rules: a file of another type sends the form back, nothing filed; a
 * PDF is kept with the request and downloads back as it was.
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fr|fr-FR|Ce format n'est pas accepté. Formats acceptés : CSV, JSON, PDF, XML, ZIP."
                    + "|Lettre reçue, numérisée",
            "en|en-GB|This format is not accepted. Accepted formats: CSV, JSON, PDF, XML, ZIP."
                    + "|Letter received, scanned" })
    void theScanOfTheLetterIsFiledWithTheRequestOrNothingIs(String language, String locale, String wrongType,
            String scanned) throws IOException {
        Desk.Catalogue centre = Desk.catalogue();
        String dpo = "scan-dpo-" + language + "-" + UUID.randomUUID().toString().substring(0, 8);
        Tokens.grant(dpo, centre.controllerId());
        String name = "Lucie Bernard " + UUID.randomUUID().toString().substring(0, 8);
        String details = "Je m'oppose à la réutilisation de mes données.";

        try (StaffBrowser browser = StaffBrowser.open(root.toString(), locale)) {
            Page tab = browser.tab();
            browser.signIn("/desk/requests/new", dpo, "dpo");
            tab.locator("input[name=processingIds][value='" + centre.processingId() + "']").check();
            tab.locator("#right").selectOption("OPPOSITION");
            tab.locator("#channel").selectOption("POST");
            tab.locator("#receivedDate").fill("2026-12-01");
            tab.locator("#receivedTime").fill("09:15");
            tab.locator("#role").selectOption("SELF");
            tab.locator("#fullName").fill(name);
            tab.locator("#postalAddress").fill("3 place Kléber, 67000 Strasbourg");
            tab.locator("#details").fill(details);

            // A program, not a letter: refused beside its field, everything typed kept, nothing filed.
            tab.locator("#scan").setInputFiles(new FilePayload("lettre.exe", "application/x-msdownload",
                    "MZ not a letter".getBytes(StandardCharsets.US_ASCII)));
            tab.locator("button[type=submit]:not(.secondary)").last().click();
            tab.locator("#scan-error").waitFor();
            assertThat(tab.locator("#scan-error").textContent()).isEqualTo(wrongType);
            assertThat(tab.locator("#scan-again").isVisible()).isTrue();
            assertThat(tab.locator("#scan").getAttribute("aria-describedby")).contains("scan-error", "scan-again");
            assertThat(tab.locator(".errors a[href='#scan']").textContent()).isEqualTo(wrongType);
            assertThat(tab.locator("#fullName").inputValue()).isEqualTo(name);
            assertThat(tab.locator("#details").inputValue()).isEqualTo(details);
            assertThat(tab.locator("#receivedTime").inputValue()).isEqualTo("09:15");
            assertThat(tab.locator("#right").inputValue()).isEqualTo("OPPOSITION");
            assertThat(tab.locator("input[name=processingIds][value='" + centre.processingId() + "']").isChecked())
                    .isTrue();
            browser.check("new-request-" + language + "-scan-refused");
            assertThat(requestsOf(centre)).isEmpty();

            // The letter in PDF: filed with the request, listed on its page, downloaded back byte for byte.
            byte[] letter = ("%PDF-1.4 lettre de " + name).getBytes(StandardCharsets.UTF_8);
            tab.locator("#scan").setInputFiles(new FilePayload("lettre.pdf", "application/pdf", letter));
            tab.locator("button[type=submit]:not(.secondary)").last().click();
            tab.waitForURL(url -> url.contains("/desk/requests/") && url.contains("done=FILED"));
            String id = tab.url().replaceAll(".*/desk/requests/([0-9a-f-]{36}).*", "$1");
            assertThat(requestsOf(centre)).containsExactly(id);
            assertThat(tab.locator("#received-letters").textContent()).isEqualTo(scanned);
            browser.check("new-request-" + language + "-scan-filed");
            String reference = Desk.get(id).then().statusCode(200).extract().path("reference");
            Download download = tab.waitForDownload(() -> tab.locator(
                    "section[aria-labelledby=received-letters] a[href^='/api/v1/desk/documents/']").click());
            assertThat(download.suggestedFilename()).isEqualTo(reference + "-letter-1.pdf");
            try (InputStream content = download.createReadStream()) {
                assertThat(content.readAllBytes()).isEqualTo(letter);
            }
            // Recorded in the history, and never among the documents delivered to the requester.
            assertThat(Desk.get(id).then().extract().<List<String>>path("history.event"))
                    .containsExactly("FILED", "LETTER_ATTACHED");
            assertThat(Desk.asDpo().get("/api/v1/desk/requests/" + id + "/documents").then().statusCode(200)
                    .extract().<List<String>>path("id")).isEmpty();
        }
    }

    /** The ids of the centre's requests, as the desk's queue lists them. */
    private static List<String> requestsOf(Desk.Catalogue centre) {
        return Desk.asDpo().queryParam("controller", centre.controllerId()).get("/api/v1/desk/requests").then()
                .statusCode(200).extract().path("items.id");
    }
}
