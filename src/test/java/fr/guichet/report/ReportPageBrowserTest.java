package fr.guichet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import fr.guichet.testsupport.Browsers;
import fr.guichet.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The report page in a real browser (Debian's chromium): the CSP lets the local stylesheet through and blocks
 * nothing the page needs, the chart is drawn, and the page prints to PDF.
 */
@QuarkusTest
class ReportPageBrowserTest {

    @TestHTTPResource("/reports/deadlines")
    URL page;

    @Test
    void thePageRendersUnderItsOwnCspAndPrints() {
        String url = page + "?from=2026-01-01&to=2026-06-30&controller=" + ReportFixtures.seeded().controllerId();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Browsers.chromium())
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
                // A French browser: the page follows its Accept-Language.
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR")
                        .setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + Tokens.of("test-compliance",
                                "compliance"))))) {
            Page tab = context.newPage();
            List<String> problems = new ArrayList<>();
            tab.onConsoleMessage(message -> {
                if ("error".equals(message.type()) || "warning".equals(message.type())) {
                    problems.add(message.text());
                }
            });
            tab.onRequestFailed(request -> problems.add("failed: " + request.url()));

            tab.navigate(url);

            assertThat(tab.title()).startsWith("Rapport des délais de réponse");
            assertThat(problems).as("console errors and failed loads (CSP violations show here)").isEmpty();
            // The stylesheet applied: the section titles get their rule.
            assertThat(tab.evalOnSelector("h2", "h => getComputedStyle(h).borderBottomStyle")).isEqualTo("solid");
            Number chartWidth = (Number) tab.evalOnSelector("svg.chart", "s => s.getBoundingClientRect().width");
            assertThat(chartWidth.doubleValue()).isPositive();
            assertThat(tab.locator("svg.chart rect.bar").count()).isEqualTo(4);
            byte[] pdf = tab.pdf();
            assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        }
    }
}
