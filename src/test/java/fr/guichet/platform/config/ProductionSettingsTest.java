package fr.guichet.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.guichet.platform.config.ProductionSettings.Setting;

/** The production start-up contract: which settings are required and how their problems are reported. */
class ProductionSettingsTest {

    private static final String CLIENT_SECRET = "s3cr3t-Of-The-Desk-Client";

    private static Map<String, String> complete() {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db:5432/guichet");
        env.put("QUARKUS_DATASOURCE_USERNAME", "guichet");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "secret");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", "https://idp.example/realms/guichet");
        env.put("QUARKUS_OIDC_CLIENT_ID", "guichet");
        env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", CLIENT_SECRET);
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
    void theOpenIdConnectSettingsAreNamedWhenMissingOrInvalidAndTheSecretIsNeverPrinted() {
        Map<String, String> env = complete();
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", "idp.example/realms/guichet");
        env.remove("QUARKUS_OIDC_CLIENT_ID");

        java.util.List<String> problems = problems(env);

        assertThat(problems).containsExactly(
                "missing QUARKUS_OIDC_CLIENT_ID (the desk's client id at the OpenID Connect provider)",
                "invalid QUARKUS_OIDC_AUTH_SERVER_URL (expected the absolute http(s) issuer URL of the OpenID "
                        + "Connect provider)");
        assertThat(String.join("\n", problems)).doesNotContain(CLIENT_SECRET);

        env = complete();
        env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", " ");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", "ftp://idp.example/realms/guichet");
        assertThat(problems(env)).containsExactly(
                "missing QUARKUS_OIDC_CREDENTIALS_SECRET (the desk's client secret at the OpenID Connect provider)",
                "invalid QUARKUS_OIDC_AUTH_SERVER_URL (expected the absolute http(s) issuer URL of the OpenID "
                        + "Connect provider)");
    }

    @Test
    void noProblemEverRepeatsTheValueOfASetting() {
        // The start-up line goes to the log: a mistyped secret must not land there.
        for (Setting setting : ProductionSettings.REQUIRED) {
            Map<String, String> env = complete();
            env.put(setting.variable(), "looks-like-a-secret-" + setting.variable());
            assertThat(String.join("\n", problems(env))).doesNotContain("looks-like-a-secret-");
        }
    }

    @Test
    void aDataKeyMustBeBase64OfExactly32Bytes() {
        assertThat(ProductionSettings.DataKeys.isValid(Base64.getEncoder().encodeToString(new byte[32]))).isTrue();
        assertThat(ProductionSettings.DataKeys.isValid(Base64.getEncoder().encodeToString(new byte[31]))).isFalse();
        assertThat(ProductionSettings.DataKeys.isValid("not base64 !")).isFalse();
    }
}
