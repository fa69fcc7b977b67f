package fr.guichet.request;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.catalog.ControllerView;
import fr.guichet.request.deadline.Deadlines;

/**
 * Asks the desk's letters for the letter a step owes the requester and records in the history entry which
 * template version went out: {@code letter}, and {@code letterMail} (the queued e-mail) or {@code letterBy=post}
 * when the requester gave no e-mail and staff must post it, then on the list of letters to print.
 */
@ApplicationScoped
class LetterBook {

    private final RequesterNotices notices;
    private final IdentityVault vault;

    LetterBook(RequesterNotices notices, IdentityVault vault) {
        this.notices = notices;
        this.vault = vault;
    }

    /** @param history the request's history, ending with the entry being written, whose details get the record */
    void write(Request request, List<HistoryEntry> history, RequesterStep step, ControllerView controller,
            Deadlines deadlines) {
        HistoryEntry entry = history.get(history.size() - 1);
        RequesterNotice notice = notice(request, history, step, controller, deadlines);
        if (LetterCapture.active()) {
            LetterCapture.keep(notice);
            return;
        }
        notices.notify(notice).ifPresent(letter -> {
            Map<String, String> details = entry.details;
            details.put("letter", letter.template());
            if (letter.mailId() != null) {
                details.put("letterMail", letter.mailId().toString());
            } else {
                details.put("letterBy", "post");
                owedByPost(request, entry, step, letter.template());
            }
        });
    }

    /** What the letter of the step that ends {@code history} draws on. */
    RequesterNotice notice(Request request, List<HistoryEntry> history, RequesterStep step, ControllerView controller,
            Deadlines deadlines) {
        String email = vault.open(request.id, request.identity).requesterEmail();
        String reasonCode = history.get(history.size() - 1).details.get("reasonCode");
        return new RequesterNotice(request.id, request.reference, step, request.right, request.language, email,
                controller, deadlines, request.outcome, request.legalGround, decisionCitation(history),
                reasonCode == null ? null : ExtensionReason.valueOf(reasonCode));
    }

    private static void owedByPost(Request request, HistoryEntry entry, RequesterStep step, String template) {
        PostalLetter letter = new PostalLetter();
        letter.key = new HistoryEntry.Key(request.id, entry.key.seq);
        letter.template = template;
        letter.step = step;
        letter.controllerId = request.controllerId;
        letter.owedAt = entry.recordedAt;
        letter.persist();
    }

    /** The legal text the decision rests on, as recorded when it was taken. */
    private static String decisionCitation(List<HistoryEntry> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).is(Action.DECIDE)) {
                return history.get(i).details.get("citation");
            }
        }
        return null;
    }
}
