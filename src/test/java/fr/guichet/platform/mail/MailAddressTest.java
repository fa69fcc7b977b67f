package fr.guichet.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The addresses the desk accepts are those a mail relay delivers to. */
class MailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = { "camille.martin@patient.example", "c+desk@ccc-strasbourg.fr", "o'neil@example.org",
            "a.b-c_d@sub.domain.example" })
    void anOrdinaryAddressIsAccepted(String address) {
        assertThat(MailAddress.Validator.valid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"a b\"@b.example", "a b@b.example", "a@localhost", "a@[127.0.0.1]", "a..b@b.example",
            ".a@b.example", "a@b.example\r\nBcc: x@y.example", "a@-b.example", "a@b_c.example", "@b.example",
            "a@" })
    void anAddressARelayWouldRefuseIsRefused(String address) {
        assertThat(MailAddress.Validator.valid(address)).isFalse();
    }
}
