package fr.guichet.request;

/** What the person can do from the status page; each is carried out by {@link RequestLifecycle#requesterAct}. */
public enum RequesterAction {
    /** Answer a request for identity or clarification (the request awaits information). */
    ANSWER_INFORMATION,
    /** Withdraw a request the desk has not decided yet. */
    WITHDRAW,
    /** "Changer d'avis": withdraw an opposition in force; partners are told to lift it. */
    WITHDRAW_OPPOSITION
}
