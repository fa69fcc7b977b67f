package fr.guichet.desk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import fr.guichet.testsupport.Api;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.Tokens;
import fr.guichet.testsupport.Browsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A DPO granted one establishment signs in through the identity provider's own sign-in page and works the queue
 * page: their requests by reference, in names and words (never an id or a code), filters by right and by reference,
 * pages, sees what arrived since the last visit marked, and never sees another establishment's request. axe-core
 * finds no WCAG 2.1 A/AA violation, in French and in English, on a desktop and on a phone.
 */
@QuarkusTest
class QueuePageBrowserTest {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** The codes that must never reach the page's text: rights, statuses, channels, risks. */
    private static final Pattern CODE_TEXT = Pattern.compile("\\b(ACCESS|ERASURE|OPPOSITION|RECEIVED|IN_PROGRESS"
            + "|AWAITING_INFORMATION|DECIDED|POST|WEB|EMAIL|OVERDUE|DUE_SOON|ON_TRACK|PAUSED|true|false)\\b");

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "fr,fr-FR,File des demandes,Accès,Effacement,Courrier,Page suivante,Appliquer les filtres,Nouvelle",
            "en,en-GB,Request queue,Access,Erasure,Post,Next page,Apply filters,New" })
    void aDpoWorksTheQueueOfTheirEstablishmentInWords(String language, String locale, String title, String access,
            String erasure, String post, String nextPage, String apply, String fresh) {
        Desk.Catalogue centre = Desk.catalogue();
        String centreName = Api.asAdmin().get("/api/v1/admin/controllers/" + centre.controllerId()).then()
                .extract().path("name");
        String processingName = Api.asAdmin().get("/api/v1/admin/processings/" + centre.processingId()).then()
                .extract().path("name");
        String accessId = Desk.file(Desk.filing(centre, "ACCESS", daysAgo(20)));
        String erasureId = Desk.file(Desk.filing(centre, "ERASURE", daysAgo(10)));
        String oppositionId = Desk.file(Desk.filing(centre, "OPPOSITION", daysAgo(2)));
        String elsewhere = reference(Desk.file(Desk.filing(Desk.catalogue(), "ACCESS", daysAgo(20))));
        String subject = "dpo-queue-" + language + "-" + UUID.randomUUID().toString().substring(0, 8);
        Tokens.grant(subject, centre.controllerId());
        Desk.asDpo().body(Map.of("assignee", subject)).put("/api/v1/desk/requests/" + accessId + "/assignee").then()
                .statusCode(200);
        String base = root.toString().replaceAll("/$", "");

        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Browsers.chromium())
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                        .setViewportSize(1280, 900))) {
            Page tab = context.newPage();
            signIn(tab, base, subject);

            assertThat(tab.locator("h1").textContent()).isEqualTo(title);
            Locator rows = tab.locator("table.queue-table tbody tr");
            assertThat(rows.count()).isEqualTo(3);
            Locator accessRow = row(tab, reference(accessId));
            assertThat(accessRow.locator("a").getAttribute("href")).isEqualTo("/desk/requests/" + accessId);
            assertThat(accessRow.innerText()).contains(access, centreName, processingName, post)
                    .containsIgnoringCase(subject);
            assertThat(accessRow.innerText()).as("the deadline as a date in words")
                    .containsPattern("\\d{1,2} \\p{L}+ 20\\d\\d");
            String text = tab.locator("main").innerText();
            assertThat(text).doesNotContain(elsewhere);
            assertThat(UUID_TEXT.matcher(text).find()).as("no id in the page's text:\n" + text).isFalse();
            assertThat(CODE_TEXT.matcher(text).results().map(m -> m.group()).toList()).as("no code in the text")
                    .isEmpty();
            check(tab, language, "1280");
            tab.setViewportSize(390, 844);
            check(tab, language, "390");
            tab.setViewportSize(1280, 900);

            // Filter by right with the form (a plain GET: the filtered queue is a bookmark).
            tab.locator("main details.more-filters summary").click();
            tab.locator("#f-right").selectOption("ERASURE");
            tab.getByText(apply).click();
            tab.waitForURL(url -> url.contains("right=ERASURE"));
            assertThat(rows.count()).isEqualTo(1);
            assertThat(rows.first().innerText()).contains(reference(erasureId), erasure);

            // Search by reference, in lower case, after clearing the right.
            tab.locator("#f-right").selectOption("");
            tab.locator("#f-q").fill(reference(oppositionId).toLowerCase());
            tab.getByText(apply).click();
            tab.waitForURL(url -> url.contains("q="));
            assertThat(rows.count()).isEqualTo(1);
            assertThat(rows.first().innerText()).contains(reference(oppositionId));

            // Two per page: the "next page" link carries the cursor, and the pages neither skip nor repeat.
            tab.navigate(base + "/desk/requests?limit=2");
            assertThat(rows.count()).isEqualTo(2);
            List<String> first = rows.locator("th").allInnerTexts();
            tab.getByText(nextPage).click();
            tab.waitForURL(url -> url.contains("cursor="));
            assertThat(rows.count()).isEqualTo(1);
            assertThat(rows.locator("th").allInnerTexts()).doesNotContainAnyElementsOf(first);
            assertThat(tab.getByText(nextPage).count()).isZero();

            // What came in since this visit is marked "new", in words.
            String arrived = Desk.file(Desk.filing(centre, "ACCESS", daysAgo(1)));
            tab.navigate(base + "/desk/requests");
            assertThat(row(tab, reference(arrived)).locator(".badge.new").innerText()).isEqualTo(fresh);
            assertThat(row(tab, reference(erasureId)).locator(".badge.new").count()).isZero();
            check(tab, language, "new");
        }
    }

    private static void signIn(Page tab, String base, String subject) {
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        tab.navigate(base + "/desk/requests");
        assertThat(tab.url()).as("sent to the identity provider").startsWith(issuer);
        tab.locator("summary").click();
        tab.locator("input[name=name]").fill(subject);
        tab.locator("input[name=roles]").fill("dpo");
        tab.locator("button[name=login]").click();
        tab.waitForURL(url -> url.startsWith(base + "/desk/requests"));
    }

    private static Locator row(Page tab, String reference) {
        return tab.locator("table.queue-table tbody tr").filter(new Locator.FilterOptions().setHasText(reference));
    }

    private static String reference(String requestId) {
        return Desk.get(requestId).then().statusCode(200).extract().path("reference");
    }

    private static String daysAgo(int days) {
        return Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void check(Page tab, String language, String step) {
        tab.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("queue-" + language + "-" + step + ".png")));
        AxeResults results = new AxeBuilder(tab).withTags(WCAG).analyze();
        assertThat(results.getViolations().stream().map(QueuePageBrowserTest::describe).toList())
                .as("WCAG 2.1 A/AA violations on the queue, " + step).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream().map(n -> n.getHtml()).toList();
    }
}
