package fr.guichet.testsupport;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Holds every RestAssured call to openapi.yaml. A response must match the contract; a request the contract
 * rejects (a negative test) must be answered with a documented 4xx, never accepted; a path or method the
 * contract does not have may only get a 404/405 problem.
 */
public class ContractFilter implements OrderedFilter {

    private static final Set<String> UNKNOWN_ENDPOINT = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    private final OpenApiInteractionValidator validator = OpenApiInteractionValidator
            .createForSpecificationUrl(Path.of("openapi.yaml").toAbsolutePath().toUri().toString())
            .build();

    @Override
    public Response filter(FilterableRequestSpecification requestSpec, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Request request = RestAssuredRequest.of(requestSpec);
        Response response = context.next(requestSpec, responseSpec);
        ValidationReport requestReport = validator.validateRequest(request);
        String call = request.getMethod() + " " + request.getPath() + " -> " + response.getStatusCode();
        if (requestReport.getMessages().stream().anyMatch(m -> UNKNOWN_ENDPOINT.contains(m.getKey()))) {
            boolean refused = (response.getStatusCode() == 404 || response.getStatusCode() == 405)
                    && response.getContentType().startsWith("application/problem+json");
            if (!refused) {
                throw new AssertionError("Not in openapi.yaml, yet not refused with a 404/405 problem: " + call);
            }
            return response;
        }
        ValidationReport responseReport = validator.validateResponse(request.getPath(), request.getMethod(),
                RestAssuredResponse.of(response));
        if (streamed(response)) {
            // The validator reads a body as one JSON document, so a streamed one (NDJSON, CSV) is held to its status
            // and content type only, and may be empty; the tests of those endpoints check the lines themselves.
            responseReport = ValidationReport.from(responseReport.getMessages().stream()
                    .filter(message -> !message.getKey().startsWith("validation.response.body")).toList());
        }
        if (responseReport.hasErrors()) {
            throw new AssertionError("Response breaks openapi.yaml: " + call + "\n" + describe(responseReport));
        }
        if (requestReport.hasErrors() && response.getStatusCode() < 400) {
            throw new AssertionError("A request openapi.yaml rejects was accepted: " + call + "\n"
                    + describe(requestReport));
        }
        return response;
    }

    private static boolean streamed(Response response) {
        String type = response.getContentType();
        return type.startsWith("application/x-ndjson") || type.startsWith("text/csv");
    }

    private static String describe(ValidationReport report) {
        return report.getMessages().stream().map(m -> "  " + m.getKey() + ": " + m.getMessage())
                .collect(Collectors.joining("\n"));
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
