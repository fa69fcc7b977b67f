package fr.guichet.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
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

import com.nimbusds.jose.JOSEObjectType;

import io.smallrye.jwt.build.Jwt;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The packaged application ({@code quarkus-run.jar}) run the way an operator runs it: {@code java -jar}, prod
 * profile, a cleared environment holding only the documented variables, against an external PostgreSQL. Used by
 * the failsafe tests ({@code *IT}), which run after {@code package} with {@code guichet.app.dir} set.
 */
public final class PackagedApp {

    public static final Path APP_DIR = Paths.get(System.getProperty("guichet.app.dir", "target/quarkus-app"))
            .toAbsolutePath();
    public static final Path RUN_JAR = APP_DIR.resolve("quarkus-run.jar");
    /** target/: process logs are kept there for diagnosis. */
    public static final Path LOG_DIR = APP_DIR.getParent().resolve("packaged-app-it");
    static final String REALM = "guichet";
    static final String CLIENT_ID = "guichet";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Map<Process, Thread> SHUTDOWN_HOOKS = new ConcurrentHashMap<>();

    private PackagedApp() {
    }

    /**
     * One external database, one token-signing key pair and one data key, shared by the instances a test
     * launches against it (several replicas of one deployment).
     */
    public static final class Deployment implements AutoCloseable {
        private final EmbeddedPostgres database;
        /** The organisation's OpenID Connect provider, a real one running in the test JVM on loopback. */
        private final MockOAuth2Server identityProvider = new MockOAuth2Server();
        private final String dataKey = Base64.getEncoder().encodeToString(randomBytes(32));
        private final List<Instance> instances = new ArrayList<>();

        private Deployment() throws Exception {
            database = EmbeddedPostgres.builder().start();
            try (Connection admin = database.getPostgresDatabase().getConnection();
                    Statement statement = admin.createStatement()) {
                statement.execute("CREATE ROLE guichet LOGIN PASSWORD 'guichet-secret'");
                statement.execute("CREATE DATABASE guichet OWNER guichet");
            }
            identityProvider.start(InetAddress.getLoopbackAddress(), 0);
        }

        public static Deployment start() throws Exception {
            return new Deployment();
        }

