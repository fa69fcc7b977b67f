package fr.guichet.propagation.delivery;

import static fr.guichet.propagation.delivery.DeliveryFixtures.grant;
import static fr.guichet.testsupport.Api.as;
import static fr.guichet.testsupport.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.propagation.delivery.DeliveryFixtures.Event;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.Desk.Catalogue;
import fr.guichet.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The admins' view of webhook delivery: paging, filters, and what they may not do. */
@QuarkusTest
class DeliveryAdminApiTest {

    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    EntityManager entityManager;

    @Test
    void adminsPageThroughAPartnersDeliveriesInFeedOrder() {
        Catalogue catalogue = Desk.catalogue();
        // A partner that only polls: its events stay pending, never attempted.
        String partner = Desk.createPartner(catalogue.processingIds());
        for (int i = 0; i < 3; i++) {
            grant(catalogue, "OPPOSITION");
        }
        List<String> inFeedOrder = new DeliveryFixtures(entityManager, dispatcher).events(partner).stream()
                .map(Event::id).map(UUID::toString).toList();

        List<String> listed = new ArrayList<>();
        JsonPath first = asAdmin().queryParam("partner", partner).queryParam("limit", 2)
                .get("/api/v1/admin/deliveries").then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items.state", everyItem(equalTo("PENDING")))
                .body("items.attempts", everyItem(equalTo(0)))
                .body("next", notNullValue())
                .extract().jsonPath();
        listed.addAll(first.getList("items.eventId", String.class));
        JsonPath second = asAdmin().queryParam("partner", partner).queryParam("limit", 2)
                .queryParam("cursor", first.getString("next")).get("/api/v1/admin/deliveries").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("next", nullValue())
                .extract().jsonPath();
        listed.addAll(second.getList("items.eventId", String.class));
        assertThat(listed).isEqualTo(inFeedOrder);

        asAdmin().queryParam("partner", partner).queryParam("state", "DELIVERED").get("/api/v1/admin/deliveries")
                .then().statusCode(200).body("items.size()", equalTo(0));
        asAdmin().post("/api/v1/admin/deliveries/" + inFeedOrder.get(0) + "/replay").then().statusCode(409);
        asAdmin().get("/api/v1/admin/deliveries/" + inFeedOrder.get(0) + "/attempts").then().statusCode(200)
                .body("eventId", equalTo(inFeedOrder.get(0)))
                .body("attempts.size()", equalTo(0));
    }

    @Test
    void badFiltersAndUnknownRecordsAreRefused() {
        asAdmin().queryParam("state", "DEAD").get("/api/v1/admin/deliveries").then().statusCode(400)
                .body("violations[0].field", equalTo("state"));
        asAdmin().queryParam("cursor", "not-a-cursor").get("/api/v1/admin/deliveries").then().statusCode(400)
                .body("type", equalTo("urn:guichet:problem:invalid-cursor"));
        String unknown = UUID.randomUUID().toString();
        asAdmin().get("/api/v1/admin/deliveries/" + unknown + "/attempts").then().statusCode(404);
        asAdmin().post("/api/v1/admin/deliveries/" + unknown + "/replay").then().statusCode(404);
        asAdmin().post("/api/v1/admin/partners/no-such-partner/webhook-reenable").then().statusCode(404);
        String enabled = Desk.createPartner(Desk.catalogue().processingIds());
        asAdmin().post("/api/v1/admin/partners/" + enabled + "/webhook-reenable").then().statusCode(409);
    }

    @Test
    void onlyAdminsSeeOrReplayDeliveries() {
        as(Tokens.dpo()).get("/api/v1/admin/deliveries").then().statusCode(403);
        as(Tokens.of("warehouse", "partner")).post("/api/v1/admin/deliveries/" + UUID.randomUUID() + "/replay")
                .then().statusCode(403);
    }
}
