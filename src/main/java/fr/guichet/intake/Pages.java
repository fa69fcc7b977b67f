package fr.guichet.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.guichet.platform.web.Languages;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** What every public page shares: its language, its words, and the headers that lock it down. */
final class Pages {

    /** Local stylesheet only, no script at all, forms only to this site, never framed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private Pages() {
    }

    static Response html(TemplateInstance page, String language) {
        return html(Response.Status.OK, page, language);
    }

    /** Pages carry personal data and single-use tokens: not cached, not sent on as a referrer. */
    static Response html(Response.StatusType status, TemplateInstance page, String language) {
        return Response.status(status)
                .entity(page.setLocale(Locale.forLanguageTag(language)).render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Sets the CSRF cookie when this browser had none. */
    static Response withCookie(Response page, Csrf.Issued csrf) {
        return csrf.cookie() == null ? page : Response.fromResponse(page).cookie(csrf.cookie()).build();
    }

    static IntakeMessages messages(String language) {
        return MessageBundles.get(IntakeMessages.class, Localized.Literal.of(language));
    }

    /** English when the browser prefers it to French; French otherwise. */
    static String language(HttpHeaders headers) {
        return Languages.preferred(headers);
    }

    static String date(LocalDate date, String language) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(language)).format(date);
    }

    static String date(Instant instant, String zone, String language) {
        return date(instant.atZone(ZoneId.of(zone)).toLocalDate(), language);
    }
}
