package fr.guichet.desk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import fr.guichet.testsupport.Api;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.StaffBrowser;
import fr.guichet.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A DPO works a request from the browser, signed in through the identity provider's page: takes it, notes it, starts
 * it, attaches a response document and downloads it back, asks for proof of identity (the letter shown first, then
 * the clock paused on the page), records the answer, extends with a reason, grants the objection with the study code,
 * sends the answer, watches the warehouse acknowledge, and closes it. Steps taken outside the desk are recorded on
 * the day they happened, and refusals read in the DPO's language. Every page is checked with axe-core, in French
 * and in English.
 */
@QuarkusTest
class RequestPageBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "fr,fr-FR", "en,en-GB" })
    void aDpoWorksAnObjectionFromArrivalToClosure(String language, String locale) throws IOException {
        Desk.Catalogue centre = Desk.catalogue();
        String partner = Desk.createPartner(centre.processingIds());
        Map<String, Object> filing = Desk.filing(centre, "OPPOSITION", Instant.now().minus(2, ChronoUnit.DAYS).toString());
        filing.remove("studyId");
        filing.remove("participantCode");
        filing.put("language", language);
        String id = Desk.file(filing);
        String reference = Desk.get(id).then().extract().path("reference");
        String dpo = "page-dpo-" + language + "-" + UUID.randomUUID().toString().substring(0, 8);
        Tokens.grant(dpo, centre.controllerId());
        Words words = Words.of(language);

        try (StaffBrowser browser = StaffBrowser.open(root.toString(), locale)) {
            Page tab = browser.tab();
            browser.signIn("/desk/requests/" + id, dpo, "dpo");
            assertThat(tab.locator("h1").textContent()).contains(reference);
            assertThat(tab.content()).contains(words.objection).contains("Camille Martin").doesNotContain("OPPOSITION");
            browser.check("request-" + language + "-received");

            tab.locator("button[name=me]").click();
            assertThat(tab.locator("#assignee option[selected]").textContent()).isNotBlank();
            tab.locator("#note").fill("Appeler le centre investigateur.");
            tab.locator("form[action$='/notes'] button").click();
            assertThat(tab.content()).contains("Appeler le centre investigateur.");

            tab.locator("button[value=START]").click();

            // A response document, uploaded from the browser and downloaded back as it was.
            byte[] letter = ("%PDF-1.4 answer to " + reference).getBytes(StandardCharsets.US_ASCII);
            tab.locator("#file").setInputFiles(new FilePayload("reponse.pdf", "application/pdf", letter));
            tab.locator("form[action$='/documents'] button").click();
            Download download = tab.waitForDownload(() -> tab.locator("a[href^='/api/v1/desk/documents/']").first()
                    .click());
            assertThat(download.suggestedFilename()).startsWith(reference).endsWith(".pdf");
            try (InputStream content = download.createReadStream()) {
                assertThat(content.readAllBytes()).isEqualTo(letter);
            }
            tab.locator("#reason-REQUEST_IDENTITY").fill(words.question);
            tab.locator("button[value=REQUEST_IDENTITY]").click();
            assertThat(tab.locator("h1").textContent()).isEqualTo(words.checkBeforeConfirming);
            assertThat(tab.locator("pre.letter").textContent()).contains(reference);
            assertThat(tab.content()).contains(words.question);
            browser.check("request-" + language + "-preview");
            tab.locator("button[value=REQUEST_IDENTITY]").click();
            assertThat(tab.content()).contains(words.paused).contains(words.awaitingInformation);
            browser.check("request-" + language + "-paused");

            tab.locator("button[value=INFORMATION_RECEIVED]").click();
            tab.locator("#reasonCode-EXTEND").selectOption("COMPLEXITY");
            tab.locator("#reasonText-EXTEND").fill(words.extension);
            tab.locator("button[value=EXTEND]").click();
            assertThat(tab.locator("pre.letter").textContent()).contains(reference);
            tab.locator("button[value=EXTEND]").click();
            assertThat(tab.content()).contains(words.extension);

            tab.locator("#outcome-DECIDE").selectOption("GRANTED");
            tab.locator("#studyId-DECIDE").selectOption(centre.studyId());
            tab.locator("#participantCode-DECIDE").fill("P-" + language + "-0042");
            // The decision reaches the requester with the answer: deciding writes nothing to them yet.
            tab.locator("button[value=DECIDE]").click();
            assertThat(tab.locator("[role=status]").textContent()).contains(words.decide);
            tab.locator("button[value=RESPOND]").click();
            assertThat(tab.locator("pre.letter").textContent()).contains(reference);
            tab.locator("button[value=RESPOND]").click();
            assertThat(tab.content()).contains(words.objectionToApply);

            List<Map<String, Object>> events = Api.as(Tokens.of(partner, "partner")).get("/api/v1/partner/feed")
                    .then().statusCode(200).extract().path("events");
            Api.as(Tokens.of(partner, "partner"))
                    .body(Map.of("eventIds", events.stream().map(event -> event.get("id")).toList()))
                    .post("/api/v1/partner/acks").then().statusCode(200);
            tab.reload();
            assertThat(tab.content()).contains(words.applied);
            browser.check("request-" + language + "-answered");

            tab.locator("button[value=CLOSE]").click();
            assertThat(tab.locator("h1").textContent()).isEqualTo(words.checkBeforeConfirming);
            tab.locator("button[value=CLOSE]").click();
            assertThat(tab.locator("[role=status]").textContent()).contains(words.close);
            assertThat(tab.content()).contains(words.closed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "fr,fr-FR", "en,en-GB" })
    void aDpoRecordsStepsTakenOutsideTheDeskOnTheDayTheyHappened(String language, String locale) {
        Desk.Catalogue centre = Desk.catalogue();
        ZoneId paris = ZoneId.of("Europe/Paris");
        LocalDate receiptDay = LocalDate.ofInstant(Instant.now(), paris).minusDays(6);
        Map<String, Object> filing = Desk.filing(centre, "OPPOSITION",
                receiptDay.atTime(11, 0).atZone(paris).toInstant().toString());
        filing.put("language", language);
        String id = Desk.file(filing);
        String dpo = "dated-dpo-" + language + "-" + UUID.randomUUID().toString().substring(0, 8);
        Tokens.grant(dpo, centre.controllerId());
        Dated words = Dated.of(language);
        Locale reader = Locale.forLanguageTag(language);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(reader);
        DateTimeFormatter moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(reader);

        try (StaffBrowser browser = StaffBrowser.open(root.toString(), locale)) {
            Page tab = browser.tab();
            browser.signIn("/desk/requests/" + id, dpo, "dpo");
            assertThat(tab.locator("#at-START-hint").textContent()).contains(words.zone);

            // The day before the letter arrived: the lifecycle refuses, the page says why beside the date.
            tab.locator("#at-START-summary").focus();
            tab.keyboard().press("Enter");
            tab.locator("#atDate-START").fill(receiptDay.minusDays(1).toString());
            tab.locator("#atTime-START").fill("09:00");
            tab.locator("button[value=START]").click();
            assertThat(tab.locator("#atDate-START-error").textContent()).isEqualTo(words.beforeReceipt);
            assertThat(tab.locator("#atDate-START").inputValue()).isEqualTo(receiptDay.minusDays(1).toString());
            assertThat(tab.locator("#atDate-START").getAttribute("aria-describedby")).contains("atDate-START-error");
            browser.check("request-" + language + "-dated-refused");

            tab.locator("#atDate-START").fill(receiptDay.plusDays(1).toString());
            tab.locator("#atTime-START").fill("10:00");
            tab.locator("button[value=START]").click();
            assertThat(tab.locator("[role=status]").textContent()).contains(words.started);

            // The question went by post two days after receipt: shown first, then recorded on that day, no e-mail.
            tab.locator("#reason-REQUEST_IDENTITY").fill(words.question);
            tab.locator("#at-REQUEST_IDENTITY-summary").click();
            tab.locator("#atDate-REQUEST_IDENTITY").fill(receiptDay.plusDays(2).toString());
            tab.locator("#atTime-REQUEST_IDENTITY").fill("09:30");
            tab.locator("button[value=REQUEST_IDENTITY]").click();
            assertThat(tab.locator("h1").textContent()).isEqualTo(words.checkBeforeConfirming);
            assertThat(tab.locator("p.panel").textContent()).contains(day.format(receiptDay.plusDays(2)));
            assertThat(tab.locator("pre.letter").count()).isZero();
            tab.locator("button[value=REQUEST_IDENTITY]").click();

            // The answer came by post the next day.
            tab.locator("#at-INFORMATION_RECEIVED-summary").click();
            tab.locator("#atDate-INFORMATION_RECEIVED").fill(receiptDay.plusDays(3).toString());
            tab.locator("#atTime-INFORMATION_RECEIVED").fill("14:00");
            tab.locator("button[value=INFORMATION_RECEIVED]").click();

            Locator history = tab.locator("ol.history li");
            assertThat(history.filter(new Locator.FilterOptions().setHasText(words.start)).textContent())
                    .contains(moment.format(receiptDay.plusDays(1).atTime(10, 0)));
            assertThat(history.filter(new Locator.FilterOptions().setHasText(words.askIdentity)).textContent())
                    .contains(moment.format(receiptDay.plusDays(2).atTime(9, 30)));
            assertThat(history.filter(new Locator.FilterOptions().setHasText(words.answer)).textContent())
                    .contains(moment.format(receiptDay.plusDays(3).atTime(14, 0)));
            browser.check("request-" + language + "-dated");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "fr,fr-FR", "en,en-GB" })
    void aStepTheDeadlineRulesRefuseSaysWhyInsideItsFormInTheDposLanguage(String language, String locale) {
        Desk.Catalogue centre = Desk.catalogue();
        // Two months after receipt: the table still offers the extension, the deadline rule refuses it.
        String id = Desk.file(Desk.filing(centre, "OPPOSITION", Instant.now().minus(60, ChronoUnit.DAYS).toString()));
        String dpo = "refused-dpo-" + language + "-" + UUID.randomUUID().toString().substring(0, 8);
        Tokens.grant(dpo, centre.controllerId());
        String explanation = "fr".equals(language) ? "Trois études doivent être consultées."
                : "Three studies must be searched.";
        String tooLate = "fr".equals(language)
                ? "Il est trop tard pour prolonger : l'avis de prolongation devait partir dans le mois qui suit la "
                        + "réception de la demande (article 12, paragraphe 3)."
                : "It is too late to extend: the extension notice had to be sent within one month of receipt "
                        + "(Article 12(3)).";

        try (StaffBrowser browser = StaffBrowser.open(root.toString(), locale)) {
            Page tab = browser.tab();
            browser.signIn("/desk/requests/" + id, dpo, "dpo");
            tab.locator("#reasonCode-EXTEND").selectOption("COMPLEXITY");
            tab.locator("#reasonText-EXTEND").fill(explanation);
            tab.locator("button[value=EXTEND]").click();

            assertThat(tab.locator("form:has(button[value=EXTEND]) #form-EXTEND-error").textContent())
                    .isEqualTo(tooLate);
            assertThat(tab.locator("button[value=EXTEND]").getAttribute("aria-describedby"))
                    .isEqualTo("form-EXTEND-error");
            assertThat(tab.content()).doesNotContain("Too late to extend");
            assertThat(tab.locator("#reasonText-EXTEND").inputValue()).isEqualTo(explanation);
            browser.check("request-" + language + "-refused");
        }
    }

    /** What the page says about dated steps, in each language. */
    private record Dated(String zone, String beforeReceipt, String started, String question,
            String checkBeforeConfirming, String start, String askIdentity, String answer) {
        static Dated of(String language) {
            return "en".equals(language)
                    ? new Dated("(Paris)", "This date is before the request was received.", "Done: Start handling",
                            "Please send a copy of an identity document.", "Check before you confirm",
                            "Start handling", "Ask for proof of identity", "Record the requester's answer")
                    : new Dated("(Paris)", "Cette date précède la réception de la demande.",
                            "C'est fait : Commencer l'instruction", "Merci d'envoyer la copie d'une pièce d'identité.",
                            "Vérifiez avant de confirmer", "Commencer l'instruction",
                            "Demander un justificatif d'identité", "Enregistrer la réponse du demandeur");
        }
    }

    /** What the page says, in each language. */
    private record Words(String objection, String question, String checkBeforeConfirming, String paused,
            String awaitingInformation, String extension, String objectionToApply, String applied, String closed,
            String decide, String close) {
        static Words of(String language) {
            return "en".equals(language)
                    ? new Words("Objection", "Please send a copy of an identity document.", "Check before you confirm",
                            "Deadline suspended", "Awaiting information", "Three studies must be searched.",
                            "Objection to apply", "Applied (acknowledged on", "Closed", "Done: Decide",
                            "Done: Close the request")
                    : new Words("Opposition", "Merci d'envoyer la copie d'une pièce d'identité.",
                            "Vérifiez avant de confirmer", "Délai suspendu", "En attente d'informations",
                            "Trois études doivent être consultées.", "Opposition à appliquer",
                            "Appliqué (accusé de réception le", "Close", "C'est fait : Décider",
                            "C'est fait : Clore la demande");
        }
    }
}
