package fr.guichet.desk.letters;

import java.util.Arrays;
import java.util.Optional;

import fr.guichet.request.Outcome;
import fr.guichet.request.RequesterStep;

/**
 * The letters the desk sends requesters, one per step they must hear about. The version is recorded in the
 * request's history with each letter: bump it whenever the wording of that letter changes.
 */
public enum Letter {
    /** Before the request exists: the web filer confirms their e-mail address (not a step of the request). */
    CONFIRMATION("requester-confirmation/v1"),
    /** A fresh status link the person asked for again (not a step of the request). */
    STATUS_LINK("requester-status-link/v1"),
    ACKNOWLEDGEMENT("requester-acknowledgement/v1"),
    INFORMATION_REQUEST("requester-information-request/v1"),
    EXTENSION_NOTICE("requester-extension-notice/v1"),
    ANSWER("requester-answer/v1"),
    /** Refusal, partial grant or right not applicable: Art. 12(4)'s reasons and remedies. */
    REFUSAL("requester-refusal/v1"),
    /** No action, because the information asked for never came: Art. 12(4) applies as to a refusal. */
    LAPSED("requester-lapsed/v1"),
    WITHDRAWAL("requester-withdrawal/v1"),
    OPPOSITION_WITHDRAWN("requester-opposition-withdrawn/v1"),
    LIFT_NOTICE("requester-lift-notice/v1"),
    CLOSURE("requester-closure/v1");

    private final String template;

    Letter(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }

    /** Art. 12(4): the person must learn how to complain to the CNIL and go to court. */
    boolean tellsRemedies() {
        return this == REFUSAL || this == LAPSED;
    }

    /** The letter a template name (with its version) belongs to. */
    public static Optional<Letter> ofTemplate(String template) {
        return Arrays.stream(values()).filter(letter -> letter.template.equals(template)).findFirst();
    }

    static Letter forStep(RequesterStep step, Outcome outcome) {
        return switch (step) {
            case FILED -> ACKNOWLEDGEMENT;
            case INFORMATION_REQUESTED -> INFORMATION_REQUEST;
            case EXTENDED -> EXTENSION_NOTICE;
            // A partial refusal is a refusal (legal-rules.md §1).
            case ANSWERED -> outcome.refusesSomething() ? REFUSAL : ANSWER;
            case LAPSED -> LAPSED;
            case CLOSED -> CLOSURE;
            case WITHDRAWN -> WITHDRAWAL;
            case OPPOSITION_WITHDRAWN -> OPPOSITION_WITHDRAWN;
            case RESTRICTION_LIFT_NOTIFIED -> LIFT_NOTICE;
        };
    }
}
