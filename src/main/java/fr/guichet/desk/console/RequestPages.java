package fr.guichet.desk.console;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.catalog.CatalogDirectory;
import fr.guichet.catalog.ControllerView;
import fr.guichet.catalog.ProcessingView;
import fr.guichet.desk.documents.DocumentView;
import fr.guichet.desk.letters.Letter;
import fr.guichet.desk.staff.StaffDirectory;
import fr.guichet.propagation.PropagationView;
import fr.guichet.request.Action;
import fr.guichet.request.ExtensionReason;
import fr.guichet.request.LegalGround;
import fr.guichet.request.Outcome;
import fr.guichet.request.QueueRisk;
import fr.guichet.request.RequestView;
import fr.guichet.request.deadline.Deadlines;
import fr.guichet.request.deadline.PauseView;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** Turns a request as the services give it into the request page's words, in the staff member's language. */
@ApplicationScoped
public class RequestPages {

    /** The decisions staff take; LAPSED is the desk's own, when a request for information goes unanswered. */
    private static final List<Outcome> DECISIONS = List.of(Outcome.GRANTED, Outcome.PARTIALLY_GRANTED,
            Outcome.REFUSED, Outcome.NOT_APPLICABLE);

    private final CatalogDirectory catalog;
    private final StaffDirectory staff;
    private final Clock clock;

    RequestPages(CatalogDirectory catalog, StaffDirectory staff, Clock clock) {
        this.catalog = catalog;
        this.staff = staff;
        this.clock = clock;
    }

    /** The state of the forms a DPO sees: the values and errors of a refused form, and a notice after success. */
    public record FormState(String csrf, String me, Map<String, String> values, Map<String, String> errors,
            String erroredAction, String notice) {
    }

    /**
     * @param receivedLetters the scans of the letter the request came in
     * @param forms null for a reader who may not act (compliance)
     */
    public RequestPage build(RequestView view, List<DocumentView> receivedLetters, List<DocumentView> documents,
            String language, FormState forms) {
        RequestPageMessages m = messages(language);
        Vocabulary words = Vocabulary.of(language);
        ControllerView controller = catalog.controller(view.controllerId());
        Dates dates = new Dates(language, ZoneId.of(controller.timeZone()));
        Set<String> people = new HashSet<>();
        view.history().forEach(entry -> people.add(entry.actor()));
        if (view.assignee() != null) {
            people.add(view.assignee());
        }
        Map<String, String> names = staff.names(people);
        List<ProcessingView> processings = catalog.processings(view.processingIds());
        Deadlines deadlines = view.deadlines();
        QueueRisk risk = QueueRisk.of(view.status(), deadlines, LocalDate.now(clock.withZone(dates.zone())));
        return new RequestPage(view.id().toString(), view.reference(), words.right(view.right()),
                words.status(view.status()), words.outcome(view.outcome()), words.risk(risk),
                risk == null ? "" : "risk-" + risk.name().toLowerCase(Locale.ROOT).replace('_', '-'), controller.name(),
                processings.stream().map(ProcessingView::name).sorted().toList(), words.channel(view.channel()),
                dates.instant(view.receivedAt()), "en".equals(view.language()) ? m.language_en() : m.language_fr(),
                view.assignee() == null ? m.nobody() : names.get(view.assignee()),
                identity(view, words, m), panel(deadlines, dates, m),
                view.history().stream().map(entry -> new RequestPage.Line(dates.instant(entry.occurredAt()),
                        event(entry, words, m, names, dates), names.get(entry.actor()))).toList(),
                letters(view, dates, m), documents(receivedLetters, dates, m), documents(documents, dates, m),
                view.propagation().stream().map(event -> new RequestPage.Partner(event.partnerId(),
                        eventType(event, m), propagation(event, dates, m))).toList(),
                view.propagationSla() == null || view.propagationSla().due() == null ? null
                        : dates.date(view.propagationSla().due()),
                view.propagationSla() != null && view.propagationSla().overdue(),
                forms == null ? null : work(view, words, forms, processings, dates),
                view.letters().stream().anyMatch(letter -> letter.by() == RequestView.LetterChannel.POST
                        && letter.postedOn() == null));
    }

    static RequestPageMessages messages(String language) {
        return MessageBundles.get(RequestPageMessages.class, Localized.Literal.of(language));
    }

    private static RequestPage.Identity identity(RequestView view, Vocabulary words, RequestPageMessages m) {
        RequestView.Requester requester = view.requester();
        return new RequestPage.Identity(words.requesterRole(requester.role()), requester.fullName(),
                requester.email(), requester.postalAddress(), view.subject() == null ? null : view.subject().fullName(),
                view.participantCode(), view.details(), view.reason());
    }

