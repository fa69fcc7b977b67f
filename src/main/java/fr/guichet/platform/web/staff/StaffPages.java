package fr.guichet.platform.web.staff;

import java.net.URI;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.ConfigProvider;

import fr.guichet.platform.web.Languages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * What every staff page shares: the language the staff member chose (remembered in a cookie), the shell's words, and
 * the headers that lock a page down. Pages of the features render their own templates inside staff/layout.
 */
public final class StaffPages {

    /** The staff member's language choice, remembered across pages and visits. */
    public static final String LANGUAGE_COOKIE = "guichet-staff-lang";

    /**
     * Local stylesheet only, no script, never framed; forms only to this site, which may send them on to the identity
     * provider (signing out ends the provider's session too, and browsers apply form-action to that redirect).
     */
    private static volatile String contentSecurityPolicy;

    @CheckedTemplate(basePath = "staff")
    static class Templates {
        static native TemplateInstance message(String title, String text, String linkUrl, String linkLabel,
                String otherLanguageUrl, boolean signedIn);
    }

    private StaffPages() {
    }

    /**
     * The page's language: {@code lang} when given (the language link), else the remembered choice, else the
     * browser's preference between French and English, else French.
     */
    public static String language(String lang, HttpHeaders headers) {
        if (Languages.supported(lang)) {
            return lang;
        }
        var cookie = headers.getCookies().get(LANGUAGE_COOKIE);
        return cookie != null && Languages.supported(cookie.getValue()) ? cookie.getValue()
                : Languages.preferred(headers);
    }

    public static StaffMessages messages(String language) {
        return MessageBundles.get(StaffMessages.class, Localized.Literal.of(language));
    }

    /** The address of the same page in the other language. */
    public static String otherLanguageUrl(String path, String language) {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + ("fr".equals(language) ? "en" : "fr");
    }

    /** A staff page: never cached (it shows personal data), never sent on as a referrer; the language remembered. */
    public static Response html(Response.StatusType status, TemplateInstance page, String language) {
        return Response.status(status)
                .entity(page.setLocale(Locale.forLanguageTag(language)).render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", contentSecurityPolicy())
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .cookie(new NewCookie.Builder(LANGUAGE_COOKIE).value(language).path("/").maxAge(365 * 24 * 3600)
                        .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build())
                .build();
    }

    static String contentSecurityPolicy() {
        if (contentSecurityPolicy == null) {
            String provider = ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                    .map(StaffPages::origin).orElse("");
            contentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'"
                    + provider + "; frame-ancestors 'none'; base-uri 'none'";
        }
        return contentSecurityPolicy;
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() == null || uri.getHost() == null ? ""
                : " " + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /** A page that only says something, with one link onwards. */
    public static Response message(Response.StatusType status, String language, String path, String title,
            String text, String linkUrl, String linkLabel, boolean signedIn) {
        return html(status, Templates.message(title, text, linkUrl, linkLabel, otherLanguageUrl(path, language),
                signedIn), language);
    }
}
