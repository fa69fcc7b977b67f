package fr.guichet.intake;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.guichet.desk.documents.DocumentView;
import fr.guichet.desk.documents.ResponseDocuments;
import fr.guichet.desk.letters.RequesterLetters;
import fr.guichet.platform.error.DomainException;
import fr.guichet.request.RequestLifecycle;
import fr.guichet.request.RequestService;
import fr.guichet.request.RequesterAction;
import fr.guichet.request.RequesterView;

/** The status page behind a status link: what the person sees and may do, and fresh links on demand. */
@ApplicationScoped
public class StatusService {

    private final StatusLinks links;
    private final RequestService requests;
    private final RequestLifecycle lifecycle;
    private final RequesterLetters letters;
    private final ResponseDocuments documents;

    StatusService(StatusLinks links, RequestService requests, RequestLifecycle lifecycle, RequesterLetters letters,
            ResponseDocuments documents) {
        this.links = links;
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.letters = letters;
        this.documents = documents;
    }

    public RequesterView view(String token) {
        return requests.forRequester(requestOf(token));
    }

    /**
     * The response documents delivered with the answer. Staff prepare them before RESPOND; the person sees them
     * only once the answer is sent, as the desk recorded it delivered.
     */
    public List<DocumentView> documents(String token) {
        UUID requestId = requestOf(token);
        return delivered(requestId) ? documents.list(requestId) : List.of();
    }

    public ResponseDocuments.Download document(String token, UUID documentId) {
        UUID requestId = requestOf(token);
        if (!delivered(requestId)) {
            throw DomainException.notFound("document", documentId);
        }
        return documents.download(documentId, requestId);
    }

    private boolean delivered(UUID requestId) {
        return requests.forRequester(requestId).outcome() != null;
    }

    /** @param answer the person's answer, for {@link RequesterAction#ANSWER_INFORMATION} only */
    public RequesterView act(String token, RequesterAction action, String answer) {
        return lifecycle.requesterAct(requestOf(token), action, answer, PendingFilings.REQUESTER);
    }

    /**
     * Sends a fresh status link for each request of this address that is still open (or whose opposition can be
     * withdrawn), in one transaction; nothing when there is none. The caller answers the same either way.
     */
    @Transactional
    public void resend(String email, String language) {
        for (RequestService.Followable request : requests.followable(email)) {
            letters.statusLink(language, request.email(), request.reference(), links.mint(request.id()),
                    request.controller());
        }
    }

    private UUID requestOf(String token) {
        return links.resolve(token).orElseThrow(() -> DomainException.gone(
                "This follow-up link has expired or does not exist. Ask for a new one with your e-mail address."));
    }
}
