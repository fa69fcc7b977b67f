package fr.guichet.platform.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import fr.guichet.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every path and method of openapi.yaml is routed by the running service. The contract is served as written,
 * not generated from code, so only a walk like this shows that a documented operation really exists, and that
 * what the contract says is protected is protected.
 */
@QuarkusTest
class RouteParityTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void everyDocumentedOperationIsRouted() throws Exception {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile()).get("paths");
        List<String> unrouted = new ArrayList<>();
        int operations = 0;
        for (var pathEntry : iterable(paths.fields())) {
            for (var operation : iterable(pathEntry.getValue().fields())) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                operations++;
                String path = pathEntry.getKey().replace("{id}",
                        pathEntry.getKey().contains("/partners/") ? "no-such-partner" : UUID.randomUUID().toString())
                        .replace("{subject}", "parity-subject").replace("{seq}", "1");
                Response response = request(operation.getValue()).request(operation.getKey().toUpperCase(), path);
                String type = response.getContentType().startsWith("application/problem+json")
                        ? response.path("type") : "";
                if (response.statusCode() == 405 || "urn:guichet:problem:no-such-endpoint".equals(type)) {
                    unrouted.add(operation.getKey().toUpperCase() + " " + pathEntry.getKey());
                }
            }
        }
        assertThat(operations).isGreaterThan(15);
        assertThat(unrouted).as("documented but not routed").isEmpty();
    }

    @Test
    void everyOperationNotMarkedPublicRefusesAnonymousCalls() throws Exception {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile()).get("paths");
        List<String> open = new ArrayList<>();
        for (var pathEntry : iterable(paths.fields())) {
            for (var operation : iterable(pathEntry.getValue().fields())) {
                JsonNode security = operation.getValue().get("security");
                if (!METHODS.contains(operation.getKey()) || security != null && security.isEmpty()) {
                    continue;
                }
                String path = pathEntry.getKey().replace("{id}", UUID.randomUUID().toString())
                        .replace("{subject}", "parity-subject").replace("{seq}", "1");
                var request = given();
                if (operation.getValue().has("requestBody")) {
                    request = request.contentType("application/json").body("{}");
                }
                if (request.request(operation.getKey().toUpperCase(), path).statusCode() != 401) {
                    open.add(operation.getKey().toUpperCase() + " " + pathEntry.getKey());
                }
            }
        }
        assertThat(open).as("protected in the contract but answering without a token").isEmpty();
    }

    private static RequestSpecification request(JsonNode operation) {
        RequestSpecification request = given();
        if (operation.path("x-management-port").asBoolean()) {
            request = request.port(ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class));
        }
        JsonNode security = operation.get("security");
        if (security == null || !security.isEmpty()) {
            request = request.auth().oauth2(Tokens.of("parity", "admin", "dpo", "compliance"));
        }
        if (operation.has("requestBody")) {
            request = request.contentType("application/json").body("{}");
        }
        return request;
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
