package fr.guichet.platform.config;

import java.util.Arrays;
import java.util.List;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point: refuses to start the packaged application with incomplete settings, in one line, before anything
 * boots. Every profile but dev and test (prod, or a site's own such as "staging") talks to real services.
 */
@QuarkusMain
public class GuichetMain {

    /** sysexits.h EX_CONFIG: orchestrators show it as a configuration error, not a crash. */
    static final int EXIT_CONFIGURATION_ERROR = 78;

    public static void main(String... args) {
        boolean realServices = activeProfiles().stream().noneMatch(p -> p.equals("dev") || p.equals("test"));
        if (runsFromPackagedApplication() && realServices) {
            List<String> problems = ProductionSettings.problems(ProductionSettings::fromProcess);
            if (!problems.isEmpty()) {
                System.err.println("Guichet cannot start: " + String.join("; ", problems)
                        + ". See README.md, section Configuration.");
                System.exit(EXIT_CONFIGURATION_ERROR);
            }
        }
        Quarkus.run(args);
    }

    /**
     * Dev mode also calls this main (with LaunchMode still NORMAL), from Quarkus' own class loader; only the
     * packaged application loads it with the fast-jar runner's class loader.
     */
    private static boolean runsFromPackagedApplication() {
        return GuichetMain.class.getClassLoader().getClass().getName().startsWith("io.quarkus.bootstrap.runner.");
    }

    private static List<String> activeProfiles() {
        String profiles = System.getProperty("quarkus.profile", System.getenv("QUARKUS_PROFILE"));
        return profiles == null ? List.of("prod") : Arrays.stream(profiles.split(",")).map(String::trim).toList();
    }
}
