package fr.guichet.desk.letters;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.catalog.ControllerView;
import fr.guichet.catalog.Right;
import fr.guichet.intake.StatusLinks;
import fr.guichet.platform.mail.MailOutbox;
import fr.guichet.platform.mail.OutgoingMail;
import fr.guichet.request.LegalGround;
import fr.guichet.request.Outcome;
import fr.guichet.request.RequesterNotice;
import fr.guichet.request.RequesterNotices;
import fr.guichet.request.deadline.Deadlines;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Writes the letters to requesters: the reference, dates, a status link and, for refusals, the Art. 12(4)
 * mentions. Never the request's content, nor health data: what the person asked and what the desk answered in
 * detail are on the status page behind the link (legal-rules.md §4).
 */
@ApplicationScoped
public class RequesterLetters implements RequesterNotices {

    /** Rights whose grant partners must apply (Art. 19). */
    private static final Set<Right> TOLD_TO_RECIPIENTS = EnumSet.of(Right.RECTIFICATION, Right.ERASURE,
            Right.LIMITATION, Right.OPPOSITION);

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance requesterLetterText(LetterContent letter);

        static native TemplateInstance requesterLetterHtml(LetterContent letter);
    }

    private final MailOutbox outbox;
    private final StatusLinks links;

    RequesterLetters(MailOutbox outbox, StatusLinks links) {
        this.outbox = outbox;
        this.links = links;
    }

    @Override
    public Optional<RequesterNotices.SentLetter> notify(RequesterNotice notice) {
        Letter letter = Letter.forStep(notice.step(), notice.outcome());
        if (notice.email() == null) {
            // Only a postal address: staff send this letter themselves; the history says it is owed.
            return Optional.of(new RequesterNotices.SentLetter(letter.template(), null));
        }
        StatusLinks.StatusLink link = links.mint(notice.requestId());
        return Optional.of(new RequesterNotices.SentLetter(letter.template(),
                send(letter, notice.email(), write(letter, notice, link))));
    }

    /**
     * The letter a step would write, as the requester would read it (plain text, in their language), for staff to
     * check before they confirm the step. Its status link is a stand-in: a working one is minted only when the letter
     * is really written. No e-mail address means the letter is owed by post.
     */
    public LetterPreview preview(RequesterNotice notice) {
        Letter letter = Letter.forStep(notice.step(), notice.outcome());
        LetterContent content = write(letter, notice, links.unminted("…"));
        return new LetterPreview(content.language(), content.subject(), Templates.requesterLetterText(content)
                .setLocale(Locale.forLanguageTag(content.language())).render(), notice.email() == null);
    }

    /** @param byPost the requester has no e-mail address: staff print and post this letter */
    public record LetterPreview(String language, String subject, String text, boolean byPost) {
    }

    /**
     * Asks a web filer to confirm their e-mail address: the reference and a single-use link, nothing of what they
     * asked. Queued in the caller's transaction; returns the queued mail.
     */
    public UUID confirmation(String language, String email, String reference, URI link, Instant expiresAt,
            ControllerView controller) {
        RequesterMailMessages m = messages(language);
        ZonedDateTime until = expiresAt.atZone(ZoneId.of(controller.timeZone()));
        String validity = m.confirmation_validity(dates(language).format(until.toLocalDate()),
                DateTimeFormatter.ofPattern("HH:mm").format(until));
        return send(Letter.CONFIRMATION, email, new LetterContent(language, m.confirmation_subject(reference),
                m.greeting(), List.of(m.confirmation_what(), m.confirmation_notYou()), m.remedies_intro(), List.of(),
                m.confirmation_link(), link.toString(), validity, m.reference(reference),
                m.signature(controller.name()), m.noContent()));
    }

    /** A fresh status link for a request, which the person asked to receive again. */
    public UUID statusLink(String language, String email, String reference, StatusLinks.StatusLink link,
            ControllerView controller) {
        RequesterMailMessages m = messages(language);
        LocalDate validUntil = link.expiresAt().atZone(ZoneId.of(controller.timeZone())).toLocalDate();
        return send(Letter.STATUS_LINK, email, new LetterContent(language, m.statusLink_subject(reference),
                m.greeting(), List.of(m.statusLink_what()), m.remedies_intro(), List.of(), m.followLink(),
                link.url().toString(), m.linkValidity(dates(language).format(validUntil)), m.reference(reference),
                m.signature(controller.name()), m.noContent()));
    }

    private UUID send(Letter letter, String email, LetterContent content) {
        Locale locale = Locale.forLanguageTag(content.language());
        return outbox.enqueue(new OutgoingMail(email, letter.template(), content.subject(),
                Templates.requesterLetterText(content).setLocale(locale).render(),
                Templates.requesterLetterHtml(content).setLocale(locale).render()));
    }

    static RequesterMailMessages messages(String language) {
        return MessageBundles.get(RequesterMailMessages.class, Localized.Literal.of(language));
    }

    static DateTimeFormatter dates(String language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language));
    }

    static LetterContent write(Letter letter, RequesterNotice notice, StatusLinks.StatusLink link) {
        RequesterMailMessages m = messages(notice.language());
        DateTimeFormatter dates = dates(notice.language());
        Deadlines deadlines = notice.deadlines();
        String reference = notice.reference();
        String right = right(m, notice.right());
        List<String> paragraphs = new ArrayList<>();
        String subject = switch (letter) {
            case ACKNOWLEDGEMENT -> {
                paragraphs.add(m.acknowledgement_received(dates.format(deadlines.receiptDate()), right));
                // The extension notice is due by the same date (legal-rules.md §1), so one date is enough.
                paragraphs.add(m.acknowledgement_due(dates.format(deadlines.effectiveDue())));
                paragraphs.add(m.acknowledgement_privacy());
                yield m.acknowledgement_subject(reference);
            }
            case INFORMATION_REQUEST -> {
                paragraphs.add(m.informationRequest_what());
                // Only a prompt request suspends the clock (legal-rules.md §1): say so only when it does.
                if (deadlines.paused()) {
                    paragraphs.add(m.informationRequest_paused());
                }
                yield m.informationRequest_subject(reference);
            }
            case EXTENSION_NOTICE -> {
                paragraphs.add(switch (notice.extensionReason()) {
                    case COMPLEXITY -> m.extension_COMPLEXITY();
                    case NUMBER_OF_REQUESTS -> m.extension_NUMBER_OF_REQUESTS();
                });
                paragraphs.add(m.extension_due(dates.format(deadlines.effectiveDue())));
                yield m.extension_subject(reference);
            }
            case ANSWER, REFUSAL -> {
                paragraphs.add(answer(m, notice.outcome(), right));
                if (notice.outcome().grantsSomething() && TOLD_TO_RECIPIENTS.contains(notice.right())) {
                    paragraphs.add(m.answer_partnersTold());
                }
                if (letter == Letter.REFUSAL) {
                    paragraphs.add(m.refusal_ground(ground(m, notice.legalGround()), notice.citation()));
                }
                paragraphs.add(m.answer_where());
                yield m.answer_subject(reference);
            }
            case LAPSED -> {
                paragraphs.add(m.lapsed_what());
                yield m.lapsed_subject(reference);
            }
            case WITHDRAWAL -> {
                paragraphs.add(m.withdrawal_what(right));
                yield m.withdrawal_subject(reference);
            }
            case OPPOSITION_WITHDRAWN -> {
                paragraphs.add(m.oppositionWithdrawn_what());
                yield m.oppositionWithdrawn_subject(reference);
            }
            case LIFT_NOTICE -> {
                paragraphs.add(m.liftNotice_what());
                yield m.liftNotice_subject(reference);
            }
            case CLOSURE -> {
                paragraphs.add(m.closure_what(right));
                yield m.closure_subject(reference);
            }
            case CONFIRMATION, STATUS_LINK -> throw new IllegalArgumentException(letter + " is not a request step");
        };
        List<String> remedies = letter.tellsRemedies()
                ? List.of(m.remedies_cnil(), m.remedies_court(), m.remedies_dpo())
                : List.of();
        LocalDate linkValidUntil = link.expiresAt().atZone(ZoneId.of(notice.controller().timeZone())).toLocalDate();
        return new LetterContent(notice.language(), subject, m.greeting(), paragraphs, m.remedies_intro(), remedies,
                m.followLink(), link.url().toString(), m.linkValidity(dates.format(linkValidUntil)),
                m.reference(reference), m.signature(notice.controller().name()), m.noContent());
    }

    private static String answer(RequesterMailMessages m, Outcome outcome, String right) {
        return switch (outcome) {
            case GRANTED -> m.answer_granted(right);
            case PARTIALLY_GRANTED -> m.answer_partiallyGranted(right);
            case NOT_APPLICABLE -> m.answer_notApplicable(right);
            case REFUSED, LAPSED -> m.answer_refused(right);
        };
    }

    private static String right(RequesterMailMessages m, Right right) {
        return switch (right) {
            case ACCESS -> m.right_ACCESS();
            case RECTIFICATION -> m.right_RECTIFICATION();
            case ERASURE -> m.right_ERASURE();
            case LIMITATION -> m.right_LIMITATION();
            case OPPOSITION -> m.right_OPPOSITION();
            case PORTABILITY -> m.right_PORTABILITY();
        };
    }

    private static String ground(RequesterMailMessages m, LegalGround ground) {
        return switch (ground) {
            case ART_12_5 -> m.ground_ART_12_5();
            case ART_15_4 -> m.ground_ART_15_4();
            case ART_17_3_B -> m.ground_ART_17_3_B();
            case ART_17_3_C -> m.ground_ART_17_3_C();
            case ART_17_3_D -> m.ground_ART_17_3_D();
            case ART_17_3_E -> m.ground_ART_17_3_E();
            case ART_21_1 -> m.ground_ART_21_1();
            case ART_21_6 -> m.ground_ART_21_6();
            case NATIONAL_DEROGATION -> m.ground_NATIONAL_DEROGATION();
            case ART_11_2 -> m.ground_ART_11_2();
            case LEGAL_BASIS -> m.ground_LEGAL_BASIS();
        };
    }
}
