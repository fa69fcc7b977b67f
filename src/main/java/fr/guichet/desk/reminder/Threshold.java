package fr.guichet.desk.reminder;

/** What a reminder warns about. Each is sent once per request and date (see {@link ReminderRules}). */
public enum Threshold {
    /** An answer is still owed and the internal target (policy: some working days before the deadline) is reached. */
    INTERNAL_TARGET,
    /** An answer is still owed past the effective deadline (the deadline engine's "overdue"). */
    OVERDUE,
    /** A partner has neither acknowledged nor been exempted from an event past its acknowledgement due day. */
    PARTNER_ACK_OVERDUE
}
