package fr.guichet.platform.web.staff;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The sign-in round trip's answers to people and to API clients: a browser is sent to sign in, a forged return gets
 * a page in the person's language, the wrong role gets a page too, and API clients keep their problem+json.
 */
@QuarkusTest
class StaffSessionPagesTest {

    @Test
    void aBrowserWithoutSessionIsSentToTheIdentityProviderWithAStateToCheck() {
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        var cookies = given().redirects().follow(false).accept("text/html").get("/desk").then().statusCode(302)
                .header("Location", startsWith(issuer))
                .header("Location", containsString("redirect_uri=http%3A%2F%2Flocalhost%3A8081%2Fdesk%2Fsigned-in"))
                .extract().cookies();
        assertThat(cookies.keySet()).anyMatch(name -> name.startsWith("q_auth"));
    }

    @Test
    void anApiClientWithoutTokenGetsAProblemNotARedirect() {
        given().get("/desk").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:guichet:problem:unauthenticated"));
    }

    @Test
    void aForgedReturnFromTheProviderGetsAPageInThePersonsLanguage() {
        // A state cookie of this name, but holding another state than the one the return carries.
        given().redirects().follow(false).accept("text/html").header("Accept-Language", "en")
                .cookie("q_auth_forged-state", "another-state|/desk")
                .queryParam("code", "stolen-code").queryParam("state", "forged-state")
                .get("/desk/signed-in").then().statusCode(401).contentType(startsWith("text/html"))
                .body(containsString("Sign-in did not complete"))
                .body(containsString("href=\"/desk\""));
    }

    @Test
    void aReplayedReturnWithoutTheBrowsersStateCookieGetsThePageToo() {
        given().redirects().follow(false).accept("text/html").header("Accept-Language", "fr")
                .queryParam("code", "replayed-code").queryParam("state", "replayed-state")
                .get("/desk/signed-in").then().statusCode(401).contentType(startsWith("text/html"))
                .body(containsString("La connexion n&#39;a pas abouti"));
    }

    @Test
    void aSignedInAccountWithoutAStaffRoleGetsAnAccessDeniedPage() {
        String partner = Tokens.of("not-staff-" + System.nanoTime(), "partner");
        given().auth().oauth2(partner).accept("text/html").header("Accept-Language", "fr").get("/desk").then()
                .statusCode(403).contentType(startsWith("text/html")).body(containsString("Accès refusé"));
        given().auth().oauth2(partner).get("/desk").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void theSignedOutPageSaysWhyInTheChosenLanguageAndRemembersIt() {
        given().queryParam("reason", "idle").queryParam("lang", "en").get("/desk/signed-out").then().statusCode(200)
                .body(containsString("Your session ended after a period without activity"))
                .cookie(StaffPages.LANGUAGE_COOKIE, "en")
                .header("Content-Security-Policy", containsString("default-src 'none'"));
        given().cookie(StaffPages.LANGUAGE_COOKIE, "en").header("Accept-Language", "fr").get("/desk/signed-out")
                .then().statusCode(200).body(containsString("You are signed out"));
        given().header("Accept-Language", "fr").get("/desk/signed-out").then().statusCode(200)
                .body(containsString("Vous êtes déconnecté"));
    }
}
