package fr.guichet.platform.web;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.error.RateLimitedException;
import fr.guichet.platform.error.StateConflictException;
import fr.guichet.platform.error.Violation;
import fr.guichet.platform.web.staff.SignInChallenge;
import fr.guichet.platform.web.staff.StaffBrowsers;
import fr.guichet.platform.web.staff.StaffMessages;
import fr.guichet.platform.web.staff.StaffPages;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The one place where failures become RFC 9457 problem+json answers. Details never carry exception class
 * names, stack traces or submitted values; unexpected failures are logged under an incident id.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response domain(DomainException e) {
        Problem.Type type = switch (e.kind()) {
            case NOT_FOUND -> Problem.Type.NOT_FOUND;
            case CONFLICT -> Problem.Type.CONFLICT;
            case GONE -> Problem.Type.GONE;
            case RULE_VIOLATION -> Problem.Type.RULE_VIOLATION;
            case INVALID_INPUT -> Problem.Type.VALIDATION;
        };
        return respond(type.with(e.getMessage(), e.violations()));
    }

    @ServerExceptionMapper
    public Response stateConflict(StateConflictException e) {
        return respond(Problem.Type.CONFLICT.withState(e.getMessage(), e.currentState(), e.allowedActions()));
    }

    /** Retry-After in whole seconds (RFC 9110), rounded up so that a client retrying then is let through. */
    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e) {
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        return Response.fromResponse(respond(Problem.Type.RATE_LIMITED.with("Too many attempts from this address or "
                + "for this e-mail address. Try again in " + seconds + " s.")))
                .header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    @ServerExceptionMapper
    public Response invalidCursor(Cursor.InvalidCursorException e) {
        return respond(Problem.Type.INVALID_CURSOR.with(e.getMessage(),
                List.of(new Violation("cursor", "is not a cursor returned by this endpoint"))));
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(ProblemMapper::violation)
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; "));
        return respond(Problem.Type.VALIDATION.with(detail, violations));
    }

    /** Declared apart because Quarkus ships its own, more specific mapper for this type. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping.getPath()) : "";
        if (!field.isEmpty()) {
            String message = e instanceof MismatchedInputException mismatch ? expected(mismatch) : "is not valid";
            return respond(Problem.Type.VALIDATION.with(field + ": " + message, List.of(new Violation(field, message))));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return respond(Problem.Type.MALFORMED_BODY.with("The request body " + expected(mismatch) + "."));
        }
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return respond(Problem.Type.MALFORMED_BODY.with("The request body is not valid JSON" + where + "."));
    }

    /** A uniqueness or integrity race lost against a concurrent request: the services check first. */
    @ServerExceptionMapper
    public Response integrity(org.hibernate.exception.ConstraintViolationException e) {
        if ("23505".equals(e.getSQLState())) {
            return respond(Problem.Type.CONFLICT.with("This conflicts with a record that was just created or changed."));
        }
        return respond(Problem.Type.RULE_VIOLATION.with("The change breaks an integrity rule of the catalogue."));
    }

    @ServerExceptionMapper
    public Response staleVersion(jakarta.persistence.OptimisticLockException e) {
        return respond(Problem.Type.CONFLICT.with("Someone changed this record at the same time; reload and retry."));
    }

    /** An API client gets a 401 problem; a person's browser asking for a staff page is sent to sign in. */
    @ServerExceptionMapper
    public Uni<Response> unauthenticated(UnauthorizedException e, RoutingContext routing, HttpHeaders headers) {
        if (!StaffBrowsers.isBrowserPage(routing)) {
            return Uni.createFrom().item(unauthenticated());
        }
        // A return from the provider that did not sign anyone in (replayed, or the provider's own error) is explained,
        // not silently restarted.
        if (SignInChallenge.isReturnFromProvider(routing)) {
            return Uni.createFrom().item(signInNotCompletedPage(headers));
        }
        return SignInChallenge.of(routing, () -> signInNotCompletedPage(headers));
    }

    /** The return from the identity provider could not be verified (forged, replayed or stale state, bad code). */
    @ServerExceptionMapper
    public Response signInNotCompleted(AuthenticationCompletionException e, RoutingContext routing,
            HttpHeaders headers) {
        return StaffBrowsers.isBrowserPage(routing) ? signInNotCompletedPage(headers) : unauthenticated();
    }

    @ServerExceptionMapper
    public Uni<Response> authenticationFailed(AuthenticationFailedException e, RoutingContext routing,
            HttpHeaders headers) {
        return unauthenticated(null, routing, headers);
    }

    private static Response signInNotCompletedPage(HttpHeaders headers) {
        String language = StaffPages.language(null, headers);
        StaffMessages words = StaffPages.messages(language);
        return StaffPages.message(Response.Status.UNAUTHORIZED, language, "/desk", words.signInFailedTitle(),
                words.signInFailedText(), "/desk", words.signIn(), false);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, RoutingContext routing, HttpHeaders headers) {
        if (StaffBrowsers.isBrowserPage(routing)) {
            String language = StaffPages.language(null, headers);
            StaffMessages words = StaffPages.messages(language);
            return StaffPages.message(Response.Status.FORBIDDEN, language, routing.normalizedPath(),
                    words.forbiddenTitle(), words.forbiddenText(), null, null, true);
        }
        return respond(Problem.Type.FORBIDDEN.with("Your token's roles do not include one this operation requires."));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        if (e instanceof NotFoundException) {
            return respond(Problem.Type.NO_SUCH_ENDPOINT.with("No endpoint or resource matches this path."));
        }
        if (e instanceof NotAllowedException) {
            return respond(Problem.Type.METHOD_NOT_ALLOWED.with("See openapi.yaml for the methods of this path."));
        }
        if (e instanceof NotAuthorizedException) {
            return unauthenticated();
        }
        if (e instanceof jakarta.ws.rs.ForbiddenException) {
            return respond(Problem.Type.FORBIDDEN.with("Your token's roles do not include one this operation requires."));
        }
        // Content negotiation in Quarkus REST fails with a plain 406 WebApplicationException, not this subclass.
        if (e instanceof NotAcceptableException || e.getResponse().getStatus() == 406) {
            return respond(Problem.Type.NOT_ACCEPTABLE.with("Ask for one of the media types this endpoint documents."));
        }
        if (e instanceof NotSupportedException) {
            return respond(Problem.Type.UNSUPPORTED_MEDIA_TYPE.with("Send the body as application/json."));
        }
        int status = e.getResponse().getStatus();
        if (status >= 400 && status < 500) {
            return respond(Problem.Type.VALIDATION.with("The request is not valid: "
                    + Response.Status.fromStatusCode(status) + "."));
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        UUID incident = UUID.randomUUID();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(Problem.Type.INTERNAL.with("Incident " + incident + ": the desk's operators can trace it."));
    }

    /** The 401 problem of an API call without a valid token (or whose staff session ended). */
    public static Response unauthenticated() {
        Response problem = respond(Problem.Type.UNAUTHENTICATED.with(
                "Send a valid, unexpired bearer token from the organisation's identity provider."));
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Violation violation(ConstraintViolation<?> violation) {
        String field = fieldOf(violation.getPropertyPath());
        if ("body".equals(field)) {
            return new Violation("body", "a JSON body is required");
        }
        return new Violation(field, violation.getMessage());
    }

    /** The path a client knows: the body field path or the query parameter, without Java method names. */
    private static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return field.length() > 0 ? field.toString() : parameter == null ? "" : parameter;
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String expected(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "has the wrong type";
        }
        if (target.isEnum()) {
            return "must be one of: " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return "must be " + describe(target);
    }

    private static String describe(Class<?> type) {
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == String.class || type == java.net.URI.class || type == java.time.ZoneId.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or instant";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
