package fr.guichet.propagation.delivery;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.catalog.WebhookTarget;
import fr.guichet.propagation.PartnerEventPayload;

/**
 * Sends one signed webhook and reports what happened; never throws for what the partner's side does. Redirects
 * are not followed: a partner moves its endpoint by telling an admin, not by redirecting signed payloads.
 */
@ApplicationScoped
class WebhookSender {

    private static final String USER_AGENT = "Guichet-Webhooks/1";

    private final HttpClient client;
    private final ObjectMapper json;
    private final Clock clock;
    private final DeliveryConfig config;

    WebhookSender(ObjectMapper json, Clock clock, DeliveryConfig config) {
        this.json = json;
        this.clock = clock;
        this.config = config;
        // HTTP/1.1: receivers are plain endpoints; an h2c upgrade on http would only add a way to fail.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Attempt send(WebhookTarget target, PartnerEventPayload payload) {
        String body = serialize(payload);
        Instant at = clock.instant();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.url()))
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        WebhookSignature.headers(payload.id(), at, body, target.signingSecrets()).forEach(request::header);
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> exchange = client.sendAsync(request.build(),
                info -> new ResponseExcerpt());
        try {
            // The request timeout covers the answer's headers only; this bounds the whole exchange.
            HttpResponse<String> response = exchange.get(
                    config.connectTimeout().plus(config.requestTimeout()).toMillis(), TimeUnit.MILLISECONDS);
            return Attempt.answered(at, since(started), response.statusCode(), response.body());
        } catch (ExecutionException e) {
            return Attempt.unanswered(at, since(started), describe(e.getCause()));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return Attempt.unanswered(at, since(started), "no complete answer in time");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return Attempt.unanswered(at, since(started), "interrupted");
        }
    }

    /** Fixed wordings: exception messages may quote the URL, whose path or query may carry a receiver's token. */
    static String describe(Throwable error) {
        if (error instanceof HttpConnectTimeoutException) {
            return "connection timed out";
        }
        if (error instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        if (error instanceof ConnectException) {
            return "connection refused or unreachable";
        }
        if (error instanceof SSLException) {
            return "TLS failure";
        }
        return "network error";
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private String serialize(PartnerEventPayload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise partner event " + payload.id(), e);
        }
    }
}
