package fr.guichet.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import fr.guichet.platform.error.DomainException;

/** The catalogue's plain-Java rules: rights a legal basis cannot admit, and where webhooks may point. */
class CatalogRulesTest {

    @Test
    void aLegalObligationExcludesOppositionErasureAndPortability() {
        assertThat(LegalBasis.LEGAL_OBLIGATION.excludedRights())
                .containsExactlyInAnyOrder(Right.OPPOSITION, Right.ERASURE, Right.PORTABILITY);
    }

    @Test
    void portabilityNeedsConsentOrContract() {
        assertThat(LegalBasis.CONSENT.excludedRights()).isEmpty();
        assertThat(LegalBasis.CONTRACT.excludedRights()).isEmpty();
        for (LegalBasis basis : new LegalBasis[] { LegalBasis.PUBLIC_TASK, LegalBasis.LEGITIMATE_INTEREST,
                LegalBasis.VITAL_INTEREST }) {
            assertThat(basis.excludedRights()).containsExactly(Right.PORTABILITY);
        }
    }

    @Test
    void webhooksUseTlsExceptToThisHost() {
        assertThat(PartnerService.checkedWebhookUrl("https://weshare.example/hooks")).isEqualTo("https://weshare.example/hooks");
        assertThat(PartnerService.checkedWebhookUrl("http://127.0.0.1:8089/hooks")).isNotNull();
        assertThat(PartnerService.checkedWebhookUrl("http://localhost:8089/hooks")).isNotNull();
        assertThat(PartnerService.checkedWebhookUrl("http://[::1]:8089/hooks")).isNotNull();
        assertThat(PartnerService.checkedWebhookUrl(null)).isNull();
        for (String bad : new String[] { "http://weshare.example/hooks", "ftp://weshare.example", "/hooks",
                "https://user:pw@weshare.example/hooks", "http://10.0.0.8/hooks", "not a url" }) {
            assertThatThrownBy(() -> PartnerService.checkedWebhookUrl(bad)).as(bad).isInstanceOf(DomainException.class);
        }
    }
}
