package fr.guichet.report;

import static fr.guichet.testsupport.Desk.asCompliance;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Api;
import fr.guichet.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The printable report: the figures, the chart, both languages, a strict CSP, and the API's authorisation. */
@QuarkusTest
class ReportPageTest {

    private static final String PAGE = "/reports/deadlines";

    @Test
    void rendersTheSummaryWithItsChartInFrenchByDefault() {
        Response response = page(Map.of());
        response.then().statusCode(200).contentType("text/html")
                .header("Content-Security-Policy", ReportPageResource.CONTENT_SECURITY_POLICY);
        String html = response.asString();
        assertThat(html).contains("<html lang=\"fr\">", "Rapport des délais de réponse",
                "Demandes reçues du 2026-01-01 au 2026-06-30", "<svg", "<title id=\"chart-title\">",
                "Volume mensuel et taux de réponse dans le délai", "2026-03", "href=\"/assets/report.css\"",
                "/api/v1/reports/register?from=2026-01-01&amp;to=2026-06-30",
                "/api/v1/reports/summary?from=2026-01-01&amp;to=2026-06-30");
        // Nothing loaded from elsewhere: the only URL is the SVG namespace, which is a name, not a fetch.
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
                .doesNotContain("<script", "style=\"", "http://", "https://");
        // 11 requests received, of which 6 answered: the headline table.
        assertThat(html).contains("<td>11</td>", "<td>66.7</td>", "<td>83.3</td>");
    }

    @Test
    void speaksEnglishWhenAskedOrPreferred() {
        assertThat(page(Map.of("lang", "en")).asString()).contains("<html lang=\"en\">",
                "Response deadline report", "Requests received from 2026-01-01 to 2026-06-30",
                "Monthly volume and on-time answer rate");
        String preferred = asCompliance().accept("text/html").header("Accept-Language", "en-GB,en;q=0.9,fr;q=0.5")
                .queryParams(params(Map.of())).get(PAGE).then().statusCode(200).extract().asString();
        assertThat(preferred).contains("Response deadline report");
    }

    @Test
    void theStylesheetIsLocalAndPrintable() {
        String css = given().get("/assets/report.css").then().statusCode(200).extract().asString();
        assertThat(css).contains("@media print").doesNotContain("url(", "@import");
    }

    @Test
    void needsAComplianceOrDpoSessionOrToken() {
        // A browser is sent to sign in at the identity provider; an API client is told it needs a token.
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        given().redirects().follow(false).accept("text/html").queryParams(params(Map.of())).get(PAGE).then()
                .statusCode(302).header("Location", startsWith(issuer));
        given().queryParams(params(Map.of())).get(PAGE).then().statusCode(401)
                .contentType("application/problem+json");
        Api.as(Tokens.admin()).accept("text/html").queryParams(params(Map.of())).get(PAGE).then().statusCode(403);
        Api.as(Tokens.dpo()).accept("text/html").queryParams(params(Map.of())).get(PAGE).then().statusCode(200);
    }

    private static Response page(Map<String, String> extra) {
        return asCompliance().accept("text/html").queryParams(params(extra)).get(PAGE);
    }

    private static Map<String, String> params(Map<String, String> extra) {
        Map<String, String> params = new java.util.HashMap<>(Map.of("from", "2026-01-01", "to", "2026-06-30",
                "controller", ReportFixtures.seeded().controllerId()));
        params.putAll(extra);
        return params;
    }
}
