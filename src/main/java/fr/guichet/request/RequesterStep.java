package fr.guichet.request;

/**
 * The moments of a request the requester must hear about (legal-rules.md §1, Art. 12(3)-(4), 18(3)). Which
 * transitions reach them is part of the transition table ({@link Transitions.Effect#step()}); the letter each one
 * sends is the desk's business ({@link RequesterNotices}).
 */
public enum RequesterStep {
    FILED, INFORMATION_REQUESTED, EXTENDED, ANSWERED, LAPSED, CLOSED, WITHDRAWN, OPPOSITION_WITHDRAWN,
    RESTRICTION_LIFT_NOTIFIED
}
