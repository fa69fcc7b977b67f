package fr.guichet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The desk speaks French and English; anything else, nothing included, is not one of its languages. */
class LanguagesRulesTest {

    @Test
    void onlyFrenchAndEnglishAreSupported() {
        assertThat(Languages.supported("fr")).isTrue();
        assertThat(Languages.supported("en")).isTrue();
        assertThat(Languages.supported(null)).isFalse();
        assertThat(Languages.supported("de")).isFalse();
        assertThat(Languages.supported("")).isFalse();
    }
}
