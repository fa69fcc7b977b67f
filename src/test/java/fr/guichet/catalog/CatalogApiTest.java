package fr.guichet.catalog;

import static fr.guichet.testsupport.Api.as;
import static fr.guichet.testsupport.Api.asAdmin;
import static fr.guichet.testsupport.Api.controllerBody;
import static fr.guichet.testsupport.Api.createController;
import static fr.guichet.testsupport.Api.createProcessing;
import static fr.guichet.testsupport.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The admin catalogue API: what an administrator can create, read, replace, and what the desk refuses. */
@QuarkusTest
class CatalogApiTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aControllerIsCreatedReadAndReplaced() {
        String name = unique("Centre Léon Bérard");
        String id = asAdmin().body(controllerBody(name)).post("/api/v1/admin/controllers").then().statusCode(201)
                .header("Location", containsString("/api/v1/admin/controllers/"))
                .body("name", equalTo(name))
                .body("timeZone", equalTo("Europe/Paris"))
                .body("holidayCalendar", equalTo("METROPOLITAN"))
                .body("language", equalTo("fr"))
                .extract().path("id");

        Map<String, Object> replaced = new HashMap<>(controllerBody(name));
        replaced.put("holidayCalendar", "ALSACE_MOSELLE");
        replaced.put("language", "en");
        asAdmin().body(replaced).put("/api/v1/admin/controllers/" + id).then().statusCode(200)
                .body("holidayCalendar", equalTo("ALSACE_MOSELLE"));
        asAdmin().get("/api/v1/admin/controllers/" + id).then().statusCode(200)
                .body("holidayCalendar", equalTo("ALSACE_MOSELLE"))
                .body("language", equalTo("en"));
    }

    @Test
    void controllerInputIsValidatedFieldByField() {
        asAdmin().body(Map.of("name", "", "dpoEmail", "not-an-address", "timeZone", "Europe/Paris",
                "holidayCalendar", "METROPOLITAN")).post("/api/v1/admin/controllers").then().statusCode(400)
                .body("type", equalTo("urn:guichet:problem:validation"))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("dpoEmail"));
        Map<String, Object> offset = new HashMap<>(controllerBody(unique("Centre")));
        offset.put("timeZone", "+01:00");
        asAdmin().body(offset).post("/api/v1/admin/controllers").then().statusCode(400)
                .body("violations[0].field", equalTo("timeZone"));
    }

    @Test
    void twoControllersCannotShareAName() {
        String name = unique("Institut Curie");
        asAdmin().body(controllerBody(name)).post("/api/v1/admin/controllers").then().statusCode(201);
        asAdmin().body(controllerBody(name)).post("/api/v1/admin/controllers").then().statusCode(409)
                .body("type", equalTo("urn:guichet:problem:conflict"));
    }

    @Test
    void anUnknownIdAnswers404() {
        asAdmin().get("/api/v1/admin/controllers/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("urn:guichet:problem:not-found"));
        asAdmin().get("/api/v1/admin/processings/" + UUID.randomUUID()).then().statusCode(404);
        asAdmin().get("/api/v1/admin/studies/" + UUID.randomUUID()).then().statusCode(404);
        asAdmin().get("/api/v1/admin/partners/no-such-partner").then().statusCode(404);
    }

    @Test
    void listsPageThroughEveryRowOnceInNameOrder() {
        for (int i = 0; i < 5; i++) {
            createController();
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = asAdmin().queryParam("limit", 2).queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .get("/api/v1/admin/controllers").then().statusCode(200).extract();
            List<String> names = page.path("items.name");
            assertThat(names.size()).isLessThanOrEqualTo(2);
            seen.addAll(names);
            cursor = page.path("next");
        } while (cursor != null);
        assertThat(seen).doesNotHaveDuplicates().isSorted();
        long total = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createQuery("select count(c) from Controller c").getSingleResult());
        assertThat(seen).hasSize((int) total);
    }

    @Test
    void aLegalObligationProcessingCannotAdmitOppositionOrErasure() {
        String controller = createController();
        String name = unique("Registre des cancers");
        asAdmin().body(Map.of("controllerId", controller, "name", name, "legalBasis", "LEGAL_OBLIGATION",
                "rights", List.of("ACCESS", "OPPOSITION", "ERASURE"))).post("/api/v1/admin/processings").then()
                .statusCode(422)
                .body("type", equalTo("urn:guichet:problem:rule-violation"))
                .body("violations[0].field", equalTo("rights"))
                .body("detail", containsString("OPPOSITION"))
                .body("detail", containsString("ERASURE"));
        long stored = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createQuery("select count(p) from Processing p where p.name = :name").setParameter("name", name)
                .getSingleResult());
        assertThat(stored).as("nothing half-written").isZero();

        asAdmin().body(Map.of("controllerId", controller, "name", name, "legalBasis", "LEGAL_OBLIGATION",
                "legalReference", "Décret n° 2025-1366", "rights", List.of("ACCESS", "RECTIFICATION", "LIMITATION")))
                .post("/api/v1/admin/processings").then().statusCode(201)
                .body("legalReference", equalTo("Décret n° 2025-1366"))
                .body("oppositionRequiresReason", equalTo(false));
    }

    @Test
    void portabilityIsOnlyAdmittedUnderConsentOrContract() {
        String controller = createController();
        asAdmin().body(Map.of("controllerId", controller, "name", unique("Cohorte"), "legalBasis", "PUBLIC_TASK",
                "rights", List.of("ACCESS", "PORTABILITY"))).post("/api/v1/admin/processings").then().statusCode(422);
        asAdmin().body(Map.of("controllerId", controller, "name", unique("Cohorte"), "legalBasis", "CONSENT",
                "rights", List.of("ACCESS", "PORTABILITY"))).post("/api/v1/admin/processings").then().statusCode(201)
                .body("rights", equalTo(List.of("ACCESS", "PORTABILITY")));
    }

    @Test
    void aProcessingNeedsAnExistingControllerAndCannotMoveToAnother() {
        asAdmin().body(Map.of("controllerId", UUID.randomUUID().toString(), "name", unique("Entrepôt"),
                "legalBasis", "PUBLIC_TASK", "rights", List.of("ACCESS"))).post("/api/v1/admin/processings").then()
                .statusCode(422).body("violations[0].field", equalTo("controllerId"));

        String processing = createProcessing();
        asAdmin().body(Map.of("controllerId", createController(), "name", unique("Entrepôt"),
                "legalBasis", "PUBLIC_TASK", "rights", List.of("ACCESS"))).put("/api/v1/admin/processings/" + processing)
                .then().statusCode(422).body("violations[0].field", equalTo("controllerId"));
    }

    @Test
    void aProcessingIsReplacedWithNewRightsAndReason() {
        String controller = createController();
        String processing = createProcessing(controller, "LEGITIMATE_INTEREST", List.of("ACCESS"));
        asAdmin().body(Map.of("controllerId", controller, "name", unique("OncoDataHub"), "legalBasis",
                "LEGITIMATE_INTEREST", "rights", List.of("OPPOSITION", "ACCESS"), "oppositionRequiresReason", true))
                .put("/api/v1/admin/processings/" + processing).then().statusCode(200)
                .body("rights", equalTo(List.of("ACCESS", "OPPOSITION")))
                .body("oppositionRequiresReason", equalTo(true));
    }

    @Test
    void studiesReferToExistingProcessingsAndHaveUniqueCodes() {
        String processing = createProcessing();
        String code = "QOL-" + UUID.randomUUID().toString().substring(0, 6);
        String study = asAdmin().body(Map.of("name", "Qualité de vie", "code", code, "processingIds", List.of(processing)))
                .post("/api/v1/admin/studies").then().statusCode(201)
                .body("processingIds", equalTo(List.of(processing))).extract().path("id");
        asAdmin().body(Map.of("name", "Autre", "code", code, "processingIds", List.of(processing)))
                .post("/api/v1/admin/studies").then().statusCode(409);
        String unknown = UUID.randomUUID().toString();
        asAdmin().body(Map.of("name", "Autre", "code", code + "-2", "processingIds", List.of(unknown)))
                .post("/api/v1/admin/studies").then().statusCode(422)
                .body("detail", containsString(unknown));

        String second = createProcessing();
        asAdmin().body(Map.of("name", "Qualité de vie 2", "code", code, "processingIds", List.of(processing, second)))
                .put("/api/v1/admin/studies/" + study).then().statusCode(200)
                .body("processingIds.size()", equalTo(2));
    }

    @Test
    void aPartnerGetsItsSigningSecretOnceAndItIsStoredEncrypted() {
        String processing = createProcessing();
        String id = "warehouse-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = asAdmin().body(Map.of("id", id, "name", "WeShare", "processingIds", List.of(processing),
                "webhookUrl", "https://weshare.example/hooks/guichet")).post("/api/v1/admin/partners").then()
                .statusCode(201)
                .body("signingSecret", startsWith("whsec_"))
                .extract().path("signingSecret");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(32);

        asAdmin().get("/api/v1/admin/partners/" + id).then().statusCode(200)
                .body("$", not(hasKey("signingSecret")))
                .body("webhookUrl", equalTo("https://weshare.example/hooks/guichet"));
        asAdmin().queryParam("limit", 200).get("/api/v1/admin/partners").then().statusCode(200)
                .body("items.signingSecret", not(hasItem(secret)));

        byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) entityManager
                .createNativeQuery("select signing_secret from partners where id = :id").setParameter("id", id)
                .getSingleResult());
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(secret).doesNotContain(secret.substring(6, 20));
    }

    @Test
    void aRotatedSecretDiffersAndThePreviousOneStaysValidForTheOverlap() {
        String id = "odh-" + UUID.randomUUID().toString().substring(0, 8);
        String first = asAdmin().body(Map.of("id", id, "name", "OncoDataHub", "processingIds", List.of(createProcessing())))
                .post("/api/v1/admin/partners").then().statusCode(201)
                .body("webhookUrl", nullValue()).extract().path("signingSecret");
        String rotated = asAdmin().post("/api/v1/admin/partners/" + id + "/secret-rotations").then().statusCode(200)
                .body("partnerId", equalTo(id))
                .body("previousSecretExpiresAt", org.hamcrest.Matchers.notNullValue())
                .extract().path("signingSecret");
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(first);
    }

    @Test
    void partnerIdsAreUniqueAndWebhooksUseTls() {
        String processing = createProcessing();
        String id = "team-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().body(Map.of("id", id, "name", "Équipe", "processingIds", List.of(processing),
                "webhookUrl", "http://warehouse.example/hooks")).post("/api/v1/admin/partners").then().statusCode(400)
                .body("violations[0].field", equalTo("webhookUrl"));
        asAdmin().body(Map.of("id", id, "name", "Équipe", "processingIds", List.of(processing),
                "webhookUrl", "http://127.0.0.1:9999/hooks")).post("/api/v1/admin/partners").then().statusCode(201);
        asAdmin().body(Map.of("id", id, "name", "Équipe", "processingIds", List.of(processing)))
                .post("/api/v1/admin/partners").then().statusCode(409);
        asAdmin().body(Map.of("name", "Équipe renommée", "processingIds", List.of(processing)))
                .put("/api/v1/admin/partners/" + id).then().statusCode(200)
                .body("name", equalTo("Équipe renommée"))
                .body("webhookUrl", nullValue());
    }

    @Test
    void thePublicCatalogueShowsAdmittedRightsWithoutAToken() {
        String controller = createController();
        String processing = createProcessing(controller, "LEGAL_OBLIGATION", List.of("ACCESS", "RECTIFICATION"));
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().queryParam("limit", 200).queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .get("/api/v1/processings").then().statusCode(200).extract();
            all.addAll(page.path("items"));
            cursor = page.path("next");
        } while (cursor != null);
        Map<String, Object> shown = all.stream().filter(p -> processing.equals(p.get("id"))).findFirst().orElseThrow();
        assertThat(shown.get("rights")).isEqualTo(List.of("ACCESS", "RECTIFICATION"));
        assertThat(shown.get("controllerId")).isEqualTo(controller);
    }

    @Test
    void onlyAdminsManageTheCatalogue() {
        as(Tokens.dpo()).body(controllerBody(unique("Centre"))).post("/api/v1/admin/controllers").then().statusCode(403);
        as(Tokens.of("auditor", "compliance")).get("/api/v1/admin/partners").then().statusCode(403);
    }
}
