package fr.guichet.desk.console;

import fr.guichet.catalog.Right;
import fr.guichet.request.Action;
import fr.guichet.request.Channel;
import fr.guichet.request.ExtensionReason;
import fr.guichet.request.LegalGround;
import fr.guichet.request.Outcome;
import fr.guichet.request.QueueRisk;
import fr.guichet.request.RequestStatus;
import fr.guichet.request.RequesterRole;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The words of one language for the desk's codes: what staff pages show instead of enum names. */
public final class Vocabulary {

    private final ConsoleWords words;

    private Vocabulary(ConsoleWords words) {
        this.words = words;
    }

    public static Vocabulary of(String language) {
        return new Vocabulary(MessageBundles.get(ConsoleWords.class, Localized.Literal.of(language)));
    }

    public String right(Right right) {
        return switch (right) {
            case ACCESS -> words.right_ACCESS();
            case RECTIFICATION -> words.right_RECTIFICATION();
            case ERASURE -> words.right_ERASURE();
            case LIMITATION -> words.right_LIMITATION();
            case OPPOSITION -> words.right_OPPOSITION();
            case PORTABILITY -> words.right_PORTABILITY();
        };
    }

    public String status(RequestStatus status) {
        return switch (status) {
            case RECEIVED -> words.status_RECEIVED();
            case AWAITING_INFORMATION -> words.status_AWAITING_INFORMATION();
            case IN_PROGRESS -> words.status_IN_PROGRESS();
            case DECIDED -> words.status_DECIDED();
            case ANSWERED -> words.status_ANSWERED();
            case CLOSED -> words.status_CLOSED();
            case WITHDRAWN -> words.status_WITHDRAWN();
        };
    }

    public String channel(Channel channel) {
        return switch (channel) {
            case WEB -> words.channel_WEB();
            case EMAIL -> words.channel_EMAIL();
            case POST -> words.channel_POST();
            case IN_PERSON -> words.channel_IN_PERSON();
            case PHONE -> words.channel_PHONE();
        };
    }

    public String outcome(Outcome outcome) {
        return outcome == null ? "" : switch (outcome) {
            case GRANTED -> words.outcome_GRANTED();
            case PARTIALLY_GRANTED -> words.outcome_PARTIALLY_GRANTED();
            case REFUSED -> words.outcome_REFUSED();
            case NOT_APPLICABLE -> words.outcome_NOT_APPLICABLE();
            case LAPSED -> words.outcome_LAPSED();
        };
    }

    public String risk(QueueRisk risk) {
        return risk == null ? "" : switch (risk) {
            case OVERDUE -> words.risk_OVERDUE();
            case PAUSED -> words.risk_PAUSED();
            case DUE_SOON -> words.risk_DUE_SOON();
            case ON_TRACK -> words.risk_ON_TRACK();
        };
    }

    public String requesterRole(RequesterRole role) {
        return switch (role) {
            case SELF -> words.role_SELF();
            case PARENT -> words.role_PARENT();
            case GUARDIAN -> words.role_GUARDIAN();
            case HEIR -> words.role_HEIR();
            case MANDATARY -> words.role_MANDATARY();
        };
    }

    public String extensionReason(ExtensionReason reason) {
        return switch (reason) {
            case COMPLEXITY -> words.extension_COMPLEXITY();
            case NUMBER_OF_REQUESTS -> words.extension_NUMBER_OF_REQUESTS();
        };
    }

    public String action(Action action) {
        return switch (action) {
            case START -> words.action_START();
            case REQUEST_IDENTITY -> words.action_REQUEST_IDENTITY();
            case REQUEST_CLARIFICATION -> words.action_REQUEST_CLARIFICATION();
            case INFORMATION_RECEIVED -> words.action_INFORMATION_RECEIVED();
            case EXTEND -> words.action_EXTEND();
            case DECIDE -> words.action_DECIDE();
            case RESPOND -> words.action_RESPOND();
            case CLOSE -> words.action_CLOSE();
            case WITHDRAW -> words.action_WITHDRAW();
            case NOTIFY_LIFT -> words.action_NOTIFY_LIFT();
            case LIFT -> words.action_LIFT();
        };
    }

    public String legalGround(LegalGround ground) {
        return ground == null ? "" : switch (ground) {
            case ART_12_5 -> words.ground_ART_12_5();
            case ART_15_4 -> words.ground_ART_15_4();
            case ART_17_3_B -> words.ground_ART_17_3_B();
            case ART_17_3_C -> words.ground_ART_17_3_C();
            case ART_17_3_D -> words.ground_ART_17_3_D();
            case ART_17_3_E -> words.ground_ART_17_3_E();
            case ART_21_1 -> words.ground_ART_21_1();
            case ART_21_6 -> words.ground_ART_21_6();
            case NATIONAL_DEROGATION -> words.ground_NATIONAL_DEROGATION();
            case ART_11_2 -> words.ground_ART_11_2();
            case LEGAL_BASIS -> words.ground_LEGAL_BASIS();
        };
    }
}
