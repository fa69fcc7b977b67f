package fr.guichet.platform.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The settings a production start cannot do without (README, "Configuration"). They are checked before
 * Quarkus boots so that an operator gets one clear line instead of a stack trace from whichever component
 * first trips over the gap.
 */
public final class ProductionSettings {

    /** One required setting: its environment variable, the equivalent config property, and its rule. */
    public record Setting(String variable, String property, String expected, Predicate<String> valid) {
    }

    public static final List<Setting> REQUIRED = List.of(
            new Setting("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url",
                    "a jdbc:postgresql:// URL", value -> value.startsWith("jdbc:postgresql:")),
            new Setting("QUARKUS_DATASOURCE_USERNAME", "quarkus.datasource.username", "the database user", v -> true),
            new Setting("QUARKUS_DATASOURCE_PASSWORD", "quarkus.datasource.password", "the database password", v -> true),
            new Setting("QUARKUS_OIDC_AUTH_SERVER_URL", "quarkus.oidc.auth-server-url",
                    "the absolute http(s) issuer URL of the OpenID Connect provider",
                    ProductionSettings::isAbsoluteHttpUrl),
            new Setting("QUARKUS_OIDC_CLIENT_ID", "quarkus.oidc.client-id",
                    "the desk's client id at the OpenID Connect provider", v -> true),
            // Never echoed: a problem names the variable and what is expected, not the value given.
            new Setting("QUARKUS_OIDC_CREDENTIALS_SECRET", "quarkus.oidc.credentials.secret",
                    "the desk's client secret at the OpenID Connect provider", v -> true),
            new Setting("QUARKUS_MAILER_HOST", "quarkus.mailer.host", "the SMTP relay host", v -> true),
            new Setting("QUARKUS_MAILER_PORT", "quarkus.mailer.port", "the SMTP relay port (1-65535)",
                    ProductionSettings::isPort),
            new Setting("QUARKUS_MAILER_FROM", "quarkus.mailer.from", "the sender address of the desk's e-mails",
                    value -> value.contains("@")),
            new Setting("GUICHET_PUBLIC_URL", "guichet.public-url", "the absolute http(s) URL of the public desk",
                    ProductionSettings::isAbsoluteHttpUrl),
            new Setting("GUICHET_DATA_KEY", "guichet.data-key", "base64 of 32 random bytes (openssl rand -base64 32)",
                    DataKeys::isValid));

    private ProductionSettings() {
    }

    /**
     * The problems with the current settings, one phrase each; empty when production may start.
     *
     * @param lookup the value of a setting given its property name and its variable name, or null when unset
     */
    public static List<String> problems(Function<Setting, String> lookup) {
        List<String> missing = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (Setting setting : REQUIRED) {
            String value = lookup.apply(setting);
            if (value == null || value.isBlank()) {
                missing.add(setting.variable() + " (" + setting.expected() + ")");
            } else if (!setting.valid().test(value.trim())) {
                invalid.add(setting.variable() + " (expected " + setting.expected() + ")");
            }
        }
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("missing " + String.join(", ", missing));
        }
        if (!invalid.isEmpty()) {
            problems.add("invalid " + String.join(", ", invalid));
        }
        return problems;
    }

    /** Reads a setting the way the packaged application will: system property first, then environment. */
    public static String fromProcess(Setting setting) {
        String property = System.getProperty(setting.property());
        return property != null ? property : System.getenv(setting.variable());
    }

    private static boolean isPort(String value) {
        try {
            int port = Integer.parseInt(value);
            return port > 0 && port < 65536;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean isAbsoluteHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Decoding rules of GUICHET_DATA_KEY, shared with the cipher that uses it. */
    public static final class DataKeys {
        public static final int LENGTH = 32;

        private DataKeys() {
        }

        public static boolean isValid(String base64) {
            try {
                return decode(base64).length == LENGTH;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        public static byte[] decode(String base64) {
            return Base64.getDecoder().decode(base64.trim());
        }
    }
}
