package fr.guichet.request;

import fr.guichet.platform.error.RefusalCode;

/**
 * Every rule of the request lifecycle that refuses a step staff take: the transition table's guards, the checks on
 * when an action happened, on the texts an action needs, on a decision and on the subject it names. The API answers
 * with the developer message; the console translates the code.
 */
public enum Refusal implements RefusalCode {
    /** The action is not in the table for the request's state. */
    NOT_ALLOWED_NOW,
    ALREADY_EXTENDED,
    NO_OPPOSITION_IN_FORCE,
    NO_RESTRICTION_IN_FORCE,
    LIFT_NOT_ANNOUNCED,
    PARTNERS_NOT_SETTLED,
    /** Assignment of a request that is withdrawn or closed. */
    NO_LONGER_HANDLED,
    /** Response documents outside the preparation of the answer. */
    DOCUMENTS_NOT_NOW,
    AT_IN_FUTURE,
    AT_BEFORE_RECEIPT,
    AT_BEFORE_LAST_EVENT,
    QUESTION_REQUIRED,
    LAPSE_REASON_REQUIRED,
    NOTE_REQUIRED,
    EXTENSION_REASON_REQUIRED,
    EXTENSION_TEXT_REQUIRED,
    TOO_LATE_TO_EXTEND,
    OUTCOME_REQUIRED,
    LAPSED_NOT_DECIDED,
    GRANT_HAS_NO_GROUND,
    GROUND_REQUIRED,
    REASONING_REQUIRED,
    GROUND_NOT_FOR_RIGHT,
    NOT_APPLICABLE_GOES_WITH_LEGAL_BASIS,
    CITATION_REQUIRED,
    NO_BASIS_EXCLUDES_RIGHT,
    EVERY_BASIS_EXCLUDES_RIGHT,
    PROCESSING_NOT_IN_REQUEST,
    PROCESSING_EXCLUDES_RIGHT,
    PARTICIPANT_ALREADY_KNOWN,
    CODE_NEEDS_STUDY,
    UNKNOWN_STUDY,
    STUDY_NOT_IN_SCOPE
}
