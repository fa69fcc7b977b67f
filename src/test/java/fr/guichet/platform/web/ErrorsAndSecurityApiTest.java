package fr.guichet.platform.web;

import static fr.guichet.testsupport.Api.as;
import static fr.guichet.testsupport.Api.asAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.security.KeyPairGenerator;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

/** Deny-by-default security and the problem+json error model, as a client of the API sees them. */
@QuarkusTest
class ErrorsAndSecurityApiTest {

    private static final String CONTROLLERS = "/api/v1/admin/controllers";

    @Test
    void aProtectedEndpointWithoutTokenAnswers401Problem() {
        given().get(CONTROLLERS).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:guichet:problem:unauthenticated"))
                .body("status", equalTo(401));
    }

    @Test
    void aTokenFromAnotherIssuerIsRejected() {
        as(Tokens.foreign("admin")).get(CONTROLLERS).then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:guichet:problem:unauthenticated"));
    }

    @Test
    void aTokenNamingTheDesksIssuerButSignedByAnotherKeyIsRejected() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        String forged = Jwt.issuer(issuer).subject("intruder").groups(Set.of("admin"))
                .sign(generator.generateKeyPair().getPrivate());
        as(forged).get(CONTROLLERS).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theWrongRoleAnswers403Problem() {
        as(Tokens.dpo()).get(CONTROLLERS).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:guichet:problem:forbidden"));
        as(Tokens.of("weshare", "partner")).get(CONTROLLERS).then().statusCode(403);
    }

    @Test
    void malformedJsonAnswers400NamingTheProblem() {
        asAdmin().body("{\"name\": \"Centre\", ").post(CONTROLLERS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:guichet:problem:malformed-body"))
                .body("detail", containsString("not valid JSON"))
                .body("detail", containsString("line 1"));
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedWithoutJavaDetails() {
        asAdmin().body("{\"name\": \"Centre\", \"dpoEmail\": \"dpo@c.example\", \"timeZone\": \"Europe/Paris\","
                + " \"holidayCalendar\": \"MARS\"}").post(CONTROLLERS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:guichet:problem:validation"))
                .body("violations.field", hasItem("holidayCalendar"))
                .body("violations[0].message", containsString("METROPOLITAN"))
                .body("detail", not(containsString("fr.guichet")))
                .body("detail", not(containsString("java.")));
    }

    @Test
    void aBodyThatIsNotJsonAnswers415Problem() {
        given().auth().oauth2(Tokens.admin()).contentType("text/plain").body("name=Centre").post(CONTROLLERS).then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:guichet:problem:unsupported-media-type"));
    }

    @Test
    void aBodyOfTheWrongShapeIsMalformedAndANestedFieldIsNamedByItsPath() {
        asAdmin().body("[\"Centre\"]").post(CONTROLLERS).then().statusCode(400)
                .body("type", equalTo("urn:guichet:problem:malformed-body"))
                .body("detail", containsString("must be an object"));
        asAdmin().body("{\"name\": \"Cohorte\", \"code\": \"C-1\", \"processingIds\": [\"not-a-uuid\"]}")
                .post("/api/v1/admin/studies").then().statusCode(400)
                .body("type", equalTo("urn:guichet:problem:validation"))
                .body("violations[0].field", equalTo("processingIds[0]"))
                .body("violations[0].message", equalTo("must be a UUID"));
    }

    @Test
    void aMissingBodyIsAValidationProblem() {
        asAdmin().post(CONTROLLERS).then().statusCode(400)
                .body("type", equalTo("urn:guichet:problem:validation"))
                .body("violations.field", hasItem("body"));
    }

    @Test
    void anUnknownApiPathAnswers404Problem() {
        asAdmin().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:guichet:problem:no-such-endpoint"));
    }

    @Test
    void anUnsupportedMethodAnswers405Problem() {
        asAdmin().delete(CONTROLLERS).then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:guichet:problem:method-not-allowed"));
    }

    @Test
    void badPaginationParametersAnswer400() {
        asAdmin().queryParam("limit", "lots").get(CONTROLLERS).then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        asAdmin().queryParam("limit", 201).get(CONTROLLERS).then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        asAdmin().queryParam("cursor", "not-a-cursor!").get(CONTROLLERS).then().statusCode(400)
                .body("type", equalTo("urn:guichet:problem:invalid-cursor"));
    }

    @Test
    void publicEndpointsNeedNoToken() {
        given().accept(ContentType.JSON).get("/api/v1/processings").then().statusCode(200);
    }

    @Test
    void errorsNeverCarryAStackTrace() {
        String body = asAdmin().body("[1, 2").post(CONTROLLERS).then().statusCode(400).extract().asString();
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theOpenApiContractIsServedVerbatim() throws Exception {
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(yaml.readTree(served)).isEqualTo(yaml.readTree(java.nio.file.Path.of("openapi.yaml").toFile()));
    }

    @Test
    void healthAndMetricsAreUpOnTheManagementPortOnly() {
        int management = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        given().port(management).get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().port(management).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().port(management).get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests"));
        // Not on the API's port; the contract documents them on the management port only, hence no validation here.
        given().noFilters().get("/q/metrics").then().statusCode(404);
        given().noFilters().get("/q/health/ready").then().statusCode(404);
    }
}
