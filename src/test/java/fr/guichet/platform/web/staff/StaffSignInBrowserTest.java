package fr.guichet.platform.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import fr.guichet.testsupport.Api;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.StaffBrowser;
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

        try (StaffBrowser browser = StaffBrowser.open(root.toString(), locale)) {
            Page tab = browser.tab();
            browser.signIn("/desk", subject, "compliance");
            assertThat(tab.locator("h1").textContent()).isEqualTo(homeTitle);
            assertThat(tab.content()).contains(centreName);
            browser.check("staff-" + language + "-home");

            tab.navigate(browser.url("/reports/deadlines"));
            assertThat(tab.title()).startsWith(reportTitle);
            browser.check("staff-" + language + "-report");

            Download download = tab.waitForDownload(() -> tab.locator("a[href*='/api/v1/reports/register']").first()
                    .click());
            String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFF").contains("reference");

            tab.navigate(browser.url("/desk"));
            tab.getByText(signOut).click();
            tab.waitForURL(url -> url.startsWith(browser.url("/desk/signed-out")));
            assertThat(tab.locator("h1").textContent()).isEqualTo(signedOutTitle);
            browser.check("staff-" + language + "-signed-out");

            tab.navigate(browser.url("/desk"));
            assertThat(tab.url()).as("signed out: sent to sign in again").startsWith(StaffBrowser.issuer());
        }
    }
}
