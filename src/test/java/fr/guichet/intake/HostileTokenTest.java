package fr.guichet.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/**
 * A link's token that is not of the token alphabet (CR/LF, NUL, a quote: attempts to write a header through the
 * status cookie) is simply an invalid link: an answer at once, the "expired link" page, and no cookie set.
 */
@QuarkusTest
class HostileTokenTest {

    /** A hang shows as a timeout instead of a stuck build. */
    private static final RestAssuredConfig PROMPT = RestAssuredConfig.config().httpClient(HttpClientConfig
            .httpClientConfig().setParam("http.socket.timeout", 5000).setParam("http.connection.timeout", 5000));

    @ParameterizedTest
    @ValueSource(strings = { "abc%0d%0aSet-Cookie:%20x=1", "abc%0aSet-Cookie:%20x=1", "abc%00def", "a%22b",
            "%E2%80%AE0123456789012345678901234567890123456789012", "abc" })
    void aStatusLinkWithAMalformedTokenIsAnsweredAsAnInvalidLink(String token) {
        Response response = given().noFilters().config(PROMPT).urlEncodingEnabled(false).redirects().follow(false)
                .accept("text/html").header("Accept-Language", "fr").get("/status?token=" + token);

        assertThat(response.statusCode()).isEqualTo(410);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.headers().getValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith(
                StatusPageResource.COOKIE + "=") || cookie.startsWith("x="));
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc%0d%0aSet-Cookie:%20x=1", "abc%00def", "a%22b" })
    void aConfirmationLinkWithAMalformedTokenIsAnsweredAsAnInvalidLink(String token) {
        Response response = given().noFilters().config(PROMPT).urlEncodingEnabled(false).accept("text/html")
                .header("Accept-Language", "fr").get("/confirm?token=" + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().asString()).doesNotContain("Set-Cookie: x").doesNotContain("value=\"a\"b");
        assertThat(response.headers().getValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("x="));
    }
}