    private static RequestPage.Panel panel(Deadlines deadlines, Dates dates, RequestPageMessages m) {
        List<String> pauses = new ArrayList<>();
        for (PauseView pause : deadlines.pauses()) {
            if (pause.answeredOn() == null) {
                pauses.add(m.pauseOpen(dates.date(pause.requestedOn())));
            } else if (!pause.counted()) {
                pauses.add(m.pauseIgnored(dates.date(pause.requestedOn())));
            } else {
                pauses.add(m.pause(dates.date(pause.requestedOn()), dates.date(pause.answeredOn()),
                        Integer.toString(pause.days())));
            }
        }
        String standing;
        if (deadlines.paused()) {
            standing = m.paused();
        } else if (deadlines.daysRemaining() == null) {
            standing = "";
        } else if (deadlines.daysRemaining() < 0) {
            standing = m.daysLate(Integer.toString(-deadlines.daysRemaining()));
        } else if (deadlines.daysRemaining() == 0) {
            standing = m.dueToday();
        } else {
            standing = m.daysLeft(Integer.toString(deadlines.daysRemaining()));
        }
        return new RequestPage.Panel(dates.date(deadlines.receiptDate()), dates.date(deadlines.responseDue()),
                dates.date(deadlines.extensionNoticeDue()), dates.date(deadlines.extendedDue()),
                dates.date(deadlines.internalTarget()), dates.date(deadlines.effectiveDue()),
                Integer.toString(deadlines.pausedDays()), pauses, standing);
    }

    private static String event(RequestView.History entry, Vocabulary words, RequestPageMessages m,
            Map<String, String> names, Dates dates) {
        String note = entry.details() == null ? null : entry.details().get("note");
        return switch (entry.event()) {
            case "FILED" -> m.event_FILED();
            case "ASSIGNED" -> m.event_ASSIGNED(names.getOrDefault(entry.details().get("assignee"),
                    entry.details().get("assignee")));
            case "UNASSIGNED" -> m.event_UNASSIGNED();
            case "NOTE" -> note == null ? m.event_NOTE() : m.event_NOTE() + " : " + note;
            case "DOCUMENT_ATTACHED" -> m.event_DOCUMENT_ATTACHED();
            case "LETTER_POSTED" -> m.event_LETTER_POSTED(dates.date(LocalDate.parse(entry.details().get("postedOn"))),
                    Letter.ofTemplate(entry.details().get("postedLetter")).map(letter -> letterWord(letter, m))
                            .orElse(m.letter_OTHER()));
            case "LETTER_ATTACHED" -> m.event_LETTER_ATTACHED();
            default -> Arrays.stream(Action.values()).filter(action -> action.name().equals(entry.event()))
                    .findFirst().map(action -> withDetails(words.action(action), entry.details(), words))
                    .orElse(entry.event());
        };
    }

    /** Documents as links to the API's download address, which the session opens and the access trace records. */
    private static List<RequestPage.Document> documents(List<DocumentView> documents, Dates dates,
            RequestPageMessages m) {
        return documents.stream().map(document -> new RequestPage.Document("/api/v1/desk/documents/" + document.id(),
                m.download(document.fileName()), dates.instant(document.attachedAt()))).toList();
    }

    /** What staff wrote or chose at a step, after its name: the question, the answer, the reasons, the decision. */
    private static String withDetails(String step, Map<String, String> details, Vocabulary words) {
        if (details == null) {
            return step;
        }
        List<String> parts = new ArrayList<>();
        parse(details.get("reasonCode"), ExtensionReason::valueOf).map(words::extensionReason).ifPresent(parts::add);
        parse(details.get("outcome"), Outcome::valueOf).map(words::outcome).ifPresent(parts::add);
        parse(details.get("legalGround"), LegalGround::valueOf).map(words::legalGround).ifPresent(parts::add);
        for (String text : List.of("reason", "reasonText", "answer", "reasoning", "citation")) {
            String value = details.get(text);
            if (value != null && !value.isBlank()) {
                parts.add(value);
            }
        }
        return parts.isEmpty() ? step : step + " : " + String.join(" — ", parts);
    }

