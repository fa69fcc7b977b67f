package fr.guichet.propagation;

import static fr.guichet.testsupport.Desk.done;
import static fr.guichet.testsupport.Desk.file;
import static fr.guichet.testsupport.Desk.filing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.guichet.testsupport.Api;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.Desk.Catalogue;
import fr.guichet.testsupport.Tokens;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** A fresh catalogue with one partner warehouse serving it, and the desk actions that feed that partner. */
record Warehouses(Catalogue catalogue, String partnerId) {

    static final String NDJSON = "application/x-ndjson";
    static final String FEED = "/api/v1/partner/feed";
    static final String FLAGS = "/api/v1/partner/flags";
    static final String ACKS = "/api/v1/partner/acks";

    static Warehouses create() {
        Catalogue catalogue = Desk.catalogue();
        return new Warehouses(catalogue, Desk.createPartner(catalogue.processingIds()));
    }

    String token() {
        return Tokens.of(partnerId, "partner");
    }

    RequestSpecification asPartner() {
        return Api.as(token());
    }

    /** Files a request about a new participant, starts it and grants it; returns the request id. */
    String grant(String right) {
        return grant(catalogue, right);
    }

    /** The same on a catalogue, whichever partners serve it (or none yet). */
    static String grant(Catalogue catalogue, String right) {
        String id = file(filing(catalogue, right, "2026-03-10T09:30:00+01:00"));
        done(id, Map.of("action", "START"));
        done(id, Map.of("action", "DECIDE", "outcome", "GRANTED"));
        return id;
    }

    /** One page of the JSON feed. */
    JsonPath page(String after, int limit) {
        RequestSpecification request = asPartner().queryParam("limit", limit);
        if (after != null) {
            request = request.queryParam("after", after);
        }
        return request.get(FEED).then().statusCode(200).extract().jsonPath();
    }

    /** Every released event after {@code after} (null: from the beginning), read in pages of 7. */
    List<Map<String, Object>> feedAfter(String after) {
        List<Map<String, Object>> events = new ArrayList<>();
        String cursor = after;
        List<Map<String, Object>> batch;
        do {
            JsonPath page = page(cursor, 7);
            batch = page.getList("events");
            events.addAll(batch);
            cursor = page.getString("next");
        } while (batch.size() == 7);
        return events;
    }
}
