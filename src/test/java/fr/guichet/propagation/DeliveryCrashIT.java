package fr.guichet.propagation;

import static fr.guichet.testsupport.PackagedApp.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import fr.guichet.testsupport.PackagedApp.Deployment;
import fr.guichet.testsupport.PackagedApp.Instance;

/**
 * Nothing is lost when the desk dies mid-delivery: the packaged application is killed while a partner's endpoint
 * holds a webhook request open; after a restart every event reaches the partner, the interrupted one under the
 * same webhook-id.
 */
class DeliveryCrashIT {

    /** Claims must outlast the longest call, so the held request ends with the crash, not with a timeout. */
    private static final Map<String, String> FAST_DELIVERY = Map.of("GUICHET_DELIVERY_EVERY", "1s",
            "GUICHET_DELIVERY_LEASE", "PT30S", "GUICHET_DELIVERY_CONNECT_TIMEOUT", "PT2S",
            "GUICHET_DELIVERY_REQUEST_TIMEOUT", "PT20S");
    private static final int EVENTS = 3;

    /** A partner endpoint that holds the first delivery open until released, then accepts everything. */
    private static final class Receiver implements AutoCloseable {
        final HttpServer server;
        final CountDownLatch holding = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final Set<String> accepted = ConcurrentHashMap.newKeySet();
        volatile String heldId;

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/hook", this::handle);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        private void handle(HttpExchange exchange) throws IOException {
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            exchange.getRequestBody().readAllBytes();
            if (heldId == null) {
                heldId = id;
                holding.countDown();
                try {
                    release.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
                return;
            }
            accepted.add(id);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        }

        @Override
        public void close() {
            release.countDown();
            server.stop(0);
        }
    }

    @Test
    void eventsInFlightWhenTheDeskDiesAreDeliveredAfterItRestarts() throws Exception {
        try (Deployment deployment = Deployment.start(); Receiver receiver = new Receiver()) {
            Instance desk = deployment.launch("delivery-crash", FAST_DELIVERY);
            String admin = deployment.token("it-admin", "admin");
            String dpo = deployment.token("it-dpo", "dpo");
            String controllerId = idOf(desk.post("/api/v1/admin/controllers", admin, "{\"name\": \"Centre Oscar "
                    + "Lambret\", \"dpoEmail\": \"dpo@lille.example\", \"timeZone\": \"Europe/Paris\", "
                    + "\"holidayCalendar\": \"METROPOLITAN\"}"));
            String processingId = idOf(desk.post("/api/v1/admin/processings", admin, "{\"controllerId\": \""
                    + controllerId + "\", \"name\": \"Entrepôt\", \"legalBasis\": \"PUBLIC_TASK\", "
                    + "\"rights\": [\"ACCESS\", \"OPPOSITION\"]}"));
            String studyId = idOf(desk.post("/api/v1/admin/studies", admin, "{\"name\": \"Cohorte\", \"code\": "
                    + "\"COH-1\", \"processingIds\": [\"" + processingId + "\"]}"));
            assertThat(desk.post("/api/v1/admin/partners", admin, "{\"id\": \"lille-warehouse\", \"name\": "
                    + "\"Entrepôt de Lille\", \"processingIds\": [\"" + processingId + "\"], \"webhookUrl\": \""
                    + receiver.url() + "\"}").statusCode()).isEqualTo(201);

            for (int i = 0; i < EVENTS; i++) {
                String requestId = idOf(desk.post("/api/v1/desk/requests", dpo, "{\"processingIds\": [\""
                        + processingId + "\"], \"right\": \"OPPOSITION\", \"requester\": {\"role\": \"SELF\", "
                        + "\"fullName\": \"Patient " + i + "\", \"postalAddress\": \"Lille\"}, \"studyId\": \""
                        + studyId + "\", \"participantCode\": \"COH-1-00" + i + "\", \"language\": \"fr\", "
                        + "\"channel\": \"POST\", \"receivedAt\": \"2026-03-10T09:00:00+01:00\"}"));
                for (String action : List.of("{\"action\": \"START\"}",
                        "{\"action\": \"DECIDE\", \"outcome\": \"GRANTED\"}")) {
                    assertThat(desk.post("/api/v1/desk/requests/" + requestId + "/actions", dpo, action).statusCode())
                            .isEqualTo(200);
                }
            }
            List<String> eventIds = eventIds(deployment);
            assertThat(eventIds).hasSize(EVENTS);

            assertThat(receiver.holding.await(60, TimeUnit.SECONDS)).as("a delivery reached the partner").isTrue();
            desk.crash();
            receiver.release.countDown();
            desk.restart();

            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!receiver.accepted.containsAll(eventIds) && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            assertThat(receiver.accepted).as("webhook-ids accepted; desk log:\n" + desk.log())
                    .containsAll(eventIds).contains(receiver.heldId);
            assertThat(deliveryStates(deployment)).containsOnly("DELIVERED");
        }
    }

    private static List<String> eventIds(Deployment deployment) throws SQLException {
        return deployment.column("SELECT id::text FROM partner_events ORDER BY tx_id, seq");
    }

    private static List<String> deliveryStates(Deployment deployment) throws SQLException {
        return deployment.column("SELECT delivery_state FROM partner_events");
    }

}
