package fr.guichet.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.RestAssured;

/**
 * Registered for every test class through JUnit's extension auto-detection, so that no API test can forget
 * the contract: RestAssured's global filters always include the {@link ContractFilter}.
 */
public class ContractValidationExtension implements BeforeAllCallback {

    private static final ContractFilter FILTER = new ContractFilter();

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }
}
