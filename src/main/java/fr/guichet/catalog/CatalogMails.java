package fr.guichet.catalog;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.platform.config.GuichetConfig;
import fr.guichet.platform.mail.MailOutbox;
import fr.guichet.platform.mail.OutgoingMail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The catalogue's e-mails, rendered from Qute templates and the catalogMail message bundle. */
@ApplicationScoped
class CatalogMails {

    /** Bump when the wording changes: the outbox records which version was sent. */
    static final String DPO_CONTACT_NOTICE = "dpo-contact-notice/v1";

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance dpoContactNoticeText(String controllerName, String deskUrl);

        static native TemplateInstance dpoContactNoticeHtml(String controllerName, String deskUrl, String language);
    }

    private final MailOutbox outbox;
    private final GuichetConfig config;

    CatalogMails(MailOutbox outbox, GuichetConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    /**
     * Tells an address that it is now the DPO contact of a controller, so that a mistyped address shows up
     * before the first patient request does.
     */
    void queueDpoContactNotice(Controller controller) {
        Locale locale = Locale.forLanguageTag(controller.language);
        String deskUrl = config.publicUrl().toString();
        CatalogMailMessages messages = MessageBundles.get(CatalogMailMessages.class,
                Localized.Literal.of(controller.language));
        outbox.enqueue(new OutgoingMail(controller.dpoEmail, DPO_CONTACT_NOTICE,
                messages.dpoContactNotice_subject(controller.name),
                Templates.dpoContactNoticeText(controller.name, deskUrl).setLocale(locale).render(),
                Templates.dpoContactNoticeHtml(controller.name, deskUrl, controller.language).setLocale(locale).render()));
    }
}
