package fr.guichet.platform.web;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.guichet.platform.error.Violation;

/** An RFC 9457 problem detail, with field-level violations for validation errors. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, List<Violation> violations,
        String currentState, List<String> allowedActions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The stable problem types; their slugs are documented in openapi.yaml and never change. */
    public enum Type {
        VALIDATION("validation", "The request is not valid", 400),
        MALFORMED_BODY("malformed-body", "The request body is not valid JSON", 400),
        INVALID_CURSOR("invalid-cursor", "The pagination cursor is not valid", 400),
        UNAUTHENTICATED("unauthenticated", "A valid bearer token is required", 401),
        FORBIDDEN("forbidden", "Your role does not allow this operation", 403),
        NOT_FOUND("not-found", "The resource does not exist", 404),
        NO_SUCH_ENDPOINT("no-such-endpoint", "There is no such endpoint", 404),
        METHOD_NOT_ALLOWED("method-not-allowed", "This method is not allowed on this endpoint", 405),
        NOT_ACCEPTABLE("not-acceptable", "None of the accepted media types can be produced", 406),
        CONFLICT("conflict", "The request conflicts with the current state", 409),
        GONE("gone", "The link or token is no longer valid", 410),
        UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "The request body's media type is not supported", 415),
        RULE_VIOLATION("rule-violation", "The request breaks a rule of the desk", 422),
        RATE_LIMITED("rate-limited", "Too many requests: try again later", 429),
        INTERNAL("internal", "Internal error", 500);

        private final URI uri;
        private final String title;
        private final int status;

        Type(String slug, String title, int status) {
            this.uri = URI.create("urn:guichet:problem:" + slug);
            this.title = title;
            this.status = status;
        }

        public URI uri() {
            return uri;
        }

        public int status() {
            return status;
        }

        public Problem with(String detail) {
            return new Problem(uri, title, status, detail, List.of(), null, List.of());
        }

        public Problem with(String detail, List<Violation> violations) {
            return new Problem(uri, title, status, detail, violations, null, List.of());
        }

        /** A conflict with the state of a resource: which state it is in and which actions it allows. */
        public Problem withState(String detail, String currentState, List<String> allowedActions) {
            return new Problem(uri, title, status, detail, List.of(), currentState, allowedActions);
        }
    }
}
