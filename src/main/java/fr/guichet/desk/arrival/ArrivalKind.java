package fr.guichet.desk.arrival;

/** What arrived for the desk to act on. Each is announced once per fact (docs/reminders.md, "Arrivals"). */
public enum ArrivalKind {
    /** The person confirmed a filing made on the web form: the request now exists. */
    WEB_FILING,
    /** The person answered the desk's question for identity or clarification from their status page. */
    ANSWER,
    /** The person withdrew their request, or an opposition in force, from their status page. */
    WITHDRAWAL,
    /** A partner's webhook delivery failed for good: its retries ran out and only an admin's replay sends it again. */
    DELIVERY_FAILED
}
