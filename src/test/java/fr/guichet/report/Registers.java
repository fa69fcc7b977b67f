package fr.guichet.report;

import static fr.guichet.testsupport.Desk.asCompliance;
import static fr.guichet.testsupport.Desk.get;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading the register in tests, as JSON rows; query parameters go through RestAssured so the contract sees them. */
final class Registers {

    static final String REGISTER = "/api/v1/reports/register";
    static final String MARCH = "from=2026-03-01&to=2026-03-31";

    private Registers() {
    }

    static List<Map<String, Object>> json(String query) {
        return asCompliance().accept("application/json").queryParams(params(query)).get(REGISTER).then()
                .statusCode(200).extract().jsonPath().getList("$");
    }

    /** The reference the desk gave a request: what the register identifies it by. */
    static String ref(String requestId) {
        return get(requestId).then().statusCode(200).extract().path("reference");
    }

    static Map<String, String> params(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            params.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return params;
    }
}
