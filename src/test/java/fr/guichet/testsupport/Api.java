package fr.guichet.testsupport;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Request builders and catalogue fixtures shared by the API tests; each test creates its own data. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification asAdmin() {
        return as(Tokens.admin());
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> controllerBody(String name) {
        return Map.of("name", name, "dpoEmail", "dpo@centre.example", "timeZone", "Europe/Paris",
                "holidayCalendar", "METROPOLITAN");
    }

    public static String createController() {
        return asAdmin().body(controllerBody(unique("Centre"))).post("/api/v1/admin/controllers")
                .then().statusCode(201).extract().path("id");
    }

    public static String createProcessing(String controllerId, String legalBasis, List<String> rights) {
        return asAdmin().body(Map.of("controllerId", controllerId, "name", unique("Entrepôt"), "legalBasis", legalBasis,
                "rights", rights)).post("/api/v1/admin/processings").then().statusCode(201).extract().path("id");
    }

    public static String createProcessing() {
        return createProcessing(createController(), "PUBLIC_TASK", List.of("ACCESS", "OPPOSITION"));
    }
}
