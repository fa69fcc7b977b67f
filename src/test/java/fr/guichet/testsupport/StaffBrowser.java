package fr.guichet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * A staff member's browser (Debian's chromium driven by Playwright) that signs in through the test identity provider's
 * own sign-in page, as a person does: no header is injected. Pages it checks get axe-core's WCAG 2.1 A/AA rules and a
 * screenshot under target/screenshots/.
 */
public final class StaffBrowser implements AutoCloseable {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;
    private final BrowserContext context;
    private final Page tab;
    private final String base;

    private StaffBrowser(String base, String locale) {
        this.base = base.replaceAll("/$", "");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Browsers.chromium())
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
        context = browser.newContext(new Browser.NewContextOptions().setLocale(locale).setAcceptDownloads(true));
        tab = context.newPage();
    }

    /** A new browser for the test application at {@code base}, preferring the given locale (e.g. fr-FR). */
    public static StaffBrowser open(String base, String locale) {
        return new StaffBrowser(base, locale);
    }

    public Page tab() {
        return tab;
    }

    public String url(String path) {
        return base + path;
    }

    /** The identity provider's issuer: where a browser without a session is sent. */
    public static String issuer() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    /** Opens {@code path}, signs in on the provider's page as this subject with these roles, and waits to be back. */
    public void signIn(String path, String subject, String roles) {
        tab.navigate(url(path));
        assertThat(tab.url()).as("sent to the identity provider").startsWith(issuer());
        tab.locator("summary").click();
        tab.locator("input[name=name]").fill(subject);
        tab.locator("input[name=roles]").fill(roles);
        tab.locator("button[name=login]").click();
        tab.waitForURL(url -> url.startsWith(base + path));
    }

    /** Saves a screenshot of the page and asserts that axe-core finds no WCAG 2.1 A/AA violation on it. */
    public void check(String name) {
        tab.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
        AxeResults results = new AxeBuilder(tab).withTags(WCAG).analyze();
        assertThat(results.getViolations().stream().map(StaffBrowser::describe).toList())
                .as("WCAG 2.1 A/AA violations on " + name).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream().map(n -> n.getHtml()).toList();
    }

    @Override
    public void close() {
        context.close();
        browser.close();
        playwright.close();
    }
}
