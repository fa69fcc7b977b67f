package fr.guichet.desk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Api;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.Tokens;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The queue page's answers that a browser test does not reach cheaply: a malformed filter comes back as the form with
 * its error and values, a search by e-mail is the DPO's only and is traced as on the API, the counts per risk, and
 * the link from the staff home.
 */
@QuarkusTest
class QueuePageTest {

    private static final String PAGE = "/desk/requests";

    @Inject
    EntityManager entityManager;

    @Test
    void aMalformedDateComesBackAsTheFormWithTheErrorBesideTheFieldAndTheValuesKept() {
        String html = page(Tokens.dpo(), "en").queryParam("receivedFrom", "2026-13-45").queryParam("q", "gch-2026")
                .queryParam("right", "ERASURE").get(PAGE).then().statusCode(400).contentType("text/html")
                .extract().asString();
        assertThat(html).contains("id=\"f-receivedFrom-error\"", "Enter a date as YYYY-MM-DD",
                "value=\"2026-13-45\"", "aria-invalid=\"true\"", "value=\"gch-2026\"",
                "<option value=\"ERASURE\" selected>Erasure</option>").doesNotContain("<table");

        String order = page(Tokens.dpo(), "fr").queryParam("receivedFrom", "2026-03-10")
                .queryParam("receivedTo", "2026-03-01").get(PAGE).then().statusCode(400).extract().asString();
        assertThat(order).contains("id=\"f-receivedTo-error\"", "antérieure à la date");
    }

    @Test
    void onlyADpoSearchesByEmailAndEachSearchIsInTheAccessTrace() {
        Desk.Catalogue centre = Desk.catalogue();
        String email = "queue-" + UUID.randomUUID().toString().substring(0, 8) + "@patient.example";
        Map<String, Object> filing = Desk.filing(centre, "ACCESS", Instant.now().minus(3, ChronoUnit.DAYS)
                .toString());
        filing.put("requester", Map.of("role", "SELF", "fullName", "Camille Martin", "email", email));
        String id = Desk.file(filing);
        String reference = Desk.get(id).then().extract().path("reference");

        String officer = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        String refused = page(Tokens.of(officer, "compliance"), "en").queryParam("q", email).get(PAGE).then()
                .statusCode(403).contentType("text/html").extract().asString();
        assertThat(refused).contains("id=\"f-q-error\"", "for data protection officers only",
                "value=\"" + email + "\"").doesNotContain(reference);
        assertThat(traced(officer)).isEmpty();

        String dpo = "dpo-" + UUID.randomUUID().toString().substring(0, 8);
        String found = page(Tokens.of(dpo, "dpo"), "en").queryParam("q", email).get(PAGE).then().statusCode(200)
                .extract().asString();
        assertThat(found).contains(reference);
        assertThat(traced(dpo)).containsExactly("EMAIL_SEARCHED " + id);
    }

    @Test
    void theCountsPerRiskCoverTheCallersEstablishmentsOnly() {
        Desk.Catalogue centre = Desk.catalogue();
        Desk.file(Desk.filing(centre, "ACCESS", Instant.now().minus(50, ChronoUnit.DAYS).toString()));
        Desk.file(Desk.filing(centre, "ACCESS", Instant.now().minus(1, ChronoUnit.DAYS).toString()));
        Desk.file(Desk.filing(Desk.catalogue(), "ACCESS", Instant.now().minus(50, ChronoUnit.DAYS).toString()));
        String subject = "counted-" + UUID.randomUUID().toString().substring(0, 8);
        String token = Tokens.ungranted(subject, "dpo");
        Tokens.grant(subject, centre.controllerId());

        String html = page(token, "en").get(PAGE).then().statusCode(200).extract().asString();
        assertThat(html).contains("<span class=\"badge risk-overdue\">Overdue</span> <strong>1</strong>",
                "<span class=\"badge risk-on-track\">On track</span> <strong>1</strong>",
                "<span class=\"badge risk-due-soon\">Due soon</span> <strong>0</strong>",
                "<span class=\"badge risk-paused\">Paused</span> <strong>0</strong>");
    }

    @Test
    void theStaffHomeLinksToTheQueue() {
        assertThat(page(Tokens.dpo(), "fr").get("/desk").then().statusCode(200).extract().asString())
                .contains("<a href=\"/desk/requests\">File des demandes</a>");
    }

    private static RequestSpecification page(String token, String language) {
        return Api.as(token).accept("text/html").queryParam("lang", language);
    }

    @SuppressWarnings("unchecked")
    private List<String> traced(String actor) {
        return ((List<Object[]>) entityManager.createNativeQuery(
                "SELECT kind, request_id FROM access_trace WHERE actor = :actor ORDER BY id")
                .setParameter("actor", actor).getResultList()).stream()
                .map(row -> row[0] + " " + row[1]).toList();
    }
}
