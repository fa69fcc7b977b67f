package fr.guichet.request;

/** What staff (or the person, through the status page) can do to a request. */
public enum Action {
    START, REQUEST_IDENTITY, REQUEST_CLARIFICATION, INFORMATION_RECEIVED, EXTEND, DECIDE, RESPOND, CLOSE, WITHDRAW,
    NOTIFY_LIFT, LIFT
}
