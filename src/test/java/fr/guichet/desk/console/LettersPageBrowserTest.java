package fr.guichet.desk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.StaffBrowser;
import fr.guichet.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A requester without an e-mail address is owed every letter by post: the DPO's staff find it on "letters to
 * print", download it as an A4 PDF in the requester's language (the PDF's own text is read back), then record the
 * day it was posted, which the request's history keeps and which takes the letter off the list.
 */
@QuarkusTest
class LettersPageBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "fr,fr-FR,Objet : Votre demande %s a bien été reçue,Accusé de réception,posté le",
            "en,en-GB,Subject: We have received your request %s,Acknowledgement,posted on" })
    void aLetterOwedByPostIsPrintedThenRecordedAsPosted(String language, String locale, String subject,
            String letterName, String postedWord) throws IOException {
        Desk.Catalogue centre = Desk.catalogue();
        String dpo = "letters-dpo-" + language + "-" + UUID.randomUUID().toString().substring(0, 8);
        Tokens.grant(dpo, centre.controllerId());
        String id = Desk.file(postalFiling(centre, language));
        String reference = Desk.get(id).then().statusCode(200).extract().path("reference");
        String due = Desk.get(id).then().extract().path("deadlines.effectiveDue");

        try (StaffBrowser browser = StaffBrowser.open(root.toString(), locale)) {
            Page tab = browser.tab();
            browser.signIn("/desk/letters", dpo, "dpo");
            Locator letter = tab.locator("li.panel:has(#letter-" + id + "-1)");
            assertThat(letter.textContent()).contains(reference).contains(letterName);
            browser.check("letters-" + language);

            Download download = tab.waitForDownload(() -> letter.locator("form[action='/desk/letters/print'] button")
                    .click());
            assertThat(download.suggestedFilename()).isEqualTo("letter-" + reference + "-1.pdf");
            download.saveAs(Path.of("target", "screenshots", "letter-" + language + ".pdf"));
            String text = pdfText(Files.readAllBytes(download.path()));
            assertThat(text).contains(subject.formatted(reference))
                    .contains("Léa Fontaine").contains("8 avenue des Tilleuls").contains("33000 Bordeaux")
                    .contains("12 rue de l'Exemple").contains(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                            .withLocale(Locale.forLanguageTag(language)).format(LocalDate.parse(due)))
                    .contains("/status?token=")
                    .doesNotContain("Je ne souhaite plus");

            letter.locator("input[name=postedOn]").fill("2999-01-01");
            letter.locator("form.posted button").click();
            assertThat(tab.locator(".errors").textContent()).isNotBlank();
            assertThat(tab.locator("#posted-" + id + "-1").getAttribute("aria-invalid")).isEqualTo("true");
            browser.check("letters-" + language + "-error");

            tab.navigate(browser.url("/desk/letters"));
            tab.locator("li.panel:has(#letter-" + id + "-1) form.posted button").click();
            tab.waitForURL(url -> url.contains("posted="));
            assertThat(tab.locator(".notice").textContent()).contains(reference);
            assertThat(tab.locator("#letter-" + id + "-1").count()).isZero();

            tab.navigate(browser.url("/desk/requests/" + id));
            assertThat(tab.locator("section[aria-labelledby=letters]").textContent()).contains(postedWord);
        }
        assertThat(Desk.get(id).then().extract().<String>path("letters[0].postedOn")).isNotNull();
        assertThat(Desk.get(id).then().extract().<String>path("history[-1].event")).isEqualTo("LETTER_POSTED");
    }

    @Test
    void anotherCentresDpoAndAComplianceOfficerDoNotSeeTheLetters() {
        Desk.Catalogue centre = Desk.catalogue();
        Desk.Catalogue other = Desk.catalogue();
        String id = Desk.file(postalFiling(centre, "fr"));
        String reference = Desk.get(id).then().extract().path("reference");
        String otherDpo = "letters-other-" + UUID.randomUUID().toString().substring(0, 8);
        Tokens.grant(otherDpo, other.controllerId());

        try (StaffBrowser browser = StaffBrowser.open(root.toString(), "fr-FR")) {
            browser.signIn("/desk/letters", otherDpo, "dpo");
            assertThat(browser.tab().content()).doesNotContain(reference);
        }
        try (StaffBrowser browser = StaffBrowser.open(root.toString(), "fr-FR")) {
            String officer = "letters-compliance-" + UUID.randomUUID().toString().substring(0, 8);
            Tokens.grant(officer, centre.controllerId());
            browser.tab().navigate(browser.url("/desk/letters"));
            browser.tab().locator("summary").click();
            browser.tab().locator("input[name=name]").fill(officer);
            browser.tab().locator("input[name=roles]").fill("compliance");
            browser.tab().locator("button[name=login]").click();
            browser.tab().waitForURL(url -> url.startsWith(browser.url("/desk/letters")));
            assertThat(browser.tab().content()).doesNotContain(reference).doesNotContain("/desk/letters/print");
        }
    }

    /** Filed by post by someone who gave only a postal address, in their language. */
    private static Map<String, Object> postalFiling(Desk.Catalogue centre, String language) {
        Map<String, Object> filing = new HashMap<>(Desk.filing(centre, "OPPOSITION", "2026-12-01T09:00:00Z"));
        filing.put("requester", Map.of("role", "SELF", "fullName", "Léa Fontaine", "postalAddress",
                "8 avenue des Tilleuls\n33000 Bordeaux"));
        filing.put("language", language);
        return filing;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
