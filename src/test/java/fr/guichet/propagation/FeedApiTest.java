package fr.guichet.propagation;

import static fr.guichet.propagation.Warehouses.FEED;
import static fr.guichet.propagation.Warehouses.NDJSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.testsupport.Desk;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The feed's paging contract: cursors resume exactly after what was read, in JSON pages and in NDJSON lines. */
@QuarkusTest
class FeedApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pagesHoldAtMostLimitEventsAndNextResumesJustAfterTheLastOne() {
        Warehouses warehouse = Warehouses.create();
        List<String> references = Stream.of(warehouse.grant("OPPOSITION"), warehouse.grant("ERASURE"),
                warehouse.grant("LIMITATION")).map(id -> Desk.get(id).then().extract().<String>path("reference"))
                .toList();

        JsonPath first = warehouse.page(null, 2);
        assertThat(first.getList("events.type", String.class)).containsExactly("opposition.set", "erasure.ordered");
        assertThat(first.getList("events.requestReference", String.class)).isEqualTo(references.subList(0, 2));
        JsonPath second = warehouse.page(first.getString("next"), 2);
        assertThat(second.getList("events.type", String.class)).containsExactly("restriction.set");
        assertThat(second.getList("events.requestReference", String.class)).isEqualTo(references.subList(2, 3));

        // Caught up: no event, and next stays where the poller is, never null.
        JsonPath caughtUp = warehouse.page(second.getString("next"), 2);
        assertThat(caughtUp.getList("events")).isEmpty();
        assertThat(caughtUp.getString("next")).isEqualTo(second.getString("next"));
    }

    @Test
    void aPartnerWithoutEventsStillGetsACursorToResumeFrom() {
        Warehouses warehouse = Warehouses.create();
        JsonPath empty = warehouse.asPartner().get(FEED).then().statusCode(200).extract().jsonPath();
        assertThat(empty.getList("events")).isEmpty();
        String start = empty.getString("next");
        assertThat(start).isNotBlank();

        warehouse.grant("OPPOSITION");
        assertThat(warehouse.page(start, 1).getList("events.type", String.class)).containsExactly("opposition.set");
    }

    @Test
    void aCursorOrLimitTheDeskDidNotIssueIsRefused() {
        Warehouses warehouse = Warehouses.create();
        String wrongVersion = Base64.getUrlEncoder().withoutPadding().encodeToString("f0\u001f1\u001f1".getBytes());
        String negative = Base64.getUrlEncoder().withoutPadding().encodeToString("f1\u001f-1\u001f1".getBytes());
        for (String cursor : List.of("not a cursor", "Zm9v", wrongVersion, negative)) {
            warehouse.asPartner().queryParam("after", cursor).get(FEED).then().statusCode(400)
                    .body("type", equalTo("urn:guichet:problem:invalid-cursor"));
        }
        for (String limit : List.of("0", "1001", "ten")) {
            warehouse.asPartner().queryParam("limit", limit).get(FEED).then().statusCode(400)
                    .body("violations[0].field", equalTo("limit"));
        }
        warehouse.asPartner().accept(NDJSON).queryParam("after", "not a cursor").get(FEED).then().statusCode(400);
        warehouse.asPartner().accept("text/csv").get(FEED).then().statusCode(406);
    }

    @Test
    void theNdjsonStreamHasEveryEventAfterTheCursorAndEachLineResumesJustAfterItself() throws Exception {
        Warehouses warehouse = Warehouses.create();
        warehouse.grant("OPPOSITION");
        warehouse.grant("RECTIFICATION");
        warehouse.grant("ERASURE");

        List<JsonNode> lines = stream(warehouse, null);
        assertThat(lines).hasSize(3);
        assertThat(lines).allSatisfy(line -> assertThat(names(line)).containsExactly("cursor", "event"));
        List<Map<String, Object>> paged = warehouse.feedAfter(null);
        assertThat(lines.stream().map(line -> line.get("event").get("id").asText()))
                .containsExactlyElementsOf(paged.stream().map(event -> (String) event.get("id")).toList());

        List<JsonNode> resumed = stream(warehouse, lines.get(0).get("cursor").asText());
        assertThat(resumed).containsExactlyElementsOf(lines.subList(1, 3));
        assertThat(stream(warehouse, lines.get(2).get("cursor").asText())).isEmpty();
        // A JSON page's next and an NDJSON line's cursor are the same kind of position.
        assertThat(warehouse.page(null, 1).getString("next")).isEqualTo(lines.get(0).get("cursor").asText());
    }

    static List<JsonNode> stream(Warehouses warehouse, String after) throws Exception {
        var request = warehouse.asPartner().accept(NDJSON);
        if (after != null) {
            request = request.queryParam("after", after);
        }
        String body = request.get(FEED).then().statusCode(200).contentType(NDJSON).extract().asString();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (!line.isEmpty()) {
                lines.add(JSON.readTree(line));
            }
        }
        assertThat(body.isEmpty() || body.endsWith("\n")).as("every line ends with a line feed").isTrue();
        return lines;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
