package fr.guichet.report;

import static fr.guichet.report.Registers.MARCH;
import static fr.guichet.report.Registers.REGISTER;
import static fr.guichet.report.Registers.json;
import static fr.guichet.report.Registers.params;
import static fr.guichet.report.Registers.ref;
import static fr.guichet.testsupport.Desk.asCompliance;
import static fr.guichet.testsupport.Desk.asDpo;
import static fr.guichet.testsupport.Desk.catalogue;
import static fr.guichet.testsupport.Desk.done;
import static fr.guichet.testsupport.Desk.file;
import static fr.guichet.testsupport.Desk.filing;
import static fr.guichet.testsupport.Desk.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Api;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.Desk.Catalogue;
import fr.guichet.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Who reads the register, which requests its filters keep, and what it says of their propagation. */
@QuarkusTest
class RegisterFiltersApiTest {

    private static final String RECEIVED = "2026-03-10T09:30:00+01:00";

    @Test
    void controllerAndProcessingNarrowTheRegister() {
        Catalogue catalogue = catalogue();
        String other = Desk.createProcessing(catalogue.controllerId(), "PUBLIC_TASK", List.of("ACCESS"), null, false);
        String onFirst = file(filing(catalogue, "ACCESS", RECEIVED));
        Map<String, Object> onOtherFiling = new HashMap<>(filing(catalogue, "ACCESS", RECEIVED));
        onOtherFiling.put("processingIds", List.of(other));
        onOtherFiling.remove("studyId");
        onOtherFiling.remove("participantCode");
        String onOther = file(onOtherFiling);
        Catalogue elsewhere = catalogue();
        file(filing(elsewhere, "ACCESS", RECEIVED));

        assertThat(json(MARCH + "&controller=" + catalogue.controllerId())).extracting(row -> row.get("reference"))
                .containsExactlyInAnyOrder(ref(onFirst), ref(onOther));
        assertThat(json(MARCH + "&processing=" + other)).extracting(row -> row.get("reference"))
                .containsExactly(ref(onOther));
        assertThat(json(MARCH + "&controller=" + elsewhere.controllerId() + "&processing=" + other)).isEmpty();
    }

    @Test
    void theRegisterCountsPartnerAcknowledgementsPerRequest() {
        Catalogue catalogue = catalogue();
        String acking = Desk.createPartner(catalogue.processingIds());
        Desk.createPartner(catalogue.processingIds());
        String id = file(filing(catalogue, "OPPOSITION", RECEIVED));
        done(id, Map.of("action", "START"));
        done(id, Map.of("action", "DECIDE", "outcome", "GRANTED"));
        String query = MARCH + "&controller=" + catalogue.controllerId();
        assertThat(json(query).get(0)).containsEntry("partnersAcknowledged", 0).containsEntry("partnersTotal", 2)
                .containsEntry("lastAcknowledgedAt", null);

        RequestSpecification partner = Api.as(Tokens.of(acking, "partner"));
        List<String> events = partner.get("/api/v1/partner/feed").then().statusCode(200).extract().jsonPath()
                .getList("events.id", String.class);
        partner.body(Map.of("eventIds", events)).post("/api/v1/partner/acks").then().statusCode(200)
                .body("acknowledged", equalTo(1));

        String acknowledgedAt = get(id).then().extract().path("propagation.find { it.partnerId == '" + acking
                + "' }.acknowledgedAt");
        assertThat(json(query).get(0)).containsEntry("partnersAcknowledged", 1).containsEntry("partnersTotal", 2)
                .containsEntry("lastAcknowledgedAt", acknowledgedAt);
    }

    @Test
    void thePeriodIsRequiredAndWellFormed() {
        for (String query : List.of("to=2026-03-31", "from=2026-03-01", "from=2026-03&to=2026-03-31",
                "from=2026-04-01&to=2026-03-31", "from=2026-03-01&to=2026-03-31&controller=nope",
                "from=2026-03-01&to=2026-03-31&processing=1234")) {
            asCompliance().accept("application/json").queryParams(params(query)).get(REGISTER).then()
                    .statusCode(400).body("type", equalTo("urn:guichet:problem:validation"));
        }
    }

    @Test
    void complianceAndDpoReadTheRegisterButNotAdminsNorPartners() {
        asDpo().accept("application/json").queryParams(params(MARCH)).get(REGISTER).then().statusCode(200);
        asCompliance().accept("text/csv").queryParams(params(MARCH)).get(REGISTER).then().statusCode(200);
        Api.asAdmin().accept("application/json").queryParams(params(MARCH)).get(REGISTER).then().statusCode(403);
        Api.as(Tokens.of("some-partner", "partner")).accept("text/csv").queryParams(params(MARCH)).get(REGISTER)
                .then().statusCode(403);
        asCompliance().accept("application/x-ndjson").queryParams(params(MARCH)).get(REGISTER).then()
                .statusCode(406);
    }
}
