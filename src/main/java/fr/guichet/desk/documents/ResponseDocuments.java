package fr.guichet.desk.documents;

import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.guichet.audit.AccessTrace;
import fr.guichet.platform.crypto.Digests;
import fr.guichet.platform.crypto.SecretBox;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.security.StaffScope;
import fr.guichet.request.RequestLifecycle;
import fr.guichet.request.RequestService;

/**
 * The response documents staff attach to a request and the requester downloads from the status page. Contents
 * are sealed at rest; their SHA-256 goes into the request's history, and RESPOND records which were delivered.
 */
@ApplicationScoped
public class ResponseDocuments {

    /** Above this, send the answer another way (the HTTP body limit is set just above it). */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** What a response may be: a letter or access package in PDF, or a structured export (portability). */
    static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf", "application/json", "json",
            "text/csv", "csv", "application/xml", "xml", "application/zip", "zip");

    private final EntityManager entityManager;
    private final Clock clock;
    private final SecretBox box;
    private final RequestLifecycle lifecycle;
    private final RequestService requests;
    private final AccessTrace trace;

    ResponseDocuments(EntityManager entityManager, Clock clock, SecretBox box, RequestLifecycle lifecycle,
            RequestService requests, AccessTrace trace) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.box = box;
        this.lifecycle = lifecycle;
        this.requests = requests;
        this.trace = trace;
    }

    /** A document about to be delivered, named after the request (a client's file name could name the person). */
    @Transactional
    public DocumentView attach(UUID requestId, String mediaType, byte[] content, String actor, StaffScope scope) {
        String extension = EXTENSIONS.get(mediaType);
        if (extension == null) {
            throw DomainException.invalidInput(DocumentRefusal.TYPE_NOT_ACCEPTED, "Content-Type", "must be one of " + EXTENSIONS.keySet());
        }
        if (content == null || content.length == 0) {
            throw DomainException.invalidInput(DocumentRefusal.EMPTY, "body", "the document is empty");
        }
        if (content.length > MAX_BYTES) {
            throw DomainException.ruleViolation(DocumentRefusal.TOO_LARGE, "body",
                    "a response document is at most " + MAX_BYTES / 1024 / 1024 + " MiB");
        }
        UUID id = UUID.randomUUID();
        byte[] digest = Digests.sha256(content);
        String reference = lifecycle.attachDocument(requestId, id, HexFormat.of().formatHex(digest), content.length,
                mediaType, actor, scope);
        long previous = ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM response_documents WHERE request_id = :request")
                .setParameter("request", requestId).getSingleResult()).longValue();
        String fileName = reference + "-" + (previous + 1) + "." + extension;
        Instant now = clock.instant();
        entityManager.createNativeQuery("""
                INSERT INTO response_documents (id, request_id, file_name, media_type, size_bytes, sha256, content,
                                                attached_by, attached_at)
                VALUES (:id, :request, :name, :type, :size, :sha, :content, :actor, :now)""")
                .setParameter("id", id).setParameter("request", requestId).setParameter("name", fileName)
                .setParameter("type", mediaType).setParameter("size", (long) content.length)
                .setParameter("sha", digest).setParameter("content", box.seal(content, context(id)))
                .setParameter("actor", actor).setParameter("now", now)
                .executeUpdate();
        return new DocumentView(id, requestId, fileName, mediaType, content.length, HexFormat.of().formatHex(digest),
                actor, now);
    }

    /** The documents of a request of the staff member's controllers, oldest first, without their contents. */
    public List<DocumentView> list(UUID requestId, StaffScope scope) {
        requests.ref(requestId, scope);
        return list(requestId);
    }

    /** The documents of a request, oldest first, without their contents. */
    public List<DocumentView> list(UUID requestId) {
        return entityManager.createNativeQuery("""
                SELECT id, request_id, file_name, media_type, size_bytes, sha256, attached_by, attached_at
                FROM response_documents WHERE request_id = :request ORDER BY attached_at, id""", Object[].class)
                .setParameter("request", requestId)
                .getResultStream().map(row -> view((Object[]) row)).toList();
    }

    /** A document and its content, opened; {@code requestId} non-null restricts it to that request. */
    public Download download(UUID documentId, UUID requestId) {
        List<?> rows = entityManager.createNativeQuery("""
                SELECT id, request_id, file_name, media_type, size_bytes, sha256, attached_by, attached_at, content
                FROM response_documents WHERE id = :id""", Object[].class)
                .setParameter("id", documentId).getResultList();
        Object[] row = rows.isEmpty() ? null : (Object[]) rows.get(0);
        if (row == null || (requestId != null && !requestId.equals(row[1]))) {
            throw DomainException.notFound("document", documentId);
        }
        return new Download(view(row), box.openBytes((byte[]) row[8], context(documentId)));
    }

    public record Download(DocumentView document, byte[] content) {
    }

    /**
     * A document of a request of the staff member's controllers (otherwise 404), opened only once its download is in
     * the access trace.
     */
    public Download downloadAsStaff(UUID documentId, StaffScope scope, String actor) {
        Download download = download(documentId, null);
        RequestService.RequestRef request;
        try {
            request = requests.ref(download.document().requestId(), scope);
        } catch (DomainException e) {
            throw DomainException.notFound("document", documentId);
        }
        trace.record(actor, AccessTrace.Kind.DOCUMENT_DOWNLOADED,
                Optional.of(new AccessTrace.Seen(request.id(), request.reference(), request.controllerId())),
                Optional.of(documentId));
        return download;
    }

    private static DocumentView view(Object[] row) {
        return new DocumentView((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3],
                ((Number) row[4]).longValue(), HexFormat.of().formatHex((byte[]) row[5]), (String) row[6],
                (Instant) row[7]);
    }

    private static String context(UUID documentId) {
        return "response-document:" + documentId;
    }
}
