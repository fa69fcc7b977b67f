package fr.guichet.report;

import static fr.guichet.testsupport.Desk.asCompliance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The printable page links to the CSV exports, and a link in a browser cannot set {@code Accept}: {@code format}
 * chooses the type whatever the browser accepts.
 */
@QuarkusTest
class ExportFormatApiTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Map<String, String> PERIOD = Map.of("from", "2026-01-01", "to", "2026-01-31");

    @Test
    void aBrowserFollowingTheCsvLinksGetsCsv() {
        for (String export : new String[] { "/api/v1/reports/summary", "/api/v1/reports/register" }) {
            String body = asCompliance().accept(BROWSER).queryParams(PERIOD).queryParam("format", "csv").get(export)
                    .then().statusCode(200).header("Content-Type", startsWith("text/csv")).extract().asString();
            assertThat(body).as(export).startsWith("\uFEFF");
        }
    }

    @Test
    void formatOverridesAcceptAndNegotiationStaysTheDefault() {
        asCompliance().accept("text/csv").queryParams(PERIOD).queryParam("format", "json")
                .get("/api/v1/reports/summary").then().statusCode(200)
                .header("Content-Type", startsWith("application/json"));
        asCompliance().accept("application/json").queryParams(PERIOD).get("/api/v1/reports/summary").then()
                .statusCode(200).header("Content-Type", startsWith("application/json"));
        asCompliance().accept("text/csv").queryParams(PERIOD).get("/api/v1/reports/summary").then()
                .statusCode(200).header("Content-Type", startsWith("text/csv"));
        asCompliance().accept("application/json").queryParams(PERIOD).queryParam("format", "xml")
                .get("/api/v1/reports/register").then().statusCode(400)
                .body("violations[0].field", equalTo("format"));
    }
}
