package fr.guichet.platform.web;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The desk's languages and the browser's preference between them: French, the default, and English. A malformed
 * {@code Accept-Language} (such as {@code en;q=2}) is a preference the desk cannot read, so it counts as none:
 * the person gets the default language, never a refusal.
 */
public final class Languages {

    public static final String DEFAULT = "fr";
    private static final List<String> SUPPORTED = List.of("fr", "en");

    private Languages() {
    }

    public static boolean supported(String language) {
        return language != null && SUPPORTED.contains(language);
    }

    /** The first of the browser's preferred languages that the desk speaks, else French. */
    public static String preferred(HttpHeaders headers) {
        return acceptable(headers).stream().map(Locale::getLanguage).filter(Languages::supported).findFirst()
                .orElse(DEFAULT);
    }

    /** {@code lang} when it names a language of the desk, else the browser's preference. */
    public static String chosen(String lang, HttpHeaders headers) {
        return supported(lang) ? lang : preferred(headers);
    }

    private static List<Locale> acceptable(HttpHeaders headers) {
        try {
            return headers.getAcceptableLanguages();
        } catch (IllegalArgumentException | WebApplicationException e) {
            return List.of();
        }
    }
}
