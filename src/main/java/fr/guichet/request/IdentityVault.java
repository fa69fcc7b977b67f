package fr.guichet.request;

import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.platform.crypto.SecretBox;

/** Seals and opens a request's {@link RequestIdentity}; the request id is bound to the ciphertext. */
@ApplicationScoped
class IdentityVault {

    private final SecretBox box;
    private final ObjectMapper mapper;

    IdentityVault(SecretBox box, ObjectMapper mapper) {
        this.box = box;
        this.mapper = mapper;
    }

    byte[] seal(UUID requestId, RequestIdentity identity) {
        try {
            return box.seal(mapper.writeValueAsString(identity), context(requestId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a request identity", e);
        }
    }

    RequestIdentity open(UUID requestId, byte[] sealed) {
        try {
            return mapper.readValue(box.open(sealed, context(requestId)), RequestIdentity.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A sealed request identity is unreadable", e);
        }
    }

    /** Staff notes may name people or conditions: sealed like the identity, bound to their history line. */
    String sealNote(UUID requestId, int seq, String note) {
        return Base64.getEncoder().encodeToString(box.seal(note, noteContext(requestId, seq)));
    }

    String openNote(UUID requestId, int seq, String sealed) {
        return box.open(Base64.getDecoder().decode(sealed), noteContext(requestId, seq));
    }

    private static String noteContext(UUID requestId, int seq) {
        return "request-note:" + requestId + ":" + seq;
    }

    /** The keyed hash by which staff find a requester's requests from their exact e-mail address. */
    byte[] emailHash(String email) {
        return email == null ? null : box.lookupHash("email:" + email.trim().toLowerCase(Locale.ROOT));
    }

    private static String context(UUID requestId) {
        return "request-identity:" + requestId;
    }
}
