package fr.guichet.desk.arrival;

import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.platform.mail.MailOutbox;
import fr.guichet.platform.mail.OutgoingMail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** Arrival e-mails, alone or as a digest, rendered from Qute templates and the arrivalMail and deskMail bundles. */
@ApplicationScoped
class ArrivalMails {

    /** Bump when the wording changes: the outbox records which version was sent. */
    static final String TEMPLATE = "desk-arrival/v1";
    static final String DIGEST_TEMPLATE = "desk-arrival-digest/v1";

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance arrivalText(ArrivalMail arrival);

        static native TemplateInstance arrivalHtml(ArrivalMail arrival, String language);

        static native TemplateInstance arrivalDigestText(ArrivalDigest digest);

        static native TemplateInstance arrivalDigestHtml(ArrivalDigest digest, String language);
    }

    private final MailOutbox outbox;

    ArrivalMails(MailOutbox outbox) {
        this.outbox = outbox;
    }

    /** Queues the e-mail about one arrival in the caller's transaction; returns the outbox id. */
    UUID queue(String to, ArrivalMail arrival, String language) {
        Locale locale = Locale.forLanguageTag(language);
        return outbox.enqueue(new OutgoingMail(to, TEMPLATE,
                messages(language).subject(arrival.kind(), arrival.reference(), arrival.partnerName()),
                Templates.arrivalText(arrival).setLocale(locale).render(),
                Templates.arrivalHtml(arrival, language).setLocale(locale).render()));
    }

    /** Queues one recipient's digest in the caller's transaction; returns the outbox id. */
    UUID queueDigest(String to, ArrivalDigest digest, String language) {
        Locale locale = Locale.forLanguageTag(language);
        return outbox.enqueue(new OutgoingMail(to, DIGEST_TEMPLATE, messages(language).digest_subject(digest.total()),
                Templates.arrivalDigestText(digest).setLocale(locale).render(),
                Templates.arrivalDigestHtml(digest, language).setLocale(locale).render()));
    }

    private static ArrivalMailMessages messages(String language) {
        return MessageBundles.get(ArrivalMailMessages.class, Localized.Literal.of(language));
    }
}
