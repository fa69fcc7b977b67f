package fr.guichet.desk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.StaffBrowser;
import fr.guichet.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The console with the keyboard alone: on every page, the Tab key reaches every link, button and field that is
 * shown, in turn, each with a visible focus ring; and a request is opened from the queue and started with Tab and
 * Enter only.
 */
@QuarkusTest
class KeyboardBrowserTest {

    /** What a keyboard user must be able to reach: every visible control. */
    private static final String CONTROLS = "a[href], button, input:not([type=hidden]), select, textarea, summary, "
            + "[tabindex]:not([tabindex='-1'])";

    @TestHTTPResource("/")
    URL root;

    @Test
    void everyControlOfEveryConsolePageIsReachedWithTheTabKey() {
        Desk.Catalogue centre = Desk.catalogue();
        String id = Desk.file(postalFiling(centre));
        String dpo = "keyboard-dpo-" + UUID.randomUUID().toString().substring(0, 8);
        Tokens.grant(dpo, centre.controllerId());

        try (StaffBrowser browser = StaffBrowser.open(root.toString(), "fr-FR")) {
            browser.signIn("/desk", dpo, "dpo");
            for (String path : List.of("/desk", "/desk/requests?controller=" + centre.controllerId(),
                    "/desk/requests/" + id, "/desk/requests/new", "/desk/letters")) {
                browser.tab().navigate(browser.url(path));
                assertThat(unreached(browser.tab())).as("controls the Tab key never reaches on " + path).isEmpty();
            }
        }
    }

    @Test
    void aRequestIsOpenedFromTheQueueAndStartedWithTheKeyboardOnly() {
        Desk.Catalogue centre = Desk.catalogue();
        String id = Desk.file(postalFiling(centre));
        String reference = Desk.get(id).then().extract().path("reference");
        String dpo = "keyboard-start-" + UUID.randomUUID().toString().substring(0, 8);
        Tokens.grant(dpo, centre.controllerId());

        try (StaffBrowser browser = StaffBrowser.open(root.toString(), "en-GB")) {
            Page tab = browser.tab();
            browser.signIn("/desk/requests?controller=" + centre.controllerId(), dpo, "dpo");
            tabTo(tab, "a[href='/desk/requests/" + id + "']");
            tab.keyboard().press("Enter");
            tab.waitForURL(url -> url.endsWith("/desk/requests/" + id));
            assertThat(tab.locator("h1").textContent()).contains(reference);

            tabTo(tab, "button[value=START]");
            tab.keyboard().press("Enter");
            tab.waitForURL(url -> url.contains("done=START"));
        }
        assertThat(Desk.get(id).then().extract().<String>path("status")).isEqualTo("IN_PROGRESS");
    }

    /**
     * Presses Tab through the page and answers the visible controls never focused, or focused without a visible
     * outline (each control is tagged first, so that the walk can tell them apart).
     */
    private static List<String> unreached(Page tab) {
        // A group of radio buttons is one stop of the Tab key (the arrow keys move inside it): one tag per group.
        int count = ((Number) tab.evaluate("selector => { let n = 0; const keys = new Set();"
                + " for (const el of document.querySelectorAll(selector)) { if (el.checkVisibility() && !el.disabled) {"
                + " el.dataset.kb = el.type === 'radio' ? 'radio-' + el.name : String(n++); keys.add(el.dataset.kb); } }"
                + " return keys.size; }", CONTROLS)).intValue();
        Set<String> reached = new LinkedHashSet<>();
        List<String> invisibleFocus = new ArrayList<>();
        for (int i = 0; i < count * 2 + 5 && reached.size() < count; i++) {
            tab.keyboard().press("Tab");
            @SuppressWarnings("unchecked")
            Map<String, Object> focused = (Map<String, Object>) tab.evaluate("() => { const el = document.activeElement;"
                    + " const style = getComputedStyle(el); return { kb: el.dataset.kb || '', html:"
                    + " el.outerHTML.slice(0, 120), ring: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' }; }");
            String kb = (String) focused.get("kb");
            if (!kb.isEmpty()) {
                reached.add(kb);
                if (!Boolean.TRUE.equals(focused.get("ring"))) {
                    invisibleFocus.add("no focus ring: " + focused.get("html"));
                }
            }
        }
        List<String> missing = new ArrayList<>(invisibleFocus);
        @SuppressWarnings("unchecked")
        List<String> all = (List<String>) tab.evaluate("() => Array.from(document.querySelectorAll('[data-kb]'))"
                + ".map(el => el.dataset.kb + ' ' + el.outerHTML.slice(0, 120))");
        all.stream().filter(entry -> !reached.contains(entry.substring(0, entry.indexOf(' ')))).distinct()
                .forEach(missing::add);
        return missing;
    }

    /** Presses Tab until the element is focused (failing if the walk comes back to the start without it). */
    private static void tabTo(Page tab, String selector) {
        for (int i = 0; i < 300; i++) {
            tab.keyboard().press("Tab");
            if (Boolean.TRUE.equals(tab.evaluate("selector => document.activeElement === document.querySelector(selector)",
                    selector))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    private static Map<String, Object> postalFiling(Desk.Catalogue centre) {
        Map<String, Object> filing = new HashMap<>(Desk.filing(centre, "OPPOSITION",
                Instant.now().minus(1, ChronoUnit.DAYS).toString()));
        filing.put("requester", Map.of("role", "SELF", "fullName", "Léa Fontaine", "postalAddress",
                "8 avenue des Tilleuls\n33000 Bordeaux"));
        return filing;
    }
}
