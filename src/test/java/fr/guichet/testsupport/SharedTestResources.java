package fr.guichet.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Declares the resources of the one test application that all {@code @QuarkusTest} classes share: declaring
 * them here, globally, keeps every class on the same application instead of restarting it.
 */
@QuarkusTestResource(GreenMailResource.class)
public final class SharedTestResources {
    private SharedTestResources() {
    }
}