        public String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + database.getPort() + "/guichet";
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl(), "guichet", "guichet-secret");
        }

        /** The first column of a query's rows, as text, read straight from the shared database. */
        public List<String> column(String query) throws SQLException {
            List<String> values = new ArrayList<>();
            try (Connection connection = connect(); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }

        /** Exactly the ten documented settings, plus the HTTP and management ports. */
        public Map<String, String> settings(int httpPort) throws IOException {
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl());
            settings.put("QUARKUS_DATASOURCE_USERNAME", "guichet");
            settings.put("QUARKUS_DATASOURCE_PASSWORD", "guichet-secret");
            settings.put("QUARKUS_OIDC_AUTH_SERVER_URL", issuer());
            settings.put("QUARKUS_OIDC_CLIENT_ID", CLIENT_ID);
            settings.put("QUARKUS_OIDC_CREDENTIALS_SECRET", "it-client-secret");
            settings.put("QUARKUS_MAILER_HOST", "127.0.0.1");
            settings.put("QUARKUS_MAILER_PORT", String.valueOf(freePort()));
            settings.put("QUARKUS_MAILER_FROM", "guichet@hospital.example");
            settings.put("GUICHET_PUBLIC_URL", "http://localhost:" + httpPort);
            settings.put("GUICHET_DATA_KEY", dataKey);
            settings.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
            // Optional, but replicas on one host each need their own health port.
            settings.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(freePort()));
            return settings;
        }

        /** Starts an instance with the documented settings plus {@code extra}, and waits until it is ready. */
        public Instance launch(String name, Map<String, String> extra) throws Exception {
            int port = freePort();
            Map<String, String> settings = settings(port);
            settings.putAll(extra);
            Instance instance = new Instance(name, settings, URI.create("http://localhost:" + port));
            instances.add(instance);
            instance.awaitReady();
            return instance;
        }

        /** The issuer URL of the deployment's identity provider. */
        public String issuer() {
            return identityProvider.issuerUrl(REALM).toString().replaceAll("/$", "");
        }

        /**
         * A bearer token from the deployment's identity provider. A staff member is granted every controller, as an
         * administrator would grant the federation's DPO (written straight to the shared database, once the desk has
         * created its schema).
         */
        public String token(String subject, String role) throws SQLException {
            if (!"partner".equals(role)) {
                try (Connection connection = connect(); var grant = connection.prepareStatement("""
                        INSERT INTO staff_grants (subject, all_controllers, updated_at, updated_by)
                        VALUES (?, true, now(), 'it-fixture') ON CONFLICT (subject) DO NOTHING""")) {
                    grant.setString(1, subject);
                    grant.executeUpdate();
                }
            }
            return identityProvider.issueToken(REALM, subject, new DefaultOAuth2TokenCallback(REALM, subject,
                    JOSEObjectType.JWT.getType(), List.of(CLIENT_ID), Map.of("groups", List.of(role)), 3600))
                    .serialize();
        }

        @Override
        public void close() throws IOException {
            try {
                instances.forEach(Instance::stop);
            } finally {
                identityProvider.shutdown();
                database.close();
            }
        }
    }

    /** One running application process. */
    public static final class Instance {
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private final String name;
        private final Map<String, String> settings;
        private final URI baseUri;
        private final Path log;
        private Process process;

        private Instance(String name, Map<String, String> settings, URI baseUri) throws IOException {
            this.name = name;
            this.settings = settings;
            this.baseUri = baseUri;
            this.log = LOG_DIR.resolve(name + ".log");
            this.process = PackagedApp.start(settings, log);
        }

        public URI baseUri() {
            return baseUri;
        }

        /** Health and metrics: the management port, apart from the API. */
        public URI managementUri() {
            return URI.create("http://localhost:" + settings.get("QUARKUS_MANAGEMENT_PORT"));
        }

        public Process process() {
            return process;
        }

        public String log() {
            return read(log);
        }

        /** Kills the process without letting it shut down, like a crashed node or an OOM kill. */
        public void crash() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        public void stop() {
            PackagedApp.stop(process);
        }

        /** Starts the same instance again (same port and settings) and waits until it is ready. */
        public void restart() throws Exception {
            stop();
            process = PackagedApp.start(settings, LOG_DIR.resolve(name + "-restarted.log"));
            awaitReady();
        }

        public HttpResponse<String> get(String path, String token) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofSeconds(10))
                    .header("Accept", "application/json").GET();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** A GET on the management port (health, metrics). */
        public HttpResponse<String> management(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(managementUri().resolve(path)).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        public HttpResponse<String> post(String path, String token, String json) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }

        private void awaitReady() throws Exception {
            HttpRequest ready = HttpRequest.newBuilder(managementUri().resolve("/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
            String last = "no answer";
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    fail(name + " exited with code " + process.exitValue() + " before being ready:\n" + log());
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
            fail(name + " not ready after " + READY_TIMEOUT.toSeconds() + " s (last answer: " + last + "); output:\n"
                    + log());
        }
    }

    /** The id of a 201 answer's JSON body. */
    public static String idOf(HttpResponse<String> created) {
        assertTrue(created.statusCode() == 201, () -> created.statusCode() + " " + created.body());
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
        assertTrue(id.find(), created::body);
        return id.group(1);
    }

    /** A token naming the given issuer but signed by a key of the test's own: no provider of the desk signed it. */
    public static String forgedToken(String issuer, String subject, String role) throws NoSuchAlgorithmException {
        return Jwt.issuer(issuer).subject(subject).groups(Set.of(role)).expiresIn(Duration.ofMinutes(30))
                .sign(rsaKeyPair().getPrivate());
    }

    /** {@code java -jar quarkus-run.jar} with a cleared environment: PATH, HOME, LANG and the given variables. */
    public static Process start(Map<String, String> variables, Path log) throws IOException {
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
    public static void stop(Process process) {
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

    public static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    public static KeyPair rsaKeyPair() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    public static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static boolean isUp(String healthBody) {
        return Pattern.compile("\"status\"\\s*:\\s*\"UP\"").matcher(healthBody).find();
    }
}
