package fr.guichet.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Debian's chromium for the page tests (Playwright never downloads a browser). A newcomer with only a JDK runs
 * `./mvnw verify` without it and the page tests are skipped with a hint; CI installs it and sets
 * {@code GUICHET_BROWSER_TESTS=required}, so there a missing browser fails instead of skipping.
 */
public final class Browsers {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private Browsers() {
    }

    /** The browser to launch; skips the calling test when it is absent and not required. */
    public static Path chromium() {
        if (!"required".equals(System.getenv("GUICHET_BROWSER_TESTS"))) {
            Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                    "no " + CHROMIUM + ": install Debian's chromium (apt-get install chromium) to run the page tests");
        }
        return CHROMIUM;
    }
}
