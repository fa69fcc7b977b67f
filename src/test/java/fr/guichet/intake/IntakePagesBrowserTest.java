package fr.guichet.intake;

import static fr.guichet.intake.Intake.confirmationToken;
import static fr.guichet.intake.Intake.email;
import static fr.guichet.intake.Intake.statusToken;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;

import fr.guichet.catalog.HolidayCalendar;
import fr.guichet.platform.mail.MailDispatcher;
import fr.guichet.request.RequestService;
import fr.guichet.request.deadline.PublicHolidays;
import fr.guichet.testsupport.Api;
import fr.guichet.testsupport.Browsers;
import fr.guichet.testsupport.Desk;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A person files a request in a real browser (Debian's chromium), in French and in English: the form's three
 * steps, the confirmation e-mail and page, the acknowledgement, the status page with its deadline, an answer to
 * the desk's question, the withdrawal.
 * Every page passes axe-core's WCAG 2.1 A/AA rules, is served under the strict CSP, and is saved as a screenshot
 * under target/screenshots/.
 */
@QuarkusTest
class IntakePagesBrowserTest {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TestHTTPResource("/")
    URL root;
    @Inject
    MailDispatcher mail;
    @Inject
    RequestService requests;

    @Test
    void aPersonFilesConfirmsFollowsAndWithdrawsInFrench() {
        flow("fr", "fr-FR", "Retirée");
    }

    @Test
    void aPersonFilesConfirmsFollowsAndWithdrawsInEnglish() {
        flow("en", "en-GB", "Withdrawn");
    }

    private void flow(String language, String locale, String withdrawn) {
        Desk.Catalogue catalogue = Desk.catalogue();
        String studyName = "Étude Canto " + UUID.randomUUID().toString().substring(0, 8);
        Api.asAdmin().body(Map.of("name", studyName, "code", "C" + studyName.substring(12),
                "processingIds", catalogue.processingIds())).post("/api/v1/admin/studies").then().statusCode(201);
        String email = email();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Browsers.chromium())
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                        .setViewportSize(390, 844))) {
            Page tab = context.newPage();
            List<String> blocked = new ArrayList<>();
            tab.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    blocked.add(message.text());
                }
            });
            Steps steps = new Steps(tab, language);

            Response home = tab.navigate(root + ("en".equals(language) ? "en" : ""));
            assertThat(home.headers().get("content-security-policy")).isEqualTo(Pages.CONTENT_SECURITY_POLICY);
            // The local stylesheet applied under the CSP.
            assertThat(tab.evalOnSelector("header.site", "h => getComputedStyle(h).display")).isEqualTo("flex");
            tab.selectOption("#controller", catalogue.controllerId());
            steps.check("1-controller");
            tab.click("main form button[type=submit]");

            tab.fill("#q", "canto");
            tab.click("button[name=action]");
            tab.check("#processing-" + catalogue.processingId());
            assertThat(tab.locator("label", new Page.LocatorOptions().setHasText(studyName)).count()).isEqualTo(1);
            tab.check("label:has-text('" + studyName + "')");
            steps.check("2-processing");
            tab.click("main form button:not([name])");

            tab.check("#right-ERASURE");
            tab.check("#role-SELF");
            tab.fill("#fullName", Intake.NAME);
            tab.fill("#details", Intake.DETAILS);
            tab.click("main form button[type=submit]");
            // No e-mail: the page comes back with an error summary linking to the field.
            assertThat(tab.locator(".errors a[href='#email']").count()).isEqualTo(1);
            assertThat(tab.getAttribute("#email", "aria-invalid")).isEqualTo("true");
            steps.check("3-form-errors");
            tab.fill("#email", email);
            steps.check("4-form");
            tab.click("main form button[type=submit]");
            steps.check("5-submitted");

            drainMail();
            tab.navigate(root + "confirm?token=" + confirmationToken(email));
            steps.check("6-confirm");
            tab.click("main form button[type=submit]");
            assertThat(tab.textContent("h1")).isNotBlank();
            steps.check("7-confirmed");

            drainMail();
            LocalDate receipt = LocalDate.now(ZoneId.of("Europe/Paris"));
            tab.navigate(root + "status?token=" + statusToken(email));
            tab.waitForURL("**/status");
            assertThat(tab.url()).doesNotContain("token");
            String due = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language))
                    .format(PublicHolidays.fromLibrary().nextWorkingDayOnOrAfter(HolidayCalendar.METROPOLITAN,
                            receipt.plusMonths(1)));
            assertThat(tab.textContent("#due")).isEqualTo(due);
            steps.check("8-status");

            // The desk asks a question; the person answers it on the page.
            String id = requestIdOf(email);
            Desk.done(id, Map.of("action", "REQUEST_CLARIFICATION", "reason", "Précisez la période concernée."));
            tab.reload();
            assertThat(tab.textContent("ol.history")).contains("Précisez la période concernée.");
            tab.fill("#answer", "2019 à 2021");
            steps.check("9-question");
            tab.click("form[action='/status/answer'] button");
            tab.waitForURL("**/status");
            assertThat(tab.textContent("ol.history")).contains("2019 à 2021");

            tab.click("form[action='/status/withdrawal'] button");
            tab.waitForURL("**/status");
            assertThat(tab.textContent("#state")).isEqualTo(withdrawn);
            steps.check("10-withdrawn");
            assertThat(blocked).as("what the CSP blocked: the pages need nothing it forbids").isEmpty();
        }
    }

    /** Runs axe-core on the page and saves its screenshot. */
    private record Steps(Page tab, String language) {
        void check(String step) {
            tab.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("intake-" + language + "-" + step + ".png")));
            AxeResults results = new AxeBuilder(tab).withTags(WCAG).analyze();
            assertThat(results.getViolations().stream().map(IntakePagesBrowserTest::describe).toList())
                    .as("WCAG 2.1 A/AA violations on step " + step).isEmpty();
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream().map(n -> n.getHtml()).toList();
    }

    /** The request filed from this address, found as staff would: by the keyed hash of the address. */
    private String requestIdOf(String email) {
        return requests.followable(email).get(0).id().toString();
    }

    private void drainMail() {
        while (mail.runOnce() > 0) {
            // Sends every queued e-mail, whatever other tests left in the outbox.
        }
    }
}
