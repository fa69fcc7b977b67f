package fr.guichet.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.guichet.platform.config.ProductionSettings.Setting;

/** The production start-up contract: which settings are required and how their problems are reported. */
class ProductionSettingsTest {

    private static Map<String, String> complete() {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db:5432/guichet");
        env.put("QUARKUS_DATASOURCE_USERNAME", "guichet");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "secret");
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "https://idp.example/jwks");
        env.put("MP_JWT_VERIFY_ISSUER", "https://idp.example/realms/guichet");
        env.put("QUARKUS_MAILER_HOST", "smtp.example");
        env.put("QUARKUS_MAILER_PORT", "587");
        env.put("QUARKUS_MAILER_FROM", "guichet@hopital.example");
        env.put("GUICHET_PUBLIC_URL", "https://guichet.hopital.example");
        env.put("GUICHET_DATA_KEY", Base64.getEncoder().encodeToString(new byte[32]));
        return env;
    }

    private static java.util.List<String> problems(Map<String, String> env) {
        return ProductionSettings.problems((Setting s) -> env.get(s.variable()));
    }

    @Test
    void aCompleteSetStarts() {
        assertThat(problems(complete())).isEmpty();
    }

    @Test
    void eachMissingVariableIsNamed() {
        for (Setting setting : ProductionSettings.REQUIRED) {
            Map<String, String> env = complete();
            env.remove(setting.variable());
            assertThat(problems(env)).singleElement().asString().startsWith("missing " + setting.variable());
        }
    }

    @Test
    void blankCountsAsMissingAndInvalidValuesAreNamedWithWhatIsExpected() {
        Map<String, String> env = complete();
        env.put("QUARKUS_DATASOURCE_PASSWORD", "  ");
        env.put("GUICHET_DATA_KEY", Base64.getEncoder().encodeToString(new byte[16]));
        env.put("QUARKUS_MAILER_PORT", "smtp");
        env.put("GUICHET_PUBLIC_URL", "guichet.example");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mysql://db/guichet");
        assertThat(problems(env)).containsExactly("missing QUARKUS_DATASOURCE_PASSWORD (the database password)",
                "invalid QUARKUS_DATASOURCE_JDBC_URL (expected a jdbc:postgresql:// URL), "
                        + "QUARKUS_MAILER_PORT (expected the SMTP relay port (1-65535)), "
                        + "GUICHET_PUBLIC_URL (expected the absolute http(s) URL of the public desk), "
                        + "GUICHET_DATA_KEY (expected base64 of 32 random bytes (openssl rand -base64 32))");
    }

    @Test
    void aDataKeyMustBeBase64OfExactly32Bytes() {
        assertThat(ProductionSettings.DataKeys.isValid(Base64.getEncoder().encodeToString(new byte[32]))).isTrue();
        assertThat(ProductionSettings.DataKeys.isValid(Base64.getEncoder().encodeToString(new byte[31]))).isFalse();
        assertThat(ProductionSettings.DataKeys.isValid("not base64 !")).isFalse();
    }
}
