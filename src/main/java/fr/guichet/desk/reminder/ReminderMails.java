package fr.guichet.desk.reminder;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.catalog.ControllerView;
import fr.guichet.desk.console.ConsoleLinks;
import fr.guichet.platform.mail.MailOutbox;
import fr.guichet.platform.mail.OutgoingMail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** Reminder e-mails, rendered in the controller's language from Qute templates and the deskMail bundle. */
@ApplicationScoped
class ReminderMails {

    /** Bump when the wording changes: the outbox records which version was sent. */
    static final String TEMPLATE = "desk-reminder/v1";

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance reminderText(ReminderMail reminder);

        static native TemplateInstance reminderHtml(ReminderMail reminder, String language);
    }

    private final MailOutbox outbox;
    private final ConsoleLinks links;

    ReminderMails(MailOutbox outbox, ConsoleLinks links) {
        this.outbox = outbox;
        this.links = links;
    }

    /** Queues the reminder in the caller's transaction; returns the outbox id. */
    UUID queue(String to, ReminderStore.RequestRef request, ReminderRules.Due due, Recipient recipient,
            ControllerView controller) {
        Locale locale = Locale.forLanguageTag(controller.language());
        ReminderMail reminder = new ReminderMail(due.threshold(), request.reference(), controller.name(),
                request.right(), request.status(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(due.date()), recipient,
                links.request(request.id()));
        DeskMailMessages messages = MessageBundles.get(DeskMailMessages.class,
                Localized.Literal.of(controller.language()));
        return outbox.enqueue(new OutgoingMail(to, TEMPLATE,
                messages.reminder_subject(due.threshold(), request.reference()),
                Templates.reminderText(reminder).setLocale(locale).render(),
                Templates.reminderHtml(reminder, controller.language()).setLocale(locale).render()));
    }
}
