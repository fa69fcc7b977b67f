package fr.guichet.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.RestAssured;

/**
 * Registered for every test class through JUnit's extension auto-detection, so that no API test can forget
 * the contract: RestAssured's global filters always include the {@link ContractFilter}. {@code @QuarkusTest}
 * classes get it through {@link ContractValidationCallback} instead.
 */
public class ContractValidationExtension implements BeforeAllCallback {

    private static final ContractFilter FILTER = new ContractFilter();

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
    }

    /** Adds the filter to the RestAssured of the caller's class loader, once. */
    static void install() {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }
}