    private static <T> Optional<T> parse(String value, Function<String, T> parser) {
        try {
            return value == null ? Optional.empty() : Optional.of(parser.apply(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<RequestPage.Line> letters(RequestView view, Dates dates, RequestPageMessages m) {
        return view.letters().stream().map(letter -> {
            String what = Letter.ofTemplate(letter.template()).map(kind -> letterWord(kind, m)).orElse(m.letter_OTHER());
            String state;
            if (letter.by() == RequestView.LetterChannel.POST) {
                state = letter.postedOn() == null ? m.letterByPost() : m.letterPosted(dates.date(letter.postedOn()));
            } else if (letter.sentAt() != null) {
                state = m.letterSent(dates.instant(letter.sentAt()));
            } else if (letter.failedAt() != null) {
                state = m.letterFailed(dates.instant(letter.failedAt()));
            } else {
                state = m.letterQueued(dates.instant(letter.queuedAt()));
            }
            return new RequestPage.Line(letter.queuedAt() == null ? "" : dates.instant(letter.queuedAt()), what, state);
        }).toList();
    }

    static String letterWord(Letter letter, RequestPageMessages m) {
        return switch (letter) {
            case ACKNOWLEDGEMENT -> m.letter_ACKNOWLEDGEMENT();
            case INFORMATION_REQUEST -> m.letter_INFORMATION_REQUEST();
            case EXTENSION_NOTICE -> m.letter_EXTENSION_NOTICE();
            case ANSWER -> m.letter_ANSWER();
            case REFUSAL -> m.letter_REFUSAL();
            case LAPSED -> m.letter_LAPSED();
            case WITHDRAWAL -> m.letter_WITHDRAWAL();
            case OPPOSITION_WITHDRAWN -> m.letter_OPPOSITION_WITHDRAWN();
            case LIFT_NOTICE -> m.letter_LIFT_NOTICE();
            case CLOSURE -> m.letter_CLOSURE();
            case CONFIRMATION, STATUS_LINK -> m.letter_OTHER();
        };
    }

    private static String eventType(PropagationView event, RequestPageMessages m) {
        return switch (event.type()) {
            case OPPOSITION_SET -> m.type_OPPOSITION_SET();
            case OPPOSITION_LIFTED -> m.type_OPPOSITION_LIFTED();
            case RESTRICTION_SET -> m.type_RESTRICTION_SET();
            case RESTRICTION_LIFTED -> m.type_RESTRICTION_LIFTED();
            case ERASURE_ORDERED -> m.type_ERASURE_ORDERED();
            case RECTIFICATION_NOTIFIED -> m.type_RECTIFICATION_NOTIFIED();
        };
    }

    private static String propagation(PropagationView event, Dates dates, RequestPageMessages m) {
        return switch (event.status()) {
            case PENDING -> m.propagation_PENDING();
            case DELIVERED -> m.propagation_DELIVERED();
            case FAILED -> m.propagation_FAILED();
            case ACKNOWLEDGED -> m.propagation_ACKNOWLEDGED(dates.instant(event.acknowledgedAt()));
            case EXEMPT -> m.propagation_EXEMPT();
        };
    }

    private RequestPage.Work work(RequestView view, Vocabulary words, FormState forms,
            List<ProcessingView> processings, Dates dates) {
        List<RequestPage.Option> grounds = Arrays.stream(LegalGround.values())
                .filter(ground -> ground.answers(view.right()))
                .map(ground -> new RequestPage.Option(ground.name(), words.legalGround(ground))).toList();
        List<RequestPage.ActionForm> actions = view.allowedActions().stream().map(action -> switch (action) {
            case REQUEST_IDENTITY, REQUEST_CLARIFICATION -> form(action, "question", words, List.of(), List.of());
            case EXTEND -> form(action, "extend", words, Arrays.stream(ExtensionReason.values())
                    .map(reason -> new RequestPage.Option(reason.name(), words.extensionReason(reason))).toList(),
                    List.of());
            case DECIDE -> form(action, "decide", words, DECISIONS.stream()
                    .map(outcome -> new RequestPage.Option(outcome.name(), words.outcome(outcome))).toList(), grounds);
            case CLOSE -> form(action, "close", words, List.of(), List.of());
            default -> form(action, "simple", words, List.of(), List.of());
        }).toList();
        List<UUID> processingIds = processings.stream().map(ProcessingView::id).toList();
        List<RequestPage.Option> studies = catalog.studiesFeeding(processingIds).stream()
                .map(study -> new RequestPage.Option(study.id().toString(), study.name() + " (" + study.code() + ")"))
                .toList();
        List<RequestPage.Option> colleagues = staff.colleaguesFor(List.of(view.controllerId())).stream()
                .map(colleague -> new RequestPage.Option(colleague.subject(), colleague.name())).toList();
        return new RequestPage.Work(forms.csrf(), actions, colleagues, forms.me(),
                view.assignee() == null ? "" : view.assignee(), studies, view.participantCode() == null,
                forms.values(), forms.errors(), forms.erroredAction(), forms.notice(),
                zoneWords(dates.zone(), Locale.forLanguageTag(dates.language())));
    }

    /** The controller's time zone, in which staff read and type the moments of a request. */
    ZoneId zone(UUID controllerId) {
        return ZoneId.of(catalog.controller(controllerId).timeZone());
    }

    /** A zone as people name it, with the place its id names: "heure d’Europe centrale (Paris)". */
    static String zoneWords(ZoneId zone, Locale locale) {
        String id = zone.getId();
        String place = id.contains("/") ? id.substring(id.lastIndexOf('/') + 1).replace('_', ' ') : null;
        String name = zone.getDisplayName(TextStyle.FULL, locale);
        return place == null || place.equals(name) ? name : name + " (" + place + ")";
    }

    private static RequestPage.ActionForm form(Action action, String kind, Vocabulary words,
            List<RequestPage.Option> options, List<RequestPage.Option> grounds) {
        return new RequestPage.ActionForm(action.name(), words.action(action), kind, options, grounds);
    }

    /** Dates and instants as people read them, in the controller's zone. */
    record Dates(String language, ZoneId zone) {
        String date(LocalDate date) {
            return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(Locale.forLanguageTag(language)).format(date);
        }

        String instant(Instant instant) {
            return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(Locale.forLanguageTag(language)).format(instant.atZone(zone));
        }
    }
}
