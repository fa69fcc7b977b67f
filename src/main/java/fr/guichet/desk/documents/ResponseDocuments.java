package fr.guichet.desk.documents;

import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

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
 * are sealed at rest; their SHA-256 goes into the request's history, and RESPOND records which were delivered. The
 * scans of the letters requests came in are kept here too, under the same rules, for staff only.
 */
@ApplicationScoped
public class ResponseDocuments {

    /** Above this, send the answer another way (the HTTP body limit is set just above it). */
    public static final int MAX_MEBIBYTES = 10;
    static final int MAX_BYTES = MAX_MEBIBYTES * 1024 * 1024;

    /** What a response may be: a letter or access package in PDF, or a structured export (portability). */
    static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf", "application/json", "json",
            "text/csv", "csv", "application/xml", "xml", "application/zip", "zip");

    /** What a document is to the request: delivered to the requester, or the letter they sent, scanned. */
    enum Kind {
        RESPONSE, RECEIVED_LETTER
    }

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

    /**
     * Why a file of this media type and size would be refused, by {@link #attach} and {@link #attachReceivedLetter}
     * alike; empty when it would be kept. A form checks it before it writes anything.
     */
    public static Optional<DocumentRefusal> refusal(String mediaType, long size) {
        if (!EXTENSIONS.containsKey(essence(mediaType))) {
            return Optional.of(DocumentRefusal.TYPE_NOT_ACCEPTED);
        }
        if (size == 0) {
            return Optional.of(DocumentRefusal.EMPTY);
        }
        return size > MAX_BYTES ? Optional.of(DocumentRefusal.TOO_LARGE) : Optional.empty();
    }

    /** The file name endings a browser's file picker may offer, as its {@code accept} attribute takes them. */
    public static String acceptedExtensions() {
        return EXTENSIONS.values().stream().sorted().map(extension -> "." + extension)
                .collect(Collectors.joining(","));
    }

    /** A document about to be delivered, named after the request (a client's file name could name the person). */
    @Transactional
    public DocumentView attach(UUID requestId, String contentType, byte[] content, String actor, StaffScope scope) {
        String mediaType = essence(contentType);
        check(mediaType, content);
        UUID id = UUID.randomUUID();
        byte[] digest = Digests.sha256(content);
        String reference = lifecycle.attachDocument(requestId, id, HexFormat.of().formatHex(digest), content.length,
                mediaType, actor, scope);
        return insert(id, requestId, Kind.RESPONSE, reference + "-", mediaType, content, digest, actor);
    }

    /**
     * The scan of the letter a request came in, kept with it for staff. It is never delivered: the requester's
     * status page and RESPOND know only response documents. Joins the caller's transaction, so that a request filed
     * with its letter is recorded whole or not at all.
     */
    @Transactional
    public DocumentView attachReceivedLetter(UUID requestId, String contentType, byte[] content, String actor,
            StaffScope scope) {
        String mediaType = essence(contentType);
        check(mediaType, content);
        UUID id = UUID.randomUUID();
        byte[] digest = Digests.sha256(content);
        String reference = lifecycle.attachReceivedLetter(requestId, id, HexFormat.of().formatHex(digest),
                content.length, mediaType, actor, scope);
        return insert(id, requestId, Kind.RECEIVED_LETTER, reference + "-letter-", mediaType, content, digest, actor);
    }

    /**
     * A Content-Type as the desk compares it: type and subtype in lower case, parameters dropped (media types are
     * case-insensitive, so APPLICATION/PDF is a PDF); the empty string when there is none.
     */
    public static String essence(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static void check(String mediaType, byte[] content) {
        refusal(mediaType, content == null ? 0 : content.length).ifPresent(refusal -> {
            throw switch (refusal) {
                case TYPE_NOT_ACCEPTED -> DomainException.invalidInput(refusal, "Content-Type", "must be one of "
                        + EXTENSIONS.keySet());
                case EMPTY -> DomainException.invalidInput(refusal, "body", "the document is empty");
                case TOO_LARGE -> DomainException.ruleViolation(refusal, "body", "a document is at most "
                        + MAX_MEBIBYTES + " MiB");
            };
        });
    }

    /** Writes a sealed document, named {@code prefix} and its rank among the request's documents of its kind. */
    private DocumentView insert(UUID id, UUID requestId, Kind kind, String prefix, String mediaType, byte[] content,
            byte[] digest, String actor) {
        long previous = ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM response_documents WHERE request_id = :request AND kind = :kind")
                .setParameter("request", requestId).setParameter("kind", kind.name()).getSingleResult()).longValue();
        String fileName = prefix + (previous + 1) + "." + EXTENSIONS.get(mediaType);
        Instant now = clock.instant();
        entityManager.createNativeQuery("""
                INSERT INTO response_documents (id, request_id, kind, file_name, media_type, size_bytes, sha256,
                                                content, attached_by, attached_at)
                VALUES (:id, :request, :kind, :name, :type, :size, :sha, :content, :actor, :now)""")
                .setParameter("id", id).setParameter("request", requestId).setParameter("kind", kind.name())
                .setParameter("name", fileName).setParameter("type", mediaType)
                .setParameter("size", (long) content.length).setParameter("sha", digest)
                .setParameter("content", box.seal(content, context(id))).setParameter("actor", actor)
                .setParameter("now", now)
                .executeUpdate();
        return new DocumentView(id, requestId, fileName, mediaType, content.length, HexFormat.of().formatHex(digest),
                actor, now);
    }

    /** The response documents of a request of the staff member's controllers, oldest first, without contents. */
    public List<DocumentView> list(UUID requestId, StaffScope scope) {
        requests.ref(requestId, scope);
        return list(requestId);
    }

    /** The response documents of a request, oldest first, without their contents. */
    public List<DocumentView> list(UUID requestId) {
        return listed(requestId, Kind.RESPONSE);
    }

    /** The scans of the letters a request of the staff member's controllers came in, oldest first. */
    public List<DocumentView> receivedLetters(UUID requestId, StaffScope scope) {
        requests.ref(requestId, scope);
        return listed(requestId, Kind.RECEIVED_LETTER);
    }

    private List<DocumentView> listed(UUID requestId, Kind kind) {
        return entityManager.createNativeQuery("""
                SELECT id, request_id, file_name, media_type, size_bytes, sha256, attached_by, attached_at
                FROM response_documents WHERE request_id = :request AND kind = :kind
                ORDER BY attached_at, id""", Object[].class)
                .setParameter("request", requestId).setParameter("kind", kind.name())
                .getResultStream().map(row -> view((Object[]) row)).toList();
    }

    /**
     * A document and its content, opened. {@code requestId} non-null is the requester's download: only a response
     * document of that request; null is staff's, any document.
     */
    public Download download(UUID documentId, UUID requestId) {
        List<?> rows = entityManager.createNativeQuery("""
                SELECT id, request_id, file_name, media_type, size_bytes, sha256, attached_by, attached_at, content,
                       kind
                FROM response_documents WHERE id = :id""", Object[].class)
                .setParameter("id", documentId).getResultList();
        Object[] row = rows.isEmpty() ? null : (Object[]) rows.get(0);
        if (row == null || (requestId != null && (!requestId.equals(row[1])
                || !Kind.RESPONSE.name().equals(row[9])))) {
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
