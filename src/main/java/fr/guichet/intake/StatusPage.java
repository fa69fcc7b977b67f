package fr.guichet.intake;

import java.util.List;
import java.util.Map;

import fr.guichet.desk.documents.DocumentView;
import fr.guichet.request.RequesterAction;
import fr.guichet.request.RequesterView;

/** The status page: the requester's view with its dates written out in the page's language, and its forms' token. */
public record StatusPage(RequesterView view, String receivedOn, String dueBy, List<Line> steps,
        List<DocumentView> documents, String csrf) {

    /** One history line, dated in the controller's zone. */
    public record Line(String event, String date, Map<String, String> details) {
    }

    public boolean can(String action) {
        return view.actions().contains(RequesterAction.valueOf(action));
    }
}
