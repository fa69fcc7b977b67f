package fr.guichet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The forms' CSRF token: only a form served to this browser, signed with the desk's key, is accepted. */
@QuarkusTest
class CsrfTest {

    @Inject
    Csrf csrf;

    @Test
    void aFormTokenMatchesOnlyTheCookieItWasIssuedFor() {
        Csrf.Issued first = csrf.issue(null);
        String cookie = first.cookie().getValue();
        assertThat(first.cookie().isHttpOnly()).isTrue();
        assertThat(csrf.valid(cookie, first.formToken())).isTrue();
        // The same browser keeps its cookie and gets the same token on the next page.
        Csrf.Issued again = csrf.issue(cookie);
        assertThat(again.cookie()).isNull();
        assertThat(again.formToken()).isEqualTo(first.formToken());

        Csrf.Issued other = csrf.issue(null);
        assertThat(csrf.valid(other.cookie().getValue(), first.formToken())).isFalse();
        assertThat(csrf.valid(cookie, null)).isFalse();
        assertThat(csrf.valid(null, first.formToken())).isFalse();
        // A cookie planted by another site with its own guess of the form token is refused.
        assertThat(csrf.valid("planted", "planted")).isFalse();
    }
}
