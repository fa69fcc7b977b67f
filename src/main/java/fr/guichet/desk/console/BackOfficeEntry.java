package fr.guichet.desk.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.guichet.desk.documents.ResponseDocuments;
import fr.guichet.platform.security.StaffScope;
import fr.guichet.request.Filing;
import fr.guichet.request.RequestService;
import fr.guichet.request.RequestView;

/**
 * Files a request entered at the desk together with the scan of its letter, in one transaction: both services join
 * it, so a refused scan takes the request back with it and nothing is half-written.
 */
@ApplicationScoped
public class BackOfficeEntry {

    /** The scan of a letter as the browser sent it. */
    public record Scan(String mediaType, byte[] content) {
    }

    private final RequestService requests;
    private final ResponseDocuments documents;

    BackOfficeEntry(RequestService requests, ResponseDocuments documents) {
        this.requests = requests;
        this.documents = documents;
    }

    /** @param scan null when the request came without one (by phone, in person) */
    @Transactional
    public RequestView file(Filing filing, Scan scan, String actor, StaffScope scope) {
        RequestView filed = requests.fileAsStaff(filing, actor, scope);
        if (scan != null) {
            documents.attachReceivedLetter(filed.id(), scan.mediaType(), scan.content(), actor, scope);
        }
        return filed;
    }
}
