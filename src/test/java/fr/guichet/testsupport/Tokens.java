package fr.guichet.testsupport;

import static io.restassured.RestAssured.given;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.ConfigProvider;

import fr.guichet.platform.security.DevIdentityProvider;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

/**
 * Bearer tokens issued by the test application's identity provider (Dev Services for OIDC, in the test JVM), obtained
 * through its sign-in form and code exchange: the desk verifies them against that provider's keys, as it verifies a
 * production provider's. The provider states {@code email} as {@code <subject>@example.com} ({@link #emailOf}).
 *
 * <p>Staff tokens from {@link #of} come with a grant of every controller, as the federation's DPO has, so that tests
 * about other rules need not care about grants; tests about grants use {@link #ungranted} and {@link #grant}.
 */
public final class Tokens {

    private static final Set<String> STAFF_ROLES = Set.of("dpo", "compliance", "admin");
    private static final Map<String, String> ISSUED = new ConcurrentHashMap<>();
    private static final Set<String> GRANTED_ALL = ConcurrentHashMap.newKeySet();

    private Tokens() {
    }

    public static String admin() {
        return of("test-admin", "admin");
    }

    public static String dpo() {
        return of("test-dpo", "dpo");
    }

    /** A token for the subject and roles; a staff member gets every controller granted (once per test run). */
    public static String of(String subject, String... roles) {
        String token = ungranted(subject, roles);
        if (Arrays.stream(roles).anyMatch(STAFF_ROLES::contains) && GRANTED_ALL.add(subject)) {
            putGrant(subject, Map.of("controllerIds", List.of(), "allControllers", true));
        }
        return token;
    }

    /** A token for the subject and roles, leaving the subject's grants as they are (none, for a new subject). */
    public static String ungranted(String subject, String... roles) {
        return ISSUED.computeIfAbsent(subject + "|" + String.join(",", roles),
                key -> provider().accessToken(subject, roles));
    }

    /** Grants the staff member exactly these controllers (none: the staff member sees nothing). */
    public static void grant(String subject, String... controllerIds) {
        GRANTED_ALL.remove(subject);
        putGrant(subject, Map.of("controllerIds", List.of(controllerIds), "allControllers", false));
    }

    /** The address the test identity provider states for a subject. */
    public static String emailOf(String subject) {
        return subject.contains("@") ? subject : subject + "@example.com";
    }

    /** A well-formed token with the desk's roles, signed by a key and issuer that no provider of the desk knows. */
    public static String foreign(String role) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer("https://idp.elsewhere.example/realms/other").subject("intruder").groups(Set.of(role))
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putGrant(String subject, Map<String, Object> body) {
        given().auth().oauth2(ungranted("test-admin", "admin")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/admin/staff/{subject}/grants", subject).then().statusCode(200);
    }

    private static DevIdentityProvider provider() {
        var config = ConfigProvider.getConfig();
        return new DevIdentityProvider(config.getValue("quarkus.oidc.auth-server-url", String.class),
                config.getValue("quarkus.oidc.client-id", String.class));
    }
}
