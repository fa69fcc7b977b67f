package fr.guichet.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's webhook endpoint on loopback (the JDK's HTTP server on a free port): it records every request and
 * answers with the statuses it was told to, then 200. Its error answers quote an e-mail address, as real
 * receivers sometimes do, so tests can check that the attempt log redacts it.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received: its headers (names as the server normalised them) and its body. */
    public record Received(Map<String, List<String>> headers, String body, int answeredWith) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String webhookId() {
            return header("webhook-id");
        }
    }

    public static final String ERROR_BODY = "Internal error; please write to ops@receiver.example";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Queue<Integer> scripted = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** A receiver that answers these statuses to its first requests, in order, then 200. */
    public static WebhookReceiver answering(Integer... statuses) {
        WebhookReceiver receiver = new WebhookReceiver();
        receiver.scripted.addAll(List.of(statuses));
        return receiver;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/guichet?token=receiver-token";
    }

    /** A URL on which nothing listens: a receiver that is down. */
    public static String downUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/hooks/guichet";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** The requests this receiver answered with a 2xx. */
    public List<Received> accepted() {
        return received.stream().filter(r -> r.answeredWith() / 100 == 2).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Integer next = scripted.poll();
        int status = next == null ? 200 : next;
        received.add(new Received(new HashMap<>(exchange.getRequestHeaders()), body, status));
        byte[] answer = (status / 100 == 2 ? "ok" : ERROR_BODY).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
