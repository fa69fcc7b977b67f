package fr.guichet.testsupport;

import static fr.guichet.testsupport.Api.as;
import static fr.guichet.testsupport.Api.asAdmin;
import static fr.guichet.testsupport.Api.unique;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Fixtures for the desk's request tests: a small catalogue, filings and actions. Each call creates new data. */
public final class Desk {

    private Desk() {
    }

    /** A controller with its processings, a study feeding them and partners serving them. */
    /** Where every test controller receives post: the sender of its postal letters. */
    public static final String CONTROLLER_ADDRESS = "Délégué à la protection des données\n12 rue de l'Exemple\n"
            + "75013 Paris";

    public record Catalogue(String controllerId, List<String> processingIds, String studyId) {
        public String processingId() {
            return processingIds.get(0);
        }
    }

    public static RequestSpecification asDpo() {
        return as(Tokens.dpo());
    }

    public static RequestSpecification asCompliance() {
        return as(Tokens.of("test-compliance", "compliance"));
    }

    public static String createController(String zone, String calendar) {
        return asAdmin().body(Map.of("name", unique("Centre"), "dpoEmail", "dpo@centre.example", "timeZone", zone,
                "holidayCalendar", calendar, "postalAddress", CONTROLLER_ADDRESS))
                .post("/api/v1/admin/controllers").then().statusCode(201).extract().path("id");
    }

    public static String createProcessing(String controllerId, String legalBasis, List<String> rights,
            String legalReference, boolean oppositionRequiresReason) {
        Map<String, Object> body = new HashMap<>(Map.of("controllerId", controllerId, "name", unique("Entrepôt"),
                "legalBasis", legalBasis, "rights", rights, "oppositionRequiresReason", oppositionRequiresReason));
        if (legalReference != null) {
            body.put("legalReference", legalReference);
        }
        return asAdmin().body(body).post("/api/v1/admin/processings").then().statusCode(201).extract().path("id");
    }

    public static String createStudy(List<String> processingIds) {
        return asAdmin().body(Map.of("name", unique("Étude"), "code", "S" + UUID.randomUUID().toString()
                .substring(0, 8), "processingIds", processingIds)).post("/api/v1/admin/studies").then()
                .statusCode(201).extract().path("id");
    }

    public static String createPartner(List<String> processingIds) {
        String id = "wh-" + UUID.randomUUID().toString().substring(0, 12);
        asAdmin().body(Map.of("id", id, "name", unique("Entrepôt partenaire"), "processingIds", processingIds))
                .post("/api/v1/admin/partners").then().statusCode(201);
        return id;
    }

    /** A partner that receives webhooks, with the signing secret that its creation returned. */
    public record WebhookPartner(String id, String signingSecret) {
    }

    public static WebhookPartner createPartner(List<String> processingIds, String webhookUrl) {
        String id = "wh-" + UUID.randomUUID().toString().substring(0, 12);
        String secret = asAdmin().body(Map.of("id", id, "name", unique("Entrepôt partenaire"), "processingIds",
                processingIds, "webhookUrl", webhookUrl)).post("/api/v1/admin/partners").then().statusCode(201)
                .extract().path("signingSecret");
        return new WebhookPartner(id, secret);
    }

    /** A Paris controller, one public-task processing admitting every right but portability, and a study. */
    public static Catalogue catalogue() {
        String controllerId = createController("Europe/Paris", "METROPOLITAN");
        String processingId = createProcessing(controllerId, "PUBLIC_TASK",
                List.of("ACCESS", "RECTIFICATION", "ERASURE", "LIMITATION", "OPPOSITION"), null, false);
        return new Catalogue(controllerId, List.of(processingId), createStudy(List.of(processingId)));
    }

    /** A filing by the person themself, received by post at {@code receivedAt}. */
    public static Map<String, Object> filing(Catalogue catalogue, String right, String receivedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("processingIds", catalogue.processingIds());
        body.put("right", right);
        body.put("requester", Map.of("role", "SELF", "fullName", "Camille Martin", "email",
                "camille.martin@patient.example", "postalAddress", "12 rue des Lilas, 69008 Lyon"));
        body.put("studyId", catalogue.studyId());
        body.put("participantCode", "P-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("details", "Je ne souhaite plus que mes données de suivi oncologique soient réutilisées.");
        body.put("language", "fr");
        body.put("channel", "POST");
        body.put("receivedAt", receivedAt);
        return body;
    }

    public static String file(Map<String, Object> filing) {
        return asDpo().body(filing).post("/api/v1/desk/requests").then().statusCode(201).extract().path("id");
    }

    public static Response act(String requestId, Map<String, Object> command) {
        return asDpo().body(command).post("/api/v1/desk/requests/" + requestId + "/actions");
    }

    public static Response act(String requestId, String action) {
        return act(requestId, Map.of("action", action));
    }

    /** Carries out an action that must succeed. */
    public static void done(String requestId, Map<String, Object> command) {
        act(requestId, command).then().statusCode(200);
    }

    public static Response get(String requestId) {
        return asDpo().get("/api/v1/desk/requests/" + requestId);
    }
}
