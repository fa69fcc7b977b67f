package fr.guichet.platform.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.guichet.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A preference the desk cannot read ({@code en;q=2}, a weight out of range or garbage) is no preference: the
 * public pages and the report page answer in French instead of refusing the request.
 */
@QuarkusTest
class LanguagesTest {

    @ParameterizedTest
    @ValueSource(strings = { "en;q=2", "en;q=abc", ";;;", "en-GB;q=-1, fr;q=0.5" })
    void aMalformedAcceptLanguageGetsThePageInFrench(String acceptLanguage) {
        Response status = given().noFilters().accept("text/html").header("Accept-Language", acceptLanguage)
                .get("/status");
        Response confirm = given().noFilters().accept("text/html").header("Accept-Language", acceptLanguage)
                .get("/confirm?token=" + "A".repeat(43));
        Response report = given().auth().oauth2(Tokens.of("test-compliance", "compliance")).accept("text/html")
                .header("Accept-Language", acceptLanguage).get("/reports/deadlines");

        for (Response page : new Response[] { status, confirm, report }) {
            assertThat(page.statusCode()).isNotEqualTo(400).isLessThan(500);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body().asString()).contains("lang=\"fr\"");
        }
    }
}
