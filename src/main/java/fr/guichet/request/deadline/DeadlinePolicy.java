package fr.guichet.request.deadline;

/**
 * The policy choices of legal-rules.md §1 (not the law, so configurable).
 *
 * @param internalTargetWorkingDays how many working days before the effective deadline the desk aims to answer
 *            ("without undue delay", Art. 12(3): the month is a ceiling)
 * @param promptRequestWorkingDays an information request sent later than this many working days after receipt
 *            does not suspend the deadlines (it is recorded, not counted)
 */
public record DeadlinePolicy(int internalTargetWorkingDays, int promptRequestWorkingDays) {

    public static final DeadlinePolicy DEFAULT = new DeadlinePolicy(5, 5);

    public DeadlinePolicy {
        if (internalTargetWorkingDays < 0 || promptRequestWorkingDays < 0) {
            throw new IllegalArgumentException("working-day counts cannot be negative");
        }
    }
}
