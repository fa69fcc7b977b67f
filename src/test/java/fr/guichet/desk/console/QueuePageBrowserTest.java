package fr.guichet.desk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import fr.guichet.testsupport.Api;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.StaffBrowser;
import fr.guichet.testsupport.Tokens;
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
        try (StaffBrowser browser = StaffBrowser.open(root.toString(), locale)) {
            Page tab = browser.tab();
            tab.setViewportSize(1280, 900);
            browser.signIn("/desk/requests", subject, "dpo");

            assertThat(tab.locator("h1").textContent()).isEqualTo(title);
            Locator rows = tab.locator("table.queue-table tbody tr");
            assertThat(rows.count()).isEqualTo(3);
            Locator accessRow = row(tab, reference(accessId));
            assertThat(accessRow.locator("a").getAttribute("href")).isEqualTo("/desk/requests/" + accessId);
            assertThat(accessRow.innerText()).contains(access, centreName, processingName, post)
                    .containsIgnoringCase(subject);
            assertThat(accessRow.innerText()).as("the deadline as a date in words")
                    .containsPattern("\\d{1,2} \\p{L}+ 20\\d\\d");
            // The page's own words; the bulk form's list of colleagues holds other tests' staff, named after ids.
            String text = (String) tab.evaluate("() => { const main = document.querySelector('main').cloneNode(true);"
                    + " main.querySelectorAll('#bulk-assignee').forEach(list => list.remove());"
                    + " return main.textContent; }");
            assertThat(text).doesNotContain(elsewhere);
            assertThat(UUID_TEXT.matcher(text).find()).as("no id in the page's text:\n" + text).isFalse();
            assertThat(CODE_TEXT.matcher(text).results().map(m -> m.group()).toList()).as("no code in the text")
                    .isEmpty();
            browser.check("queue-" + language + "-1280");
            tab.setViewportSize(390, 844);
            browser.check("queue-" + language + "-390");
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
            tab.navigate(browser.url("/desk/requests?limit=2"));
            assertThat(rows.count()).isEqualTo(2);
            List<String> first = rows.locator("th").allInnerTexts();
            tab.getByText(nextPage).click();
            tab.waitForURL(url -> url.contains("cursor="));
            assertThat(rows.count()).isEqualTo(1);
            assertThat(rows.locator("th").allInnerTexts()).doesNotContainAnyElementsOf(first);
            assertThat(tab.getByText(nextPage).count()).isZero();

            // What came in since this visit is marked "new", in words.
            String arrived = Desk.file(Desk.filing(centre, "ACCESS", daysAgo(1)));
            tab.navigate(browser.url("/desk/requests"));
            assertThat(row(tab, reference(arrived)).locator(".badge.new").innerText()).isEqualTo(fresh);
            assertThat(row(tab, reference(erasureId)).locator(".badge.new").count()).isZero();
            browser.check("queue-" + language + "-new");
        }
    }

    private static Locator row(Page tab, String reference) {
        return tab.locator("table.queue-table tbody tr").filter(new Locator.FilterOptions().setHasText(reference));
    }

    private static String reference(String requestId) {
        return Desk.get(requestId).then().statusCode(200).extract().path("reference");
    }

    private static String daysAgo(int days) {
        return Instant.now().minus(days, ChronoUnit.DAYS).toString();
    }
}
