package fr.guichet.propagation;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The reference partner client of docs/partners.md, with nothing but the JDK's HTTP client and Jackson: load the
 * flag snapshot, follow the feed from the snapshot's cursor, apply each event to the local copy of the flags, save,
 * then acknowledge. A real warehouse keeps {@link #flags()} and {@link #cursor()} in its own database, saved in
 * one transaction, before it acknowledges.
 *
 * <p>Run it against a desk: {@code java ReferenceConsumer https://guichet.example "$PARTNER_TOKEN"}.
 */
public final class ReferenceConsumer {

    /** A flag as a partner knows it: OPPOSITION or RESTRICTION on processing + study + participant code. */
    public record Flag(String type, String processingId, String studyId, String participantCode) {
    }

    private static final int PAGE = 500;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI desk;
    private final String token;
    private final Set<Flag> flags = new HashSet<>();
    private String cursor;

    public ReferenceConsumer(URI desk, String token) {
        this.desk = desk;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        ReferenceConsumer consumer = new ReferenceConsumer(URI.create(args[0]), args[1]);
        consumer.loadSnapshot();
        System.out.printf("%d flags in force at %s%n", consumer.flags().size(), consumer.cursor());
        while (!Thread.currentThread().isInterrupted()) {
            int applied = consumer.catchUp();
            System.out.printf("%d events applied; %d flags in force at %s%n", applied, consumer.flags().size(),
                    consumer.cursor());
            Thread.sleep(10_000);
        }
    }

    /** Replaces the local flags with the snapshot, and resumes the feed from the snapshot's position. */
    public void loadSnapshot() throws IOException, InterruptedException {
        HttpResponse<Stream<String>> response = http.send(request("/api/v1/partner/flags")
                .header("Accept", "application/x-ndjson").GET().build(), HttpResponse.BodyHandlers.ofLines());
        expect(response, 200);
        try (Stream<String> lines = response.body()) {
            Iterator<String> line = lines.iterator();
            String position = json.readTree(line.next()).get("cursor").asText();
            Set<Flag> loaded = new HashSet<>();
            while (line.hasNext()) {
                JsonNode flag = json.readTree(line.next());
                loaded.add(new Flag(flag.get("type").asText(), flag.get("processingId").asText(),
                        flag.get("studyId").asText(), flag.get("participantCode").asText()));
            }
            flags.clear();
            flags.addAll(loaded);
            cursor = position;
        }
    }

    /** Applies every event released since the cursor, page by page; returns how many. */
    public int catchUp() throws IOException, InterruptedException {
        int applied = 0;
        JsonNode events;
        do {
            String query = "?limit=" + PAGE + "&after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
            HttpResponse<String> response = http.send(request("/api/v1/partner/feed" + query)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            expect(response, 200);
            JsonNode page = json.readTree(response.body());
            events = page.get("events");
            List<String> ids = new ArrayList<>();
            for (JsonNode event : events) {
                apply(event);
                ids.add(event.get("id").asText());
            }
            cursor = page.get("next").asText();
            // Here a warehouse commits its flags and the cursor, then acknowledges: a crash in between only
            // repeats an acknowledgement, which the desk ignores.
            acknowledge(ids);
            applied += ids.size();
        } while (events.size() == PAGE);
        return applied;
    }

    public Set<Flag> flags() {
        return Set.copyOf(flags);
    }

    public String cursor() {
        return cursor;
    }

    /** Setting or lifting twice changes nothing, so an event applied again (say, from a webhook) is harmless. */
    private void apply(JsonNode event) {
        String type = event.get("type").asText();
        String kind = type.substring(0, type.indexOf('.'));
        if (!kind.equals("opposition") && !kind.equals("restriction")) {
            // erasure.ordered and rectification.notified are one-off orders: carry them out; no flag changes.
            return;
        }
        Flag flag = new Flag(kind.toUpperCase(), event.get("processingId").asText(), event.get("studyId").asText(),
                event.get("participantCode").asText());
        if (type.endsWith(".set")) {
            flags.add(flag);
        } else {
            flags.remove(flag);
        }
    }

    private void acknowledge(List<String> ids) throws IOException, InterruptedException {
        if (ids.isEmpty()) {
            return;
        }
        String body = json.writeValueAsString(Map.of("eventIds", ids));
        expect(http.send(request("/api/v1/partner/acks").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()), 200);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(desk.resolve(path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token);
    }

    private static void expect(HttpResponse<?> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }
}
