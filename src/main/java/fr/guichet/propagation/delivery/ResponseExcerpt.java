package fr.guichet.propagation.delivery;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.regex.Pattern;

/**
 * Reads the start of a partner's answer and stops there: the answer is only kept for admins, so a huge or
 * endless body must cost neither memory nor time. The text kept is redacted and at most {@link #MAX_CHARS} long.
 */
final class ResponseExcerpt implements BodySubscriber<String> {

    static final int MAX_CHARS = 500;
    /** Enough bytes for {@link #MAX_CHARS} characters of UTF-8. */
    private static final int MAX_BYTES = 4 * MAX_CHARS;
    /** Receivers sometimes echo what they got or their own contacts: no e-mail address goes to the log. */
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"@]+@[^\\s<>\"]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final CompletableFuture<String> text = new CompletableFuture<>();
    private Flow.Subscription subscription;

    @Override
    public CompletionStage<String> getBody() {
        return text;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            byte[] bytes = new byte[Math.min(buffer.remaining(), MAX_BYTES - kept.size())];
            buffer.get(bytes);
            kept.write(bytes, 0, bytes.length);
        }
        if (kept.size() >= MAX_BYTES) {
            subscription.cancel();
            finish();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onError(Throwable error) {
        finish();
    }

    @Override
    public void onComplete() {
        finish();
    }

    private void finish() {
        text.complete(redact(kept.toString(StandardCharsets.UTF_8)));
    }

    /** Addresses and control characters out, then cut to {@link #MAX_CHARS}; null for an empty answer. */
    static String redact(String body) {
        String redacted = CONTROL.matcher(ADDRESS.matcher(body).replaceAll("<address>")).replaceAll(" ").strip();
        if (redacted.isEmpty()) {
            return null;
        }
        if (redacted.length() <= MAX_CHARS) {
            return redacted;
        }
        // Never half of a surrogate pair: PostgreSQL text cannot hold it.
        int end = Character.isHighSurrogate(redacted.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return redacted.substring(0, end);
    }
}
