package fr.guichet.request;

/**
 * Where a request stands. The moves between states are listed in one place, {@link Transitions}.
 *
 * <pre>
 *                REQUEST_IDENTITY / REQUEST_CLARIFICATION
 *   RECEIVED ─────────────────────────────┐
 *      │ START                             ▼
 *      ▼        REQUEST_*          AWAITING_INFORMATION ──CLOSE (lapsed)──► CLOSED
 *   IN_PROGRESS ◄──────────────────────────┘ INFORMATION_RECEIVED
 *      │ DECIDE
 *      ▼
 *   DECIDED ──RESPOND──► ANSWERED ──CLOSE──► CLOSED
 *
 *   RECEIVED, AWAITING_INFORMATION, IN_PROGRESS ──WITHDRAW──► WITHDRAWN
 *   EXTEND keeps the state; WITHDRAW (of an opposition in force), NOTIFY_LIFT and LIFT (of a restriction)
 *   keep DECIDED, ANSWERED or CLOSED.
 * </pre>
 */
public enum RequestStatus {
    RECEIVED, AWAITING_INFORMATION, IN_PROGRESS, DECIDED, ANSWERED, CLOSED, WITHDRAWN;

    /** Still owes the person an answer, so its deadlines run. */
    public boolean awaitsAnswer() {
        return this == RECEIVED || this == AWAITING_INFORMATION || this == IN_PROGRESS || this == DECIDED;
    }

    /** The file is shut: nobody handles it any more (a standing flag may still be lifted, see {@link Transitions}). */
    public boolean terminal() {
        return this == CLOSED || this == WITHDRAWN;
    }
}
