package fr.guichet.platform.security;

import static fr.guichet.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Per-establishment access: a centre's DPO and compliance officer see and act on their own controllers' requests
 * only, everywhere a request, its data or its figures can be reached; a staff member with no grant sees nothing;
 * identity views and document downloads are traced without identity.
 */
@QuarkusTest
class StaffGrantsApiTest {

    private static final String GRANTS = "/api/v1/admin/staff/{subject}/grants";

    @Inject
    EntityManager entityManager;

    @Test
    void administratorsGrantControllersOrEveryOneAndTheChangeIsAudited() {
        String controller = Desk.createController("Europe/Paris", "METROPOLITAN");
        String subject = "grantee-" + UUID.randomUUID();
        as(Tokens.admin()).get(GRANTS, subject).then().statusCode(200)
                .body("allControllers", equalTo(false)).body("controllerIds", empty());

        as(Tokens.admin()).body(Map.of("controllerIds", List.of(controller), "allControllers", false))
                .put(GRANTS, subject).then().statusCode(200).body("controllerIds", equalTo(List.of(controller)));
        as(Tokens.admin()).get(GRANTS, subject).then().statusCode(200)
                .body("controllerIds", equalTo(List.of(controller)));

        as(Tokens.admin()).body(Map.of("controllerIds", List.of(UUID.randomUUID().toString()), "allControllers", false))
                .put(GRANTS, subject).then().statusCode(422);
        as(Tokens.admin()).body(Map.of("controllerIds", List.of(controller), "allControllers", true))
                .put(GRANTS, subject).then().statusCode(422);
        as(Tokens.dpo()).get(GRANTS, subject).then().statusCode(403);
        as(Tokens.admin()).get(GRANTS, "has space").then().statusCode(400);

        List<String> audited = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT action FROM audit_log WHERE entity_type = 'staff' AND entity_id = :subject")
                .setParameter("subject", subject).getResultList().stream().map(Object::toString).toList());
        assertThat(audited).containsExactly("STAFF_GRANTS_REPLACED");
    }

    @Test
    void aCentreDpoReachesNoRequestOfAnotherCentreOnAnyEndpoint() {
        Desk.Catalogue own = Desk.catalogue();
        Desk.Catalogue other = Desk.catalogue();
        String received = Instant.now().minus(3, ChronoUnit.DAYS).toString();
        String ownRequest = Desk.file(Desk.filing(own, "OPPOSITION", received));
        String otherRequest = Desk.file(Desk.filing(other, "ACCESS", received));
        Desk.done(otherRequest, Map.of("action", "START"));
        String otherDocument = as(Tokens.dpo()).contentType("application/pdf").body("%PDF-1.4 test".getBytes())
                .post("/api/v1/desk/requests/" + otherRequest + "/documents").then().statusCode(201)
                .extract().path("id");

        String centreDpo = "centre-dpo-" + UUID.randomUUID();
        String dpo = Tokens.ungranted(centreDpo, "dpo");
        Tokens.grant(centreDpo, own.controllerId());

        String base = "/api/v1/desk/requests/" + otherRequest;
        as(dpo).get(base).then().statusCode(404);
        as(dpo).body(Map.of("action", "START")).post(base + "/actions").then().statusCode(404);
        as(dpo).body(Map.of("assignee", centreDpo)).put(base + "/assignee").then().statusCode(404);
        as(dpo).delete(base + "/assignee").then().statusCode(404);
        as(dpo).body(Map.of("text", "note")).post(base + "/notes").then().statusCode(404);
        as(dpo).get(base + "/documents").then().statusCode(404);
        as(dpo).contentType("application/pdf").body("%PDF-1.4".getBytes()).post(base + "/documents")
                .then().statusCode(404);
        as(dpo).get("/api/v1/desk/documents/" + otherDocument).then().statusCode(404);
        as(dpo).body(Desk.filing(other, "ACCESS", received)).post("/api/v1/desk/requests").then().statusCode(422);

        as(dpo).get("/api/v1/desk/requests/" + ownRequest).then().statusCode(200);
        List<String> queue = as(dpo).queryParam("limit", 200).get("/api/v1/desk/requests").then().statusCode(200)
                .extract().path("items.controllerId");
        assertThat(queue).isNotEmpty().containsOnly(own.controllerId());
        as(dpo).queryParam("controller", other.controllerId()).get("/api/v1/desk/requests").then().statusCode(200)
                .body("items", empty());

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String from = LocalDate.now(ZoneOffset.UTC).minusDays(10).toString();
        List<String> references = as(dpo).accept("application/json").queryParam("from", from).queryParam("to", today)
                .get("/api/v1/reports/register").then().statusCode(200).extract().path("reference");
        String ownReference = Desk.get(ownRequest).then().extract().path("reference");
        String otherReference = Desk.get(otherRequest).then().extract().path("reference");
        assertThat(references).contains(ownReference).doesNotContain(otherReference);

        int everywhere = as(Tokens.dpo()).queryParam("from", from).queryParam("to", today)
                .get("/api/v1/reports/summary").then().statusCode(200).extract().path("total.received");
        int ownOnly = as(dpo).queryParam("from", from).queryParam("to", today)
                .get("/api/v1/reports/summary").then().statusCode(200).extract().path("total.received");
        assertThat(ownOnly).isLessThan(everywhere).isPositive();
    }

    @Test
    void aScopedComplianceOfficersAuditExportHoldsOnlyTheirRequestsAndStaysCheckableEntryByEntry() {
        Desk.Catalogue own = Desk.catalogue();
        Desk.Catalogue other = Desk.catalogue();
        String received = Instant.now().minus(1, ChronoUnit.DAYS).toString();
        String ownRequest = Desk.file(Desk.filing(own, "OPPOSITION", received));
        String otherRequest = Desk.file(Desk.filing(other, "OPPOSITION", received));
        String officer = "centre-compliance-" + UUID.randomUUID();
        String compliance = Tokens.ungranted(officer, "compliance");
        Tokens.grant(officer, own.controllerId());

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String export = as(compliance).accept("application/x-ndjson").queryParam("from", today).queryParam("to", today)
                .get("/api/v1/audit").then().statusCode(200).extract().asString();
        assertThat(export).contains(ownRequest).doesNotContain(otherRequest).contains("\"prevHash\"");
        as(compliance).get("/api/v1/desk/requests/" + otherRequest).then().statusCode(404);
    }

    @Test
    void aStaffMemberWithNoGrantSeesNothing() {
        Desk.Catalogue catalogue = Desk.catalogue();
        String request = Desk.file(Desk.filing(catalogue, "ACCESS", Instant.now().minus(1, ChronoUnit.DAYS).toString()));
        String nobody = Tokens.ungranted("ungranted-" + UUID.randomUUID(), "dpo");
        as(nobody).get("/api/v1/desk/requests").then().statusCode(200).body("items", empty());
        as(nobody).get("/api/v1/desk/requests/" + request).then().statusCode(404);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        as(nobody).accept("application/json").queryParam("from", today).queryParam("to", today)
                .get("/api/v1/reports/register").then().statusCode(200).body("$", empty());
    }

    @Test
    void identityViewsSearchesAndDownloadsAreTracedWithoutIdentity() {
        Desk.Catalogue catalogue = Desk.catalogue();
        Map<String, Object> filing = Desk.filing(catalogue, "ACCESS", Instant.now().minus(2, ChronoUnit.DAYS).toString());
        String email = "camille.martin+" + UUID.randomUUID().toString().substring(0, 8) + "@patient.example";
        filing.put("requester", Map.of("role", "SELF", "fullName", "Camille Martin", "email", email,
                "postalAddress", "12 rue des Lilas, 69008 Lyon"));
        String request = Desk.file(filing);
        Desk.done(request, Map.of("action", "START"));
        String document = as(Tokens.dpo()).contentType("application/pdf").body("%PDF-1.4 trace".getBytes())
                .post("/api/v1/desk/requests/" + request + "/documents").then().statusCode(201).extract().path("id");
        String viewer = "viewer-" + UUID.randomUUID();
        String dpo = Tokens.of(viewer, "dpo");

        as(dpo).get("/api/v1/desk/requests/" + request).then().statusCode(200);
        as(dpo).get("/api/v1/desk/documents/" + document).then().statusCode(200);
        as(dpo).queryParam("q", email).get("/api/v1/desk/requests").then().statusCode(200);
        // A compliance officer reads requests without identity: nothing to trace.
        Desk.asCompliance().get("/api/v1/desk/requests/" + request).then().statusCode(200);

        Response trace = Desk.asCompliance().queryParam("request", request).get("/api/v1/audit/access");
        trace.then().statusCode(200);
        List<Map<String, Object>> accesses = trace.path("items");
        List<Map<String, Object>> mine = accesses.stream().filter(a -> viewer.equals(a.get("actor"))).toList();
        assertThat(mine).extracting(a -> a.get("kind"))
                .containsExactlyInAnyOrder("IDENTITY_VIEWED", "DOCUMENT_DOWNLOADED", "EMAIL_SEARCHED");
        assertThat(accesses).allSatisfy(a -> assertThat(a.get("actor")).isNotEqualTo("test-compliance"));
        assertThat(trace.asString()).doesNotContain("Camille", "camille.martin", "Lilas");

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<String> period = Desk.asCompliance().queryParam("from", today).queryParam("to", today)
                .queryParam("limit", 200).get("/api/v1/audit/access").then().statusCode(200).extract()
                .path("items.requestId");
        assertThat(period).contains(request);
        as(dpo).get("/api/v1/audit/access?request=" + request).then().statusCode(403);

        List<String> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT CAST(t AS text) FROM access_trace t WHERE actor = :actor").setParameter("actor", viewer)
                .getResultList().stream().map(Object::toString).toList());
        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row.toString())
                .doesNotContain("Camille", "camille.martin", "Lilas"));
    }
}
