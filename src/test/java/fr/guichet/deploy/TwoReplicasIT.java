package fr.guichet.deploy;

import static fr.guichet.testsupport.PackagedApp.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import fr.guichet.testsupport.PackagedApp.Deployment;
import fr.guichet.testsupport.PackagedApp.Instance;

/**
 * Two replicas of the packaged desk on one PostgreSQL, each running every scheduled job: a burst of decisions
 * filed through both reaches each partner once per event, each e-mail reaches its recipient once, and each
 * reminder is sent once.
 */
class TwoReplicasIT {

    private static final int REQUESTS = 24;
    /** Every job on every replica runs each second, so the two replicas contend on every claim. */
    private static final Map<String, String> BUSY_JOBS = Map.of("GUICHET_DELIVERY_EVERY", "1s",
            "GUICHET_MAIL_DISPATCH_EVERY", "1s", "GUICHET_REMINDERS_EVERY", "1s", "GUICHET_DELIVERY_BATCH_SIZE", "3",
            "GUICHET_MAIL_BATCH_SIZE", "3", "GUICHET_REMINDERS_BATCH_SIZE", "3");
    private static final String DPO = "dpo@lyon.example";

    /** A partner endpoint that counts every delivery of every webhook-id and always accepts. */
    private static final class Receiver implements AutoCloseable {
        final HttpServer server;
        final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(8));
            server.createContext("/hook", this::handle);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        private void handle(HttpExchange exchange) throws IOException {
            exchange.getRequestBody().readAllBytes();
            deliveries.computeIfAbsent(exchange.getRequestHeaders().getFirst("webhook-id"),
                    id -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void twoReplicasShareTheWorkAndNeitherRepeatsIt() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        try (Deployment deployment = Deployment.start(); Receiver lille = new Receiver();
                Receiver lyon = new Receiver()) {
            Map<String, String> settings = new HashMap<>(BUSY_JOBS);
            settings.put("QUARKUS_MAILER_PORT", String.valueOf(smtp.getSmtp().getPort()));
            Instance a = deployment.launch("replica-a", settings);
            Instance b = deployment.launch("replica-b", settings);
            String admin = deployment.token("it-admin", "admin");
            String dpo = deployment.token("it-dpo", "dpo");

            String controllerId = idOf(a.post("/api/v1/admin/controllers", admin, "{\"name\": \"Centre Léon "
                    + "Bérard\", \"dpoEmail\": \"" + DPO + "\", \"timeZone\": \"Europe/Paris\", "
                    + "\"holidayCalendar\": \"METROPOLITAN\"}"));
            String processingId = idOf(b.post("/api/v1/admin/processings", admin, "{\"controllerId\": \""
                    + controllerId + "\", \"name\": \"Entrepôt de recherche\", \"legalBasis\": \"PUBLIC_TASK\", "
                    + "\"rights\": [\"ACCESS\", \"OPPOSITION\"]}"));
            String studyId = idOf(a.post("/api/v1/admin/studies", admin, "{\"name\": \"Cohorte sein\", \"code\": "
                    + "\"SEIN-1\", \"processingIds\": [\"" + processingId + "\"]}"));
            for (Receiver receiver : List.of(lille, lyon)) {
                String partner = receiver == lille ? "lille-warehouse" : "lyon-warehouse";
                assertThat(b.post("/api/v1/admin/partners", admin, "{\"id\": \"" + partner + "\", \"name\": \""
                        + partner + "\", \"processingIds\": [\"" + processingId + "\"], \"webhookUrl\": \""
                        + receiver.url() + "\"}").statusCode()).isEqualTo(201);
            }

            // The burst: each request is filed, started and decided, alternately through one replica and the other.
            // Received 40 days ago, each is overdue: the unassigned desk's DPO gets one reminder per request.
            String receivedAt = Instant.now().minus(40, ChronoUnit.DAYS).toString();
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<String>> filed = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                Instance first = i % 2 == 0 ? a : b;
                Instance second = i % 2 == 0 ? b : a;
                int n = i;
                filed.add(clients.submit(() -> {
                    String requestId = idOf(first.post("/api/v1/desk/requests", dpo, "{\"processingIds\": [\""
                            + processingId + "\"], \"right\": \"OPPOSITION\", \"requester\": {\"role\": \"SELF\", "
                            + "\"fullName\": \"Patient " + n + "\", \"email\": \"" + requester(n) + "\"}, "
                            + "\"studyId\": \"" + studyId + "\", \"participantCode\": \"SEIN-1-" + n + "\", "
                            + "\"language\": \"fr\", \"channel\": \"EMAIL\", \"receivedAt\": \"" + receivedAt
                            + "\"}"));
                    assertOk(second.post("/api/v1/desk/requests/" + requestId + "/actions", dpo,
                            "{\"action\": \"START\"}"));
                    assertOk(first.post("/api/v1/desk/requests/" + requestId + "/actions", dpo,
                            "{\"action\": \"DECIDE\", \"outcome\": \"GRANTED\"}"));
                    return requestId;
                }));
            }
            for (Future<String> request : filed) {
                request.get();
            }
            clients.shutdown();

            List<String> eventIds = deployment.column("SELECT id::text FROM partner_events");
            assertThat(eventIds).hasSize(2 * REQUESTS);
            await(() -> delivered(lille, lyon).keySet().containsAll(eventIds), Duration.ofSeconds(90), a, b);
            Map<String, Integer> deliveries = delivered(lille, lyon);
            assertThat(deliveries.keySet()).containsExactlyInAnyOrderElementsOf(eventIds);
            assertThat(deliveries.values()).as("deliveries per webhook-id").containsOnly(1);
            assertThat(deployment.column("SELECT DISTINCT delivery_state FROM partner_events"))
                    .containsExactly("DELIVERED");
            assertThat(deployment.column("SELECT count(*) FROM delivery_attempts")).as("attempts, all replicas")
                    .containsExactly(String.valueOf(eventIds.size()));

            // Every requester's acknowledgement, sent by whichever replica claimed it, arrives once.
            await(() -> smtp.getReceivedMessages().length >= REQUESTS, Duration.ofSeconds(60), a, b);
            for (int i = 0; i < REQUESTS; i++) {
                assertThat(received(smtp, requester(i))).as(requester(i)).hasSize(1);
            }

            List<String> references = new ArrayList<>();
            for (Future<String> request : filed) {
                HttpResponse<String> view = a.get("/api/v1/desk/requests/" + request.get(), dpo);
                references.add(view.body().replaceAll("(?s).*\"reference\":\"([^\"]+)\".*", "$1"));
            }
            await(() -> overdueReminders(smtp).size() >= REQUESTS, Duration.ofSeconds(60), a, b);
            Thread.sleep(3000); // a few more runs of both replicas' reminder jobs: nothing more may come
            assertThat(overdueReminders(smtp)).as("overdue reminders to the DPO, one per request")
                    .containsExactlyInAnyOrderElementsOf(references.stream()
                            .map(reference -> "Guichet : la demande " + reference + " est en retard").toList());

            // Both replicas serve the API and see the same desk.
            for (Instance replica : List.of(a, b)) {
                HttpResponse<String> request = replica.get("/api/v1/desk/requests/" + filed.get(0).get(), dpo);
                assertThat(request.statusCode()).isEqualTo(200);
                assertThat(request.body()).contains("\"status\":\"DECIDED\"");
            }
        } finally {
            smtp.stop();
        }
    }

    private static List<String> overdueReminders(GreenMail smtp) {
        return received(smtp, DPO).stream().map(message -> {
            try {
                return message.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).filter(subject -> subject.endsWith(" est en retard")).toList();
    }

    private static String requester(int n) {
        return "patient-" + n + "@patient.example";
    }

    private static void assertOk(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static Map<String, Integer> delivered(Receiver... receivers) {
        Map<String, Integer> all = new HashMap<>();
        for (Receiver receiver : receivers) {
            receiver.deliveries.forEach((id, count) -> all.merge(id, count.get(), Integer::sum));
        }
        return all;
    }

    private static List<MimeMessage> received(GreenMail smtp, String to) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equals(to));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static void await(BooleanSupplier condition, Duration timeout, Instance... replicas)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                StringBuilder logs = new StringBuilder();
                for (Instance replica : replicas) {
                    logs.append("\n--- ").append(replica.baseUri()).append('\n').append(replica.log());
                }
                throw new AssertionError("timed out after " + timeout + logs);
            }
            Thread.sleep(250);
        }
    }

}
