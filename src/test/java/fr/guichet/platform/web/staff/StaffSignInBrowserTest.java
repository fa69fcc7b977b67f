package fr.guichet.platform.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import fr.guichet.testsupport.Api;
import fr.guichet.testsupport.Browsers;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A staff member signs in through the identity provider's own sign-in page (the authorization code flow, no header
 * injected), lands on the staff home, opens the deadline report, downloads a CSV with the session, signs out, and is
 * sent back to sign in on the next visit. axe-core finds no WCAG 2.1 A/AA violation on the desk's pages.
 */
@QuarkusTest
class StaffSignInBrowserTest {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "fr,fr-FR,Accueil du personnel,Rapport des délais de réponse,Vous êtes déconnecté,Se déconnecter",
            "en,en-GB,Staff home,Response deadline report,You are signed out,Sign out" })
    void aComplianceOfficerSignsInReadsTheReportDownloadsItsCsvAndSignsOut(String language, String locale,
            String homeTitle, String reportTitle, String signedOutTitle, String signOut) throws IOException {
        Desk.Catalogue centre = Desk.catalogue();
        String centreName = Api.asAdmin().get("/api/v1/admin/controllers/" + centre.controllerId())
                .then().extract().path("name");
        String subject = "officer-" + language + "-" + UUID.randomUUID().toString().substring(0, 8);
        Tokens.grant(subject, centre.controllerId());
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        String base = root.toString().replaceAll("/$", "");

        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Browsers.chromium())
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                        .setAcceptDownloads(true))) {
            Page tab = context.newPage();

            tab.navigate(base + "/desk");
            assertThat(tab.url()).as("sent to the identity provider").startsWith(issuer);
            tab.locator("summary").click();
            tab.locator("input[name=name]").fill(subject);
            tab.locator("input[name=roles]").fill("compliance");
            tab.locator("button[name=login]").click();

            tab.waitForURL(base + "/desk");
            assertThat(tab.locator("h1").textContent()).isEqualTo(homeTitle);
            assertThat(tab.content()).contains(centreName);
            check(tab, language, "home");

            tab.navigate(base + "/reports/deadlines");
            assertThat(tab.title()).startsWith(reportTitle);
            check(tab, language, "report");

            Download download = tab.waitForDownload(() -> tab.locator("a[href*='/api/v1/reports/register']").first()
                    .click());
            String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFF").contains("reference");

            tab.navigate(base + "/desk");
            tab.getByText(signOut).click();
            tab.waitForURL(url -> url.startsWith(base + "/desk/signed-out"));
            assertThat(tab.locator("h1").textContent()).isEqualTo(signedOutTitle);
            check(tab, language, "signed-out");

            tab.navigate(base + "/desk");
            assertThat(tab.url()).as("signed out: sent to sign in again").startsWith(issuer);
        }
    }

    private static void check(Page tab, String language, String step) {
        tab.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("staff-" + language + "-" + step + ".png")));
        AxeResults results = new AxeBuilder(tab).withTags(WCAG).analyze();
        assertThat(results.getViolations().stream().map(StaffSignInBrowserTest::describe).toList())
                .as("WCAG 2.1 A/AA violations on " + step).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream().map(n -> n.getHtml()).toList();
    }
}
