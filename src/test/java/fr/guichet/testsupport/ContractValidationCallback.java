package fr.guichet.testsupport;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;

/**
 * Installs the {@link ContractFilter} for {@code @QuarkusTest} classes. They run in Quarkus's class loader, with
 * their own copy of RestAssured: a filter that {@link ContractValidationExtension} installs from JUnit's class
 * loader never sees their calls. Quarkus loads this callback (META-INF/services) in the tests' class loader.
 */
public class ContractValidationCallback implements QuarkusTestBeforeClassCallback {

    @Override
    public void beforeClass(Class<?> testClass) {
        ContractValidationExtension.install();
    }
}
