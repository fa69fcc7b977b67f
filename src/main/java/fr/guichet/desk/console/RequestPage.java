package fr.guichet.desk.console;

import java.util.List;
import java.util.Map;

/**
 * What the request page shows, already in the staff member's words: every field is text for people, never an id or a
 * code (except the values forms send back).
 */
public record RequestPage(String id, String reference, String right, String status, String outcome, String risk,
        String riskClass, String controller, List<String> processings, String channel, String receivedAt,
        String language, String assignee, Identity identity, Panel deadlines, List<Line> timeline,
        List<Line> letters, List<Document> receivedLetters, List<Document> documents, List<Partner> partners,
        String acknowledgementsDue, boolean acknowledgementsLate, Work work, boolean lettersToPost) {

    /** Who asks and what they wrote; the names only for DPOs (null fields otherwise). */
    public record Identity(String requesterRole, String name, String email, String postalAddress, String subject,
            String study, String details, String reason) {
    }

    /** The deadline panel. */
    public record Panel(String receiptDate, String responseDue, String extensionNoticeDue, String extendedDue,
            String internalTarget, String effectiveDue, String pausedDays, List<String> pauses, String standing) {
    }

    /** One line of a list: when, what, by whom. */
    public record Line(String when, String what, String by) {
    }

    public record Document(String url, String label, String attachedAt) {
    }

    public record Partner(String name, String event, String status) {
    }

    /**
     * What the signed-in DPO may do here: null for readers. {@code values} and {@code errors} hold what a refused form
     * held and why, by field, so that the form comes back as it was sent. {@code zone}: the controller's time zone in
     * words, in which the forms take when an action happened.
     */
    public record Work(String csrf, List<ActionForm> actions, List<Option> colleagues, String me,
            String currentAssignee, List<Option> studies, boolean needsParticipant, Map<String, String> values,
            Map<String, String> errors, String erroredAction, String notice, String zone) {

        /** What the form of this action held when it was refused (empty for the other forms). */
        public String value(String action, String field) {
            return action.equals(erroredAction) ? values.getOrDefault(field, "") : "";
        }

        /** Why the form of this action was refused at this field, or null. */
        public String error(String action, String field) {
            return action.equals(erroredAction) ? errors.get(field) : null;
        }

        /** A refusal of this action that concerns the whole step rather than one field, shown in its form. */
        public String formError(String action) {
            return error(action, "form");
        }

        /** A refusal of the whole step whose form the page no longer offers, shown at the top of the page. */
        public String formError() {
            boolean offered = actions.stream().anyMatch(form -> form.action().equals(erroredAction));
            return offered ? null : errors.get("form");
        }

        public boolean selected(String action, String field, String option) {
            return option.equals(value(action, field));
        }
    }

    /** One action the transition table allows now, with the kind of form it needs. */
    public record ActionForm(String action, String label, String kind, List<Option> options, List<Option> grounds) {
    }

    public record Option(String value, String label) {
    }
}
